import { z } from "zod";

/**
 * Pieces of query-string schemas the routes share. Query values arrive as
 * strings, and an empty one ("?limit=") means "not given".
 */

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Page size: 1 to 500. */
export const LimitSchema = z.preprocess(blank, z.coerce.number().int().min(1).max(500).optional());

/** An opaque cursor from a previous page (its contents are checked by the query). */
export const CursorSchema = z.preprocess(blank, z.string().max(512).optional());

export const PageQuerySchema = z.object({ limit: LimitSchema, cursor: CursorSchema });
export type PageQuery = z.output<typeof PageQuerySchema>;

export { blank };
