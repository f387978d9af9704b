import { z } from "zod";

export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;
/** Tone of a text: a score in [-1, 1] and its label. */
export const SentimentSchema = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(SENTIMENT_LABELS),
});
export type Sentiment = z.infer<typeof SentimentSchema>;

/**
 * Scores within ±0.05 are "neutral": the band VADER uses for its compound
 * score, on the same normalisation, so one mildly toned word in a long text
 * does not tip the label.
 */
export const NEUTRAL_BAND = 0.05;

/** Label of a tone score. */
export function labelOf(score: number): Sentiment["label"] {
  return score > NEUTRAL_BAND ? "positive" : score < -NEUTRAL_BAND ? "negative" : "neutral";
}
