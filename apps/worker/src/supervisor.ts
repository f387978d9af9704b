import cluster from "node:cluster";
import type { Logger } from "./logger.js";

/** Messages from the supervisor to its workers, and back. */
export type ToWorker = "stop" | "stop-now";
export type ToSupervisor = "ready" | "alive";

/** How often a worker process says it is alive, for a silence limit of `hangMs`: four beats fit in the limit. */
export function heartbeatEvery(hangMs: number): number {
  return Math.max(100, Math.floor(hangMs / 4));
}

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
  /**
   * How long a worker process may go without a heartbeat (main.ts sends one
   * every heartbeatEvery(hangMs)) before it is taken for hung and killed: its
   * event loop is stuck (a page that sends extraction into a loop), so it can
   * neither finish its jobs nor renew their locks. They run again elsewhere
   * after the stalled-job check; a page that hangs every worker fails after
   * maxStalledCount such runs.
   */
  hangMs: number;
  logger: Logger;
}

/**
 * Starts `count` worker processes and keeps them running: one that dies after
 * it was ready is replaced (its jobs are taken up by the stalled-job check);
 * one that could not start stops the service, as a single worker would, rather
 * than being restarted in a loop. SIGTERM or SIGINT stops them all gracefully;
 * a second signal, at once. Exits 0 when every worker stopped cleanly.
 */
export function supervise({ count, concurrency, stopDeadlineMs, hangMs, logger }: SuperviseOptions): void {
  const ready = new Set<number>();
  let stopping = false;
  let exitCode = 0;

  /** When each worker process last said anything (a heartbeat, "ready"). */
  const lastHeard = new Map<number, number>();

  const fork = () => {
    const worker = cluster.fork();
    lastHeard.set(worker.id, Date.now());
    worker.on("message", (m: ToSupervisor) => {
      lastHeard.set(worker.id, Date.now());
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

  // A worker process silent past hangMs is hung: killed, it is replaced below like one that died.
  // (Only once it is ready: loading its modules and reaching Redis and PostgreSQL are watched by "could not start".)
  setInterval(() => {
    if (stopping) return;
    const now = Date.now();
    for (const worker of alive()) {
      if (!ready.has(worker.id)) continue;
      const silentMs = now - (lastHeard.get(worker.id) ?? now);
      if (silentMs <= hangMs || worker.process.killed) continue;
      logger.error({ pid: worker.process.pid, silentMs, hangMs }, "a worker process stopped answering (hung); killing it: its jobs run again after stalled-job recovery");
      worker.process.kill("SIGKILL");
    }
  }, heartbeatEvery(hangMs)).unref();

  cluster.on("exit", (worker, code, signal) => {
    lastHeard.delete(worker.id);
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
