import { ClaimFiltersSchema } from "@tally/core";
import { headlineFigures } from "@tally/db";
import { db } from "@/server/db";
import { json, parseQuery, route } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/headline: each party's latest figure per personnel metric (or for
 * the one `metric` given), with its source, among the claims the filters select.
 */
export const GET = route(async (req) => {
  const { excludeEchoes: _ignored, ...filters } = parseQuery(req, ClaimFiltersSchema);
  return json({ figures: await headlineFigures(db(), filters) });
});
