import { health } from "@/server/health";
import { json, route } from "@/server/http";

// Never prerendered or cached: the answer is the state of the services now.
export const dynamic = "force-dynamic";

/** GET /api/health: 200 when PostgreSQL and Redis both answer, 503 (same shape) otherwise. */
export const GET = route(async () => {
  const h = await health();
  return json(h, h.ok ? 200 : 503);
});
