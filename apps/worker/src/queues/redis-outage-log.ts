import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/** Error codes a socket reports when Redis is unreachable, restarting or gone. */
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/** True for the errors a lost Redis connection produces (ioredis's and BullMQ's wordings included). */
export function isConnectionError(err: Error): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  return /Connection is closed|connect ETIMEDOUT|Stream isn't writeable|Reached the max retries/i.test(err.message);
}

export interface RedisOutageLogOptions {
  /** At most one line per this many ms for errors that are not an outage (default 10 s). */
  otherErrorIntervalMs?: number;
}

/**
 * Turns the error events of a process's Redis connections, BullMQ queues and
 * workers into a few structured log lines: ONE warning when Redis becomes
 * unreachable and ONE line when it is back, however many clients notice and
 * however often ioredis retries meanwhile (each retry emits "error" on every
 * client). Other errors are logged at most once per interval, with a count of
 * those left out. Never a stack trace: an outage is an event, not a bug.
 *
 * Listening is also what keeps BullMQ quiet: a Queue or Worker whose "error"
 * event has no listener prints the raw error to stderr on every retry.
 */
export class RedisOutageLog {
  private downSince: number | null = null;
  private lastOtherAt = -Infinity;
  private otherSuppressed = 0;
  private readonly otherErrorIntervalMs: number;
  private watched: Redis | undefined;

  constructor(
    private readonly log: Logger,
    opts: RedisOutageLogOptions = {},
  ) {
    this.otherErrorIntervalMs = opts.otherErrorIntervalMs ?? 10_000;
  }

  /** True while the last thing heard from Redis was an outage. */
  get isDown(): boolean {
    return this.downSince !== null;
  }

  /**
   * Follows a client's errors and, for the one main client of the process,
   * its reconnections: its "ready" is what says Redis is back.
   */
  watch(redis: Redis): void {
    this.watched ??= redis;
    redis.on("error", this.onError);
    if (redis === this.watched) redis.on("ready", this.onReady);
  }

  /** The listener for a Queue's, a Worker's or a client's "error" event. */
  readonly onError = (err: Error): void => {
    if (isConnectionError(err) && this.watched?.status === "ready") {
      // Another client lost its socket while the main one is connected: a
      // one-off reset it reconnects from, or the start of an outage that the
      // main client is about to report.
      this.log.debug({ err: err.message }, "a Redis connection was reset");
      return;
    }
    // While the main client is not connected, every error is part of the same outage.
    const outage = isConnectionError(err) || (this.watched !== undefined && this.watched.status !== "ready");
    if (outage) {
      if (this.downSince === null) {
        this.downSince = Date.now();
        this.log.warn({ err: err.message }, "Redis unreachable; reconnecting until it is back (no job starts meanwhile)");
      }
      return;
    }
    const now = Date.now();
    if (now - this.lastOtherAt < this.otherErrorIntervalMs) {
      this.otherSuppressed++;
      return;
    }
    this.log.error({ err: err.message, suppressed: this.otherSuppressed }, "queue error");
    this.lastOtherAt = now;
    this.otherSuppressed = 0;
  };

  private readonly onReady = (): void => {
    if (this.downSince === null) return;
    this.log.info({ downMs: Date.now() - this.downSince }, "Redis connection back");
    this.downSince = null;
  };
}
