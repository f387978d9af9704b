/**
 * Tone of a text and of its sentences, from wink-nlp's sentiment (a lexicon
 * with negation handling). The sentence splitter with offsets that the claims
 * engineer needs lives in `./sentences.ts` (`splitSentences`) and is
 * re-exported here and from `@tally/core/extract`.
 */
import type { Sentiment } from "../schemas/sentiment.js";
import { getNlp } from "./nlp.js";
import { scoredSentences, sentenceScores } from "./sentences.js";

export { splitSentences, type Sentence } from "./sentences.js";

/**
 * Scores within ±0.05 are "neutral". It is the band VADER uses for its
 * compound score; wink's per-sentence scores move in steps of roughly 0.1, so a
 * single mildly toned word in a long text does not tip the label.
 */
export const NEUTRAL_BAND = 0.05;

/** Label of a tone score. */
export function labelOf(score: number): Sentiment["label"] {
  return score > NEUTRAL_BAND ? "positive" : score < -NEUTRAL_BAND ? "negative" : "neutral";
}

function toSentiment(score: number): Sentiment {
  const s = Math.max(-1, Math.min(1, Number.isFinite(score) ? score : 0));
  // Three decimals: more would claim a precision a lexicon does not have.
  const rounded = Math.round(s * 1000) / 1000 || 0;
  return { score: rounded, label: labelOf(rounded) };
}

/**
 * Tone of a whole text: the mean of its sentences' scores. The mean, not
 * wink's document score, so that a long article is not swung by one vivid line.
 */
export function sentiment(text: string): Sentiment {
  const scores = sentenceScores(text);
  if (scores.length === 0) return toSentiment(0);
  let sum = 0;
  for (const s of scores) sum += s;
  return toSentiment(sum / scores.length);
}

/** Tone of each sentence of a text, with its offsets. */
export function sentenceSentiments(text: string): { text: string; start: number; end: number; sentiment: Sentiment }[] {
  return scoredSentences(text).map((s) => ({ text: s.text, start: s.start, end: s.end, sentiment: toSentiment(s.score) }));
}

/**
 * Tone of the span [start, end) of a text: the mean of the sentences it
 * overlaps (a claim's sentence). Falls back to scoring `fallback` on its own.
 */
export function spanSentiment(text: string, start: number, end: number, fallback: string): Sentiment {
  const hits = scoredSentences(text).filter((s) => s.start < end && s.end > start);
  if (hits.length > 0) return toSentiment(hits.reduce((a, s) => a + s.score, 0) / hits.length);
  return sentimentOfSentence(fallback);
}

/** Tone of one sentence read on its own. */
export function sentimentOfSentence(sentence: string): Sentiment {
  const nlp = getNlp();
  const scores = nlp.readDoc(sentence).sentences().out(nlp.its.sentiment) as unknown as number[];
  return toSentiment(scores.length ? scores.reduce((a, x) => a + x, 0) / scores.length : 0);
}
