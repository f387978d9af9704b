import { resetFailedForRetry } from "@tally/db";
import { RetryBodySchema } from "@/server/articles.types";
import { db } from "@/server/db";
import { assertSameOrigin, json, parseBody, route } from "@/server/http";
import { enqueueIngest } from "@/server/queue";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles/retry { ids } | { all: true }: moves failed articles back
 * to queued and queues them again. Articles that are not failed are left alone.
 */
export const POST = route(async (req) => {
  assertSameOrigin(req);
  const body = await parseBody(req, RetryBodySchema, 100_000);
  const reset = await resetFailedForRetry(db(), "all" in body ? "all" : { ids: body.ids });
  await enqueueIngest(reset.map((a) => ({ articleId: a.id, url: a.url })));
  return json({ retried: reset.map((a) => ({ id: a.id, url: a.url, status: a.status })) }, 202);
});
