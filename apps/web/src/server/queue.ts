import { AppError, JOBS, QUEUES, ingestJobId, parseJobPayload, type JobPayload } from "@tally/core";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { env } from "./env";

/**
 * The web app's side of the job contract: a BullMQ Queue for enqueueing and
 * counting. It never consumes; the worker does (apps/worker is not imported).
 *
 * Every call is bounded in time: a dashboard must say "Redis is down" within
 * a second or two rather than hang, so the connection fails fast
 * (`enableOfflineQueue: false`, one retry per command, a connect timeout) and
 * each operation races a timer.
 */

/** Longest any one Redis operation may take before the API answers 503. */
const OPERATION_TIMEOUT_MS = 1_500;

interface Handle {
  connection: Redis;
  queue: Queue;
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules on
// every edit, reuses one connection instead of leaking one per reload.
const slot = globalThis as typeof globalThis & { __tallyQueue?: Promise<Handle> };

function redisDown(cause: unknown): AppError {
  return new AppError("redis_unavailable", "Redis is unreachable", { retryable: true, cause });
}

/** Resolves `p`, or rejects with redis_unavailable after `ms`. */
export async function withRedisTimeout<T>(p: Promise<T>, ms = OPERATION_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(redisDown(new Error(`no answer within ${ms} ms`))), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } catch (e) {
    throw e instanceof AppError ? e : redisDown(e);
  } finally {
    clearTimeout(timer);
  }
}

async function open(): Promise<Handle> {
  const { REDIS_URL, QUEUE_PREFIX } = env();
  const connection = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // After a lost connection, try again soon but not in a tight loop.
    retryStrategy: (times) => Math.min(times * 250, 2_000),
  });
  // Without a listener ioredis prints every failed reconnect; the API reports them instead.
  connection.on("error", () => {});
  try {
    await withRedisTimeout(connection.connect());
    const queue = new Queue(QUEUES.ingest, { connection, prefix: QUEUE_PREFIX });
    queue.on("error", () => {});
    await withRedisTimeout(queue.waitUntilReady());
    return { connection, queue };
  } catch (e) {
    // A first connection that failed leaves BullMQ's queue broken for good:
    // drop it, and let the next request try afresh.
    connection.disconnect();
    throw e;
  }
}

/** The ingest queue, connected; rejects with redis_unavailable when Redis cannot be reached. */
export async function ingestQueue(): Promise<Queue> {
  if (!slot.__tallyQueue) {
    const opening = open();
    slot.__tallyQueue = opening;
    opening.catch(() => {
      if (slot.__tallyQueue === opening) slot.__tallyQueue = undefined;
    });
  }
  return (await slot.__tallyQueue).queue;
}

/** Counts of the ingest queue's jobs by state. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** The ingest queue's job counts. */
export async function queueCounts(): Promise<QueueCounts> {
  const queue = await ingestQueue();
  const c = await withRedisTimeout(queue.getJobCounts("waiting", "active", "delayed", "failed", "completed"));
  return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0, completed: c.completed ?? 0 };
}

/**
 * Enqueues the ingest job of an article just created (addUrls' `enqueue`).
 * Its job id comes from the article id, so a second add of it is a no-op.
 */
export async function enqueueNew(article: { id: string; url: string }): Promise<void> {
  const queue = await ingestQueue();
  const data = parseJobPayload("ingest-article", { articleId: article.id, url: article.url });
  await withRedisTimeout(queue.add("ingest-article", data, { ...JOBS["ingest-article"].defaults, jobId: ingestJobId(article.id) }), 5_000);
}

/**
 * Enqueues one ingest job per article (for a retry). The job id comes from the article id,
 * so an article already waiting is not queued twice. A job left over from an
 * earlier run (completed or failed, kept for inspection) would block a retry
 * with the same id, so it is removed first.
 */
export async function enqueueIngest(payloads: JobPayload<"ingest-article">[]): Promise<void> {
  if (payloads.length === 0) return;
  const queue = await ingestQueue();
  const job = JOBS["ingest-article"];
  const parsed = payloads.map((p) => parseJobPayload("ingest-article", p));
  await withRedisTimeout(
    Promise.all(
      parsed.map(async (p) => {
        const existing = await queue.getJob(ingestJobId(p.articleId));
        if (existing && ((await existing.isCompleted()) || (await existing.isFailed()))) await existing.remove();
      }),
    ),
    5_000,
  );
  await withRedisTimeout(
    queue.addBulk(parsed.map((data) => ({ name: "ingest-article", data, opts: { ...job.defaults, jobId: ingestJobId(data.articleId) } }))),
    5_000,
  );
}
