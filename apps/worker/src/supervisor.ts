import cluster from "node:cluster";
import type { Logger } from "./logger.js";

/** Messages from the supervisor to its workers, and back. */
export type ToWorker = "stop" | "stop-now";
export type ToSupervisor = "ready";

export interface SuperviseOptions {
  count: number;
  /** For the start-up log line. */
  concurrency: number;
  /**
   * How long a worker process may take to stop after being asked: each one
   * gives up on its own before this (main.ts); past it, the supervisor kills
   * what is left rather than hang.
   */
  stopDeadlineMs: number;
  logger: Logger;
}

/**
 * Starts `count` worker processes and keeps them running: one that dies after
 * it was ready is replaced (its jobs are taken up by the stalled-job check);
 * one that could not start stops the service, as a single worker would, rather
 * than being restarted in a loop. SIGTERM or SIGINT stops them all gracefully;
 * a second signal, at once. Exits 0 when every worker stopped cleanly.
 */
export function supervise({ count, concurrency, stopDeadlineMs, logger }: SuperviseOptions): void {
  const ready = new Set<number>();
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (m: ToSupervisor) => {
      if (m === "ready") ready.add(worker.id);
    });
  };
  const alive = () => Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  const tell = (m: ToWorker) => {
    for (const worker of alive()) if (worker.isConnected()) worker.send(m);
  };
  const stopAll = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return tell("stop-now");
    stopping = true;
    tell("stop");
    // A backstop only: each worker process exits on its own within its deadline.
    setTimeout(() => {
      const left = alive().map((w) => w.process.pid);
      logger.error({ pids: left, deadlineMs: stopDeadlineMs }, "worker processes did not stop in time; killing them");
      for (const w of alive()) w.process.kill("SIGKILL");
      process.exit(1);
    }, stopDeadlineMs).unref();
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) exitCode = Math.max(exitCode, 1);
      if (alive().length === 0) {
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
  logger.info({ processes: count, concurrency, pid: process.pid }, "worker processes starting");
}
