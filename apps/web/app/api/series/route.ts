import { ClaimFiltersSchema } from "@tally/core";
import { getSeries } from "@tally/db";
import { db } from "@/server/db";
import { json, parseQuery, route } from "@/server/http";
import { SeriesQuerySchema } from "@/server/series.types";

export const dynamic = "force-dynamic";

/** GET /api/series: one metric's claims bucketed by date and grouped by source country, outlet, party or item. */
export const GET = route(async (req) => {
  const { excludeEchoes: _ignored, ...filters } = parseQuery(req, ClaimFiltersSchema);
  const q = parseQuery(req, SeriesQuerySchema);
  const points = await getSeries(db(), { ...filters, ...q });
  return json({ metric: q.metric, by: q.by, bucket: q.bucket, points });
});
