import { z } from "zod";

export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;
/** Tone of a text: a score in [-1, 1] and its label. */
export const SentimentSchema = z.object({
  score: z.number().min(-1).max(1),
  label: z.enum(SENTIMENT_LABELS),
});
export type Sentiment = z.infer<typeof SentimentSchema>;
