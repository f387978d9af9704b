import { z } from "zod";
import { ClaimSchema, PartialDateSchema } from "./claim.js";
import { SentimentSchema } from "./sentiment.js";


/** An article's metadata as `tally extract` prints it (claims.md). */
export const ArticleMetaSchema = z.object({
  url: z.string().url().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: PartialDateSchema.nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** The whole JSON object of `tally extract` for one input. */
export const ExtractResultSchema = z.object({
  article: ArticleMetaSchema.extend({ text: z.string().optional() }),
  sentiment: SentimentSchema,
  claims: z.array(ClaimSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** Life of an ingested article. `done` and `failed` are final until a retry. */
export const ARTICLE_STATUSES = ["queued", "fetching", "extracting", "done", "failed"] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;
