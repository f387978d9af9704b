import { pingDb } from "@tally/db";
import { db } from "./db";
import { queueCounts, withRedisTimeout } from "./queue";

/** The body of GET /api/health. Counts are null when Redis cannot be asked. */
export interface Health {
  ok: boolean;
  db: "up" | "down";
  redis: "up" | "down";
  queue: { waiting: number | null; active: number | null; failed: number | null };
}

/** Asks PostgreSQL and Redis at once; both answers arrive within ~1.5 s. */
export async function health(): Promise<Health> {
  const [dbOk, counts] = await Promise.all([pingDb(db(), 1_500), withRedisTimeout(queueCounts()).catch(() => null)]);
  return {
    ok: dbOk && counts !== null,
    db: dbOk ? "up" : "down",
    redis: counts ? "up" : "down",
    queue: { waiting: counts?.waiting ?? null, active: counts?.active ?? null, failed: counts?.failed ?? null },
  };
}
