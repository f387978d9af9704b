import { ingestJobId, type ReasonCode, REASON_CODES } from "@tally/core";
import type { Db } from "@tally/db";
import { listStaleUnfinished } from "@tally/db";
import type { Logger } from "./logger.js";
import type { Producer } from "./queues/enqueue.js";
import type { IngestStore } from "./processors/ingest/ports.js";
import { INGEST_WORKER_CONFIG } from "./queues/ingest.config.js";

export interface ReconcileOptions {
  intervalMs?: number;
  /** Only articles not updated for this long are looked at, so jobs in flight are left alone. */
  minAgeMs?: number;
  /** Most articles looked at per pass. */
  batch?: number;
}

/**
 * The database is the record; Redis only holds work in flight. This loop
 * finds articles that are not final and have gone quiet, and makes the queue
 * agree with the database again:
 * - no job (Redis restarted without persistence, or the enqueue after the
 *   insert failed): enqueue it again, under the same job id;
 * - a failed job (its last attempt could not reach the database to say so):
 *   store the job's reason on the article;
 * - a completed job but an unfinished article (should not happen; a manual
 *   edit): run it again.
 * A job still waiting, delayed or active is left alone.
 */
export function startReconciler(
  deps: { db: Db; producer: Producer; store: IngestStore; logger: Logger },
  opts: ReconcileOptions,
): { stop(): Promise<void>; runOnce(): Promise<number> } {
  const intervalMs = opts.intervalMs ?? INGEST_WORKER_CONFIG.reconcileIntervalMs;
  const minAgeMs = opts.minAgeMs ?? INGEST_WORKER_CONFIG.reconcileMinAgeMs;
  const batch = opts.batch ?? 500;
  const queue = deps.producer.queueOf("ingest-article");
  let running: Promise<number> | null = null;

  const pass = async (): Promise<number> => {
    const stale = await listStaleUnfinished(deps.db, new Date(Date.now() - minAgeMs), batch);
    let fixed = 0;
    for (const a of stale) {
      const job = await queue.getJob(ingestJobId(a.id));
      const state = job ? await job.getState() : "missing";
      if (state === "missing" || state === "unknown" || state === "completed") {
        await deps.producer.requeue("ingest-article", { articleId: a.id, url: a.url });
        fixed++;
      } else if (state === "failed" && job) {
        const [code, ...rest] = (job.failedReason ?? "internal: failed").split(": ");
        const reason = (REASON_CODES as readonly string[]).includes(code ?? "") ? (code as ReasonCode) : "internal";
        await deps.store.markFailed(a.id, reason, rest.join(": ") || job.failedReason || "failed");
        fixed++;
      }
    }
    if (fixed > 0) deps.logger.warn({ fixed, looked: stale.length }, "reconciled articles the queue had lost track of");
    return fixed;
  };

  const runOnce = () => {
    running ??= pass().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => {
    runOnce().catch((e: unknown) => deps.logger.warn({ err: e instanceof Error ? e.message : String(e) }, "reconcile pass failed"));
  }, intervalMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => 0);
    },
  };
}
