import { z } from "zod";
import { blank, LimitSchema, CursorSchema } from "./query.types";

/**
 * GET /api/claims: the claim filters (ClaimFiltersSchema in @tally/core) plus
 * these. Without `limit`, `format=csv` streams every matching claim.
 */
export const ClaimsQuerySchema = z.object({
  limit: LimitSchema,
  cursor: CursorSchema,
  format: z.preprocess(blank, z.enum(["json", "csv"]).default("json")),
});
export type ClaimsQuery = z.output<typeof ClaimsQuerySchema>;

/** Columns of the CSV export, in order: claims.md's fields, then where each claim came from. */
export const CSV_COLUMNS = [
  "id",
  "metric",
  "party",
  "item",
  "value",
  "qualifier",
  "low",
  "high",
  "attributedTo",
  "sourceParty",
  "asOf",
  "sentence",
  "start",
  "end",
  "sentiment",
  "isEcho",
  "articleId",
  "articleUrl",
  "outlet",
  "publishedAt",
] as const;
