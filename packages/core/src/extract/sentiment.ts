/**
 * Tone of a text and of its sentences, from the AFINN-165 lexicon of the
 * `sentiment` package (a score per word, negation flips the word after "not",
 * "no", "never"…), on the sentences of `./sentences.ts`.
 */
import Lexicon from "sentiment";
import { labelOf, type Sentiment } from "../schemas/sentiment.js";
import { splitSentences, type Sentence } from "./sentences.js";

// The label rule is part of the vocabulary (schemas/sentiment.ts): fixtures and the dashboard label scores too.
export { labelOf, NEUTRAL_BAND } from "../schemas/sentiment.js";
export { splitSentences, type Sentence } from "./sentences.js";

/**
 * VADER's normalisation of a sum of word scores to (-1, 1): x / √(x² + α) with
 * α = 15. One AFINN word of weight 3 ("killed", "praised") gives ±0.61; the
 * scale saturates smoothly instead of growing with the length of a sentence.
 */
const ALPHA = 15;

const lexicon = new Lexicon();

function toSentiment(score: number): Sentiment {
  const s = Math.max(-1, Math.min(1, Number.isFinite(score) ? score : 0));
  // Three decimals: more would claim a precision a lexicon does not have.
  const rounded = Math.round(s * 1000) / 1000 || 0;
  return { score: rounded, label: labelOf(rounded) };
}

/** Tone of one piece of text as a number in (-1, 1). */
function scoreOf(text: string): number {
  const sum = lexicon.analyze(text).score;
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA);
}

interface Scored {
  sentences: (Sentence & { score: number })[];
  /** One score per run: a loss list of forty lines is one neutral voice, not forty. */
  runScores: number[];
}

let lastText: string | null = null;
let last: Scored = { sentences: [], runScores: [] };

/** Each sentence with the score of its run; cached for the last text (the page's tone and its claims' read it in turn). */
function scored(text: string): Scored {
  if (text === lastText) return last;
  const sentences = splitSentences(text);
  const runScores: number[] = [];
  const out: Scored["sentences"] = [];
  for (let i = 0; i < sentences.length; ) {
    const run = sentences[i]!.run;
    let j = i;
    while (j < sentences.length && sentences[j]!.run === run) j++;
    const score = scoreOf(text.slice(sentences[i]!.start, sentences[j - 1]!.end));
    runScores.push(score);
    for (let k = i; k < j; k++) out.push({ ...sentences[k]!, score });
    i = j;
  }
  lastText = text;
  last = { sentences: out, runScores };
  return last;
}

/**
 * Tone of a whole text: the mean of its sentences' scores. The mean, not the
 * sum over the text, so that a long article is not swung by one vivid line.
 */
export function sentiment(text: string): Sentiment {
  const { runScores } = scored(text);
  if (runScores.length === 0) return toSentiment(0);
  let sum = 0;
  for (const s of runScores) sum += s;
  return toSentiment(sum / runScores.length);
}

/** Tone of each sentence of a text, with its offsets. */
export function sentenceSentiments(text: string): { text: string; start: number; end: number; sentiment: Sentiment }[] {
  return scored(text).sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, sentiment: toSentiment(s.score) }));
}

/**
 * Tone of the span [start, end) of a text: the mean of the sentences it
 * overlaps (a claim's sentence). Falls back to scoring `fallback` on its own.
 */
export function spanSentiment(text: string, start: number, end: number, fallback: string): Sentiment {
  const { sentences } = scored(text);
  // Sentences are in order: find the first that ends after `start` by bisection.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  let n = 0;
  for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++, n++) sum += sentences[i]!.score;
  return n > 0 ? toSentiment(sum / n) : sentimentOfSentence(fallback);
}

/** Tone of one sentence read on its own. */
export function sentimentOfSentence(sentence: string): Sentiment {
  return toSentiment(scoreOf(sentence));
}
