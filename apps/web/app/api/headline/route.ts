import { headlineFigures } from "@tally/db";
import { db } from "@/server/db";
import { json, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/headline: each party's latest figure per personnel metric, with its source. */
export const GET = route(async () => json({ figures: await headlineFigures(db()) }));
