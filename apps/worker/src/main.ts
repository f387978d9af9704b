import cluster from "node:cluster";
import { loadEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { heartbeatEvery, supervise, type ToSupervisor, type ToWorker } from "./supervisor.js";
import { startWorker, type RunningWorker } from "./worker.js";

/**
 * The worker service (`npm start -w @tally/worker`). It answers nothing on
 * HTTP: the web app's /api/health reports on the database, Redis and queue.
 *
 * One worker process keeps one core busy: extraction is CPU work on its event
 * loop (bench/pipeline.mjs measures one process at concurrency 8 against two).
 * So this process starts WORKER_PROCESSES workers (default: one per core, at
 * most four) and supervises them; with WORKER_PROCESSES=1 it is the worker itself.
 */
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

/**
 * How long a worker process may spend stopping, whatever state Redis and
 * PostgreSQL are in: under `docker stop`'s 10 s before its SIGKILL, so the
 * worker leaves on its own, saying why.
 */
const STOP_DEADLINE_MS = 8_000;

if (cluster.isPrimary && env.WORKER_PROCESSES > 1) {
  supervise({ count: env.WORKER_PROCESSES, concurrency: env.WORKER_CONCURRENCY, stopDeadlineMs: STOP_DEADLINE_MS + 2_000, hangMs: env.WORKER_HANG_MS, logger });
} else {
  await runWorker();
}

async function runWorker(): Promise<void> {
  let running: RunningWorker | undefined;
  let stopping = false;

  // Graceful shutdown: finish the jobs in hand (BullMQ's close waits for them),
  // then close the database and Redis. A job left unfinished (a second
  // request, the deadline, Redis gone) loses nothing stored: its article
  // commits in one transaction at the end, and the job runs again once the
  // stalled-job check of a live worker finds its lock expired.
  const stop = (why: string) => {
    if (stopping) {
      logger.warn({ why }, "second stop: exiting now");
      process.exit(130);
    }
    stopping = true;
    setTimeout(() => {
      logger.warn({ why, deadlineMs: STOP_DEADLINE_MS }, "jobs in hand did not finish in time: exiting, they run again after stalled-job recovery");
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();

    if (!running) {
      // startWorker is waiting for Redis: no job can have been taken yet.
      logger.warn({ why }, "stopping before the worker was ready (Redis unreachable?): no job was in hand");
      process.exit(0);
    }
    if (!running.redisReachable()) {
      // Finished jobs could not be acknowledged, and BullMQ's close would wait for Redis forever.
      logger.warn({ why }, "stopping with Redis unreachable: jobs in hand are left to stalled-job recovery");
      process.exit(0);
    }
    logger.info({ why }, "shutting down: finishing running jobs");
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
  };

  if (cluster.isWorker) {
    // The supervisor decides when to stop: a Ctrl-C reaches the whole process
    // group, and each worker must count it once, not once from the terminal
    // and again from the supervisor.
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => {});
    process.on("message", (m: ToWorker) => {
      if (m === "stop" && !stopping) stop("supervisor asked");
      if (m === "stop-now") stop("supervisor asked again");
    });
    // A heartbeat from the event loop: while it comes, the supervisor knows this process is not hung.
    setInterval(() => process.send?.("alive" satisfies ToSupervisor), heartbeatEvery(env.WORKER_HANG_MS)).unref();
    // The supervisor is gone (killed): finish what is in hand and leave.
    process.on("disconnect", () => {
      if (!stopping) stop("supervisor gone");
    });
  } else {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));
  }

  running = await startWorker({
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
  if (cluster.isWorker) process.send?.("ready" satisfies ToSupervisor);
}
