import { listFailed, statusCounts } from "@tally/db";
import { db } from "@/server/db";
import { json, route } from "@/server/http";
import { queueCounts, withRedisTimeout } from "@/server/queue";

export const dynamic = "force-dynamic";

/** How many failed articles the queue page lists. */
const FAILED_SHOWN = 100;

/**
 * GET /api/queue: what the live queue page polls. Articles by status (the
 * database's record) and the BullMQ queue's counts; failed articles with the
 * reason stored by the worker. When Redis is down the page still gets the
 * database's part, with `jobs: null`.
 */
export const GET = route(async () => {
  const [articles, failed, jobs] = await Promise.all([
    statusCounts(db()),
    listFailed(db(), { limit: FAILED_SHOWN }),
    withRedisTimeout(queueCounts()).catch(() => null),
  ]);
  return json({
    articles,
    jobs,
    failed: failed.map((f) => ({ id: f.id, url: f.url, code: f.code, message: f.message, failedAt: f.updatedAt.toISOString() })),
  });
});
