import { ArticleStatusSchema } from "@tally/core";
import { MAX_URLS_PER_CALL } from "@tally/db";
import { z } from "zod";
import { blank, CursorSchema, LimitSchema } from "./query.types";

/** GET /api/articles */
export const ArticlesQuerySchema = z.object({
  status: z.preprocess(blank, ArticleStatusSchema.optional()),
  limit: LimitSchema,
  cursor: CursorSchema,
});

/** Most URLs one POST /api/articles takes; more answers 413. */
export const MAX_URLS_PER_POST = MAX_URLS_PER_CALL;

/** Largest body POST /api/articles reads: 1,000 URLs of up to 2,048 characters, with room for JSON. */
export const MAX_POST_BYTES = 2_200_000;

/** POST /api/articles body. The count is checked separately, to answer 413 rather than 400. */
export const AddArticlesBodySchema = z.object({
  urls: z.array(z.string().max(10_000)).min(1, "give at least one URL"),
});

/** POST /api/articles/retry body: some failed articles by id, or all of them. */
export const RetryBodySchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(MAX_URLS_PER_POST) }),
  z.object({ all: z.literal(true) }),
]);
