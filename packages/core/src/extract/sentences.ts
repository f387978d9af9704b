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
let lastScores: number[] = [];

/** Pushes `[s, e)` of the block as sentences, cut at every newline; each piece keeps the sentence's score. */
function pushPieces(block: string, offset: number, s: number, e: number, score: number, out: ScoredSentence[]): void {
  let a = s;
  while (a < e) {
    const nl = block.indexOf("\n", a);
    const b = nl < 0 || nl >= e ? e : nl;
    let x = a;
    let y = b;
    while (x < y && /\s/.test(block[x]!)) x++;
    while (y > x && /\s/.test(block[y - 1]!)) y--;
    if (y > x) out.push({ text: block.slice(x, y), start: offset + x, end: offset + y, score });
    a = b + 1;
  }
}

/**
 * One wink pass over a block (a paragraph, or a list whose items are its
 * lines): a pass per block rather than per line saves a third of wink's time,
 * and newlines still end sentences (list items inherit their run's score).
 */
function analyseBlock(block: string, offset: number, out: ScoredSentence[], sentenceScores: number[]): void {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(block);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  // Token offsets: wink's tokenisation is lossless (spaces before each token + its text);
  // indexOf guards the rare token whose text differs from the source.
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    pos += spaces[i]?.length ?? 0;
    let at = pos;
    if (!block.startsWith(v, pos)) {
      const found = block.indexOf(v, pos);
      at = found >= 0 ? found : pos;
    }
    starts[i] = at;
    pos = block.startsWith(v, at) ? at + v.length : at;
    ends[i] = pos;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const scores = doc.sentences().out(its.sentiment) as unknown as number[];
  let covered = 0;
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k]!;
    const s = starts[a];
    const e = ends[b];
    if (s === undefined || e === undefined || e <= s) continue;
    // Text wink left between sentences (it should not, but never lose a line) becomes its own piece.
    if (s > covered) pushPieces(block, offset, covered, s, 0, out);
    pushPieces(block, offset, s, e, clamp(scores[k] ?? 0), out);
    sentenceScores.push(clamp(scores[k] ?? 0));
    covered = e;
  }
  if (covered < block.length) pushPieces(block, offset, covered, block.length, 0, out);
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.max(-1, Math.min(1, x)) : 0;
}

/**
 * Sentences with their sentiment, one wink pass per block. The last text's
 * result is kept: the facade's tone and the claims' sentences read the same text.
 */
export function scoredSentences(text: string): ScoredSentence[] {
  analyse(text);
  return lastResult;
}

/** wink's score of each of its sentences (a run of list lines counted once), for the tone of the whole text. */
export function sentenceScores(text: string): readonly number[] {
  analyse(text);
  return lastScores;
}

function analyse(text: string): void {
  if (text === lastText) return;
  const out: ScoredSentence[] = [];
  const scores: number[] = [];
  const blankLine = /\n[ \t]*\n/g;
  let from = 0;
  for (;;) {
    const m = blankLine.exec(text);
    const to = m ? m.index : text.length;
    if (text.slice(from, to).trim()) analyseBlock(text.slice(from, to), from, out, scores);
    if (!m) break;
    from = m.index + m[0].length;
  }
  lastText = text;
  lastResult = out;
  lastScores = scores;
}

/** Splits a text into sentences with their character offsets; a newline always ends one. */
export function splitSentences(text: string): Sentence[] {
  return scoredSentences(text).map(({ text: t, start, end }) => ({ text: t, start, end }));
}
