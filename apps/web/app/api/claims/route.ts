import { ClaimFiltersSchema } from "@tally/core";
import { listClaims } from "@tally/db";
import { db } from "@/server/db";
import { json, parseQuery, route } from "@/server/http";
import { ClaimsQuerySchema } from "@/server/claims.types";
import { claimsCsvResponse } from "@/server/claims-csv";

export const dynamic = "force-dynamic";

/** GET /api/claims: filtered claims a page at a time, or as CSV (streamed). */
export const GET = route(async (req) => {
  const filters = parseQuery(req, ClaimFiltersSchema);
  const q = parseQuery(req, ClaimsQuerySchema);
  if (q.format === "csv") return claimsCsvResponse(db(), filters, q);
  const page = await listClaims(db(), filters, { limit: q.limit, cursor: q.cursor });
  return json({ claims: page.items, nextCursor: page.nextCursor });
});
