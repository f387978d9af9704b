/**
 * Sentences of a main text with exact character offsets, from wink-nlp's
 * sentence boundaries (right on "U.S.", "Jan. 5", "3 p.m.", "approx.").
 *
 * For the claims engineer: `splitSentences(text)` returns `{ text, start, end }`
 * with `text === mainText.slice(start, end)`; a newline always ends a sentence
 * (list items and lines of a loss list are sentences of their own). The wink
 * model is loaded once per process in `../nlp.ts` (`getNlp()`); please share it
 * rather than loading a second copy.
 */
import { getNlp } from "./nlp.js";

/** A sentence of the text and where it sits. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A sentence with wink's sentiment of it, in [-1, 1]. */
export interface ScoredSentence extends Sentence {
  score: number;
}

let lastText: string | null = null;
let lastResult: ScoredSentence[] = [];

function analyseLine(line: string, offset: number, out: ScoredSentence[]): void {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // Token start offsets: wink's tokenisation is lossless (spaces before each token + its text);
  // indexOf guards the rare token whose text differs from the source.
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    pos += spaces[i]?.length ?? 0;
    if (line.startsWith(v, pos)) {
      starts[i] = pos;
    } else {
      const at = line.indexOf(v, pos);
      starts[i] = at >= 0 ? at : pos;
    }
    pos = starts[i]! + (line.startsWith(v, starts[i]!) ? v.length : 0);
    ends[i] = pos;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const scores = doc.sentences().out(its.sentiment) as unknown as number[];
  let covered = false;
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k]!;
    const s = starts[a];
    const e = ends[b];
    if (s === undefined || e === undefined || e <= s) continue;
    covered = true;
    out.push({ text: line.slice(s, e), start: offset + s, end: offset + e, score: clamp(scores[k] ?? 0) });
  }
  if (!covered) {
    const lead = line.length - line.trimStart().length;
    const end = line.trimEnd().length;
    if (end > lead) out.push({ text: line.slice(lead, end), start: offset + lead, end: offset + end, score: 0 });
  }
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.max(-1, Math.min(1, x)) : 0;
}

/**
 * Sentences with their sentiment, one wink pass per line. The last text's
 * result is kept: the facade's tone and the claims' sentences read the same text.
 */
export function scoredSentences(text: string): ScoredSentence[] {
  if (text === lastText) return lastResult;
  const out: ScoredSentence[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) analyseLine(line, offset, out);
    offset += line.length + 1;
  }
  lastText = text;
  lastResult = out;
  return out;
}

/** Splits a text into sentences with their character offsets; a newline always ends one. */
export function splitSentences(text: string): Sentence[] {
  return scoredSentences(text).map(({ text: t, start, end }) => ({ text: t, start, end }));
}
