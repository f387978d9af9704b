import { loadEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { startWorker } from "./worker.js";

/**
 * The worker process (`npm start -w @tally/worker`). It answers nothing on
 * HTTP: the web app's /api/health reports on the database, Redis and queue.
 */
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

const running = await startWorker({
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  prefix: env.QUEUE_PREFIX,
  fetcher: { timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, allowPrivate: env.TALLY_FETCH_ALLOW_PRIVATE },
  worker: { concurrency: env.WORKER_CONCURRENCY },
  logger,
}).catch((e: unknown) => {
  logger.fatal({ err: e instanceof Error ? e.message : String(e) }, "worker could not start");
  process.exit(1);
});
logger.info({ concurrency: env.WORKER_CONCURRENCY, pid: process.pid }, "worker ready");

// Graceful shutdown: finish the jobs in hand (BullMQ's close waits for them),
// then close the database and Redis. A second signal exits at once; the jobs
// left behind are taken up again by the stalled-job check of the next worker.
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: finishing running jobs");
    running.close().then(
      () => {
        logger.info("worker stopped");
        process.exit(0);
      },
      (e: unknown) => {
        logger.error({ err: e instanceof Error ? e.message : String(e) }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
