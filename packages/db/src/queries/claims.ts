import type { Claim } from "@tally/core";
import { rowToClaim } from "../claim-rows.js";
import type { Db } from "../client.js";

/** A stored claim: core's Claim with its identity and echo flag. */
export type StoredClaim = Claim & { id: string; articleId: string; ordinal: number; isEcho: boolean };

/** One article's claims, in the order the extractor found them. */
export async function articleClaims(db: Db, articleId: string): Promise<StoredClaim[]> {
  const rows = await db.claim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } });
  return rows.map((row) => ({ ...rowToClaim(row), id: row.id, articleId: row.articleId, ordinal: row.ordinal, isEcho: row.isEcho }));
}
