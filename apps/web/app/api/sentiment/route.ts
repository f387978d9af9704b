import { ClaimFiltersSchema } from "@tally/core";
import { sentimentSeries } from "@tally/db";
import { db } from "@/server/db";
import { json, parseQuery, route } from "@/server/http";
import { SentimentQuerySchema } from "@/server/series.types";

export const dynamic = "force-dynamic";

/** GET /api/sentiment: mean tone over time by outlet (articles) or source country (claim sentences). */
export const GET = route(async (req) => {
  const { from, to } = parseQuery(req, ClaimFiltersSchema);
  const q = parseQuery(req, SentimentQuerySchema);
  return json({ by: q.by, bucket: q.bucket, points: await sentimentSeries(db(), { ...q, from, to }) });
});
