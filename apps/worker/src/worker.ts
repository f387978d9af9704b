import type { Worker } from "bullmq";
import { QUEUES } from "@tally/core";
import { extractPage, isNearDuplicate } from "@tally/core/extract";
import { createDb, type Db } from "@tally/db";
import { createFetcher, RedisHostScheduler, RedisRobotsStore, type FetcherConfig } from "./fetch/index.js";
import type { Logger } from "./logger.js";
import { createRedis } from "./redis.js";
import { createIngestWorker, DEFAULT_PREFIX, type IngestWorkerOptions } from "./queues/ingest.js";
import { createProducer } from "./queues/enqueue.js";
import { createProcessor } from "./processors/registry.js";
import { createIngestArticle } from "./processors/ingest/ingest-article.js";
import { createDbStore } from "./processors/ingest/db-store.js";
import type { Extractor } from "./processors/ingest/ports.js";
import { startReconciler, type ReconcileOptions } from "./reconcile.js";
import { INGEST_WORKER_CONFIG, pgPoolSize } from "./queues/ingest.config.js";
import { RedisOutageLog } from "./queues/redis-outage-log.js";

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix; tests and the benchmark isolate themselves with their own. */
  prefix?: string;
  fetcher: FetcherConfig;
  worker?: IngestWorkerOptions;
  /** false turns the database/queue reconciler off (a test that wants to see a lost job stay lost). */
  reconcile?: ReconcileOptions | false;
  logger: Logger;
}

export interface RunningWorker {
  worker: Worker;
  db: Db;
  /** Stops taking jobs, lets the running ones finish, then closes Redis and the database. */
  close(): Promise<void>;
  /** False while Redis is unreachable: jobs in hand could not be acknowledged, so there is no point waiting for them. */
  redisReachable(): boolean;
}

const extractor: Extractor = { extractPage, isNearDuplicate };

/** Connects to Redis and PostgreSQL and starts processing the ingest queue. */
export async function startWorker(cfg: WorkerConfig): Promise<RunningWorker> {
  const log = cfg.logger;
  const redis = createRedis(cfg.redisUrl, "worker");
  // One log line when Redis goes, one when it is back, for this client and
  // every BullMQ queue and worker on it (ioredis reconnects by itself).
  const redisLog = new RedisOutageLog(log);
  redisLog.watch(redis);
  const db = createDb(cfg.databaseUrl, { max: pgPoolSize(cfg.worker?.concurrency ?? INGEST_WORKER_CONFIG.defaultConcurrency) });
  // Per-host politeness shared through Redis by every worker process on it (see fetch/politeness-redis.ts).
  const hostScheduler = new RedisHostScheduler(redis, { prefix: cfg.prefix ?? DEFAULT_PREFIX });
  // robots.txt answers too, so a site's file is read once by the service, not once by each process.
  const sharedRobots = new RedisRobotsStore(redis, { prefix: cfg.prefix ?? DEFAULT_PREFIX });
  const fetcher = createFetcher({ hostScheduler, sharedRobots, ...cfg.fetcher });
  const store = createDbStore(db);

  const processor = createProcessor(QUEUES.ingest, {
    "ingest-article": createIngestArticle({ store, fetcher, extractor, logger: log }),
  });
  const conn = { redis, prefix: cfg.prefix, onError: redisLog.onError };
  const worker = createIngestWorker(conn, processor, cfg.worker);

  worker.on("stalled", (jobId) => log.warn({ jobId }, "job stalled (its worker died or hung); it runs again"));
  // A job that lost its worker more than maxStalledCount times is failed by
  // BullMQ's stalled check without the processor running (BullMQ 6 emits no
  // worker "failed" event for it); the reconciler then stores its reason
  // ("job stalled more than allowable limit") on the article.

  const producer = createProducer(conn);
  const reconciler = cfg.reconcile === false ? null : startReconciler({ db, producer, store, logger: log }, cfg.reconcile ?? {});

  await worker.waitUntilReady();
  let closing: Promise<void> | undefined;
  return {
    worker,
    db,
    redisReachable: () => redis.status === "ready" && !redisLog.isDown,
    close() {
      closing ??= (async () => {
        await reconciler?.stop();
        await worker.close();
        await producer.close();
        await fetcher.close?.();
        await db.$disconnect();
        redis.disconnect();
      })();
      return closing;
    },
  };
}
