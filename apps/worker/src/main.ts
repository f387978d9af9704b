import cluster from "node:cluster";
import { loadEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { startWorker, type RunningWorker } from "./worker.js";

/**
 * The worker service (`npm start -w @tally/worker`). It answers nothing on
 * HTTP: the web app's /api/health reports on the database, Redis and queue.
 *
 * One worker process keeps one core busy: extraction is CPU work on its event
 * loop (bench/pipeline.mjs measures one process at concurrency 8 against two).
 * So this process starts WORKER_PROCESSES workers (default: one per core) and
 * supervises them; with WORKER_PROCESSES=1 it is the worker itself.
 */
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

if (cluster.isPrimary && env.WORKER_PROCESSES > 1) supervise(env.WORKER_PROCESSES);
else await runWorker();

/** Messages from the supervisor to its workers, and back. */
type ToWorker = "stop" | "stop-now";
type ToSupervisor = "ready";

async function runWorker(): Promise<void> {
  let running: RunningWorker | undefined;
  let stopping = false;

  // Graceful shutdown: finish the jobs in hand (BullMQ's close waits for them),
  // then close the database and Redis. A second request exits at once; the jobs
  // left behind are taken up again by the stalled-job check of the next worker.
  const stop = (why: string) => {
    if (stopping) {
      logger.warn({ why }, "second stop: exiting now");
      process.exit(130);
    }
    stopping = true;
    // Asked while still connecting: stopped as soon as it is up (below).
    if (!running) return;
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
  if (stopping) {
    stopping = false;
    return stop("asked to stop while starting");
  }
  logger.info({ concurrency: env.WORKER_CONCURRENCY, pid: process.pid }, "worker ready");
  if (cluster.isWorker) process.send?.("ready" satisfies ToSupervisor);
}

/**
 * Starts `count` worker processes and keeps them running: one that dies after
 * it was ready is replaced (its jobs are taken up by the stalled-job check);
 * one that could not start stops the service, as a single worker would, rather
 * than being restarted in a loop. SIGTERM or SIGINT stops them all gracefully;
 * a second signal, at once. Exits 0 when every worker stopped cleanly.
 */
function supervise(count: number): void {
  const ready = new Set<number>();
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (m: ToSupervisor) => {
      if (m === "ready") ready.add(worker.id);
    });
  };
  const tell = (m: ToWorker) => {
    for (const worker of Object.values(cluster.workers ?? {})) if (worker?.isConnected()) worker.send(m);
  };
  const stopAll = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return tell("stop-now");
    stopping = true;
    tell("stop");
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) exitCode = Math.max(exitCode, 1);
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info({ exitCode }, "all worker processes stopped");
        process.exit(exitCode);
      }
      return;
    }
    if (!ready.has(worker.id)) {
      logger.fatal({ pid: worker.process.pid, code, signal }, "a worker process could not start; stopping the others");
      return stopAll(1);
    }
    logger.error({ pid: worker.process.pid, code, signal }, "a worker process died; starting another");
    fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      logger.info({ signal }, stopping ? "second signal: stopping worker processes now" : "stopping worker processes");
      stopAll(stopping ? 130 : 0);
    });
  }

  for (let i = 0; i < count; i++) fork();
  logger.info({ processes: count, concurrency: env.WORKER_CONCURRENCY, pid: process.pid }, "worker processes starting");
}
