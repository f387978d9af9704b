/**
 * Tuning of the ingest queue's worker. Each number is a trade-off; the
 * comment says which. Tests and the benchmark override them through
 * `IngestWorkerOptions`, never by editing this file.
 */
export const INGEST_WORKER_CONFIG = {
  /**
   * Jobs one worker process runs at once (WORKER_CONCURRENCY, default 8).
   * A job spends most of its life waiting on a publisher's socket; extraction
   * is a few milliseconds of CPU. Eight overlapping fetches keep one core busy
   * without one process holding hundreds of half-read pages in memory.
   */
  defaultConcurrency: 8,
  /**
   * How long a job's lock lasts without renewal. BullMQ renews it every
   * lockDuration / 2 from a timer, so it must outlast the longest stretch the
   * event loop can be blocked (extracting a 5 MB page: about a second) with a
   * wide margin; 30 s is BullMQ's default and ample. It also bounds how long a
   * SIGKILLed worker's job waits before another worker takes it over.
   */
  lockDuration: 30_000,
  /**
   * How often a worker looks for jobs whose lock expired (their worker died).
   * 15 s, half BullMQ's default: recovery after a crash takes at most
   * lockDuration + stalledInterval = 45 s, and the check is one cheap script.
   */
  stalledInterval: 15_000,
  /**
   * A job may lose its worker twice; the third time it fails. A page that
   * crashes the process (memory, a parser bug) must not take every worker
   * down in turn forever.
   */
  maxStalledCount: 2,
  /**
   * Retry-After is honoured up to this long; beyond it the normal backoff
   * applies, so a server asking for a day's pause cannot park a job for a day.
   */
  maxRetryAfterMs: 10 * 60_000,
  /**
   * How often the worker compares the database with the queue and re-enqueues
   * articles that are not final but have no job (Redis lost its data, or the
   * enqueue after the insert failed). A minute: rare events, cheap query.
   */
  reconcileIntervalMs: 60_000,
  /** Only articles untouched this long are reconciled, so a job in flight is left alone. */
  reconcileMinAgeMs: 2 * 60_000,
} as const;

/**
 * PostgreSQL connections one worker process's pool may open: one per
 * concurrent job plus two for status updates and the reconciler. Times the
 * process count, this is the worker service's share of max_connections
 * (env.ts caps the default process count with it in mind).
 */
export function pgPoolSize(concurrency: number): number {
  return concurrency + 2;
}
