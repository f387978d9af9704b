import { Queue, Worker, type Job, type Processor } from "bullmq";
import type { Redis } from "ioredis";
import { QUEUES } from "@tally/core";
import { INGEST_WORKER_CONFIG } from "./ingest.config.js";
import { retryAfterBackoff } from "./backoff.js";

/** Where a queue lives: a Redis connection and the key prefix (tests use their own). */
export interface QueueConnection {
  redis: Redis;
  /** BullMQ's key prefix; "bull" (BullMQ's default) unless a test or bench isolates itself. */
  prefix?: string;
  /**
   * Hears every Queue's and Worker's "error" event (the worker passes a
   * RedisOutageLog's). Without a listener BullMQ prints each error's raw
   * stack to stderr, once per reconnection attempt; the default ignores them,
   * since a producer's own commands reject with the same error.
   */
  onError?: (err: Error) => void;
}

/** Attaches the connection's error listener to a BullMQ Queue or Worker. */
export function listenForErrors<T extends { on(event: "error", listener: (err: Error) => void): unknown }>(emitter: T, conn: QueueConnection): T {
  emitter.on("error", conn.onError ?? (() => {}));
  return emitter;
}

export const DEFAULT_PREFIX = "bull";

/** The ingest queue, for producers and for counting jobs. */
export function createIngestQueue(conn: QueueConnection): Queue {
  return listenForErrors(new Queue(QUEUES.ingest, { connection: conn.redis, prefix: conn.prefix ?? DEFAULT_PREFIX }), conn);
}

export interface IngestWorkerOptions {
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  maxStalledCount?: number;
  /** Overrides every job's backoff base delay (tests and the benchmark want milliseconds, not seconds). */
  backoffDelay?: number;
  /** Upper bound on a honoured Retry-After. */
  maxRetryAfterMs?: number;
}

/**
 * The ingest queue's worker. `conn.redis` must have been created with
 * `maxRetriesPerRequest: null` (createRedis(url, "worker")); BullMQ duplicates it
 * for its blocking connection.
 */
export function createIngestWorker(conn: QueueConnection, processor: Processor, opts: IngestWorkerOptions = {}): Worker {
  const cfg = INGEST_WORKER_CONFIG;
  const worker = new Worker(QUEUES.ingest, processor, {
    connection: conn.redis,
    prefix: conn.prefix ?? DEFAULT_PREFIX,
    concurrency: opts.concurrency ?? cfg.defaultConcurrency,
    lockDuration: opts.lockDuration ?? cfg.lockDuration,
    stalledInterval: opts.stalledInterval ?? cfg.stalledInterval,
    maxStalledCount: opts.maxStalledCount ?? cfg.maxStalledCount,
    settings: {
      // Only called for the custom "retry-after" type that core's JOBS uses.
      backoffStrategy: (attemptsMade: number, type?: string, err?: Error, job?: { opts?: { backoff?: unknown } }) => {
        const jobDelay = (job?.opts?.backoff as { delay?: number } | undefined)?.delay ?? 2_000;
        return retryAfterBackoff(opts.backoffDelay ?? jobDelay, opts.maxRetryAfterMs ?? cfg.maxRetryAfterMs)(attemptsMade, type, err);
      },
    },
  });
  return listenForErrors(worker, conn);
}

export type { Job };
