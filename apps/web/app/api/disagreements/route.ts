import { ClaimFiltersSchema } from "@tally/core";
import { disagreements } from "@tally/db";
import { db } from "@/server/db";
import { json, parseQuery, route } from "@/server/http";
import { DisagreementsQuerySchema } from "@/server/disagreements.types";

export const dynamic = "force-dynamic";

/** GET /api/disagreements?metric=&party=: each source's figures per month, the widest spread first. */
export const GET = route(async (req) => {
  const { from, to } = parseQuery(req, ClaimFiltersSchema);
  const q = parseQuery(req, DisagreementsQuerySchema);
  return json(await disagreements(db(), { ...q, from, to }));
});
