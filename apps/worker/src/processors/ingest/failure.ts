import { AppError, isAppError, type ReasonCode } from "@tally/core";

/** Why one attempt of a job failed, and whether another attempt can help. */
export interface Failure {
  code: ReasonCode;
  message: string;
  retryable: boolean;
  /** From a 429/503 Retry-After: the least time to wait before the next attempt. */
  retryAfterMs?: number;
}

/**
 * Fetch reasons worth another attempt: the server or the network may be fine
 * in a minute. Every other reason (4xx, not HTML, too large, robots.txt, a
 * refused address, not an article) gives the same answer next time.
 */
const RETRYABLE_REASONS: ReadonlySet<ReasonCode> = new Set([
  "timeout",
  "rate_limited",
  "server_error",
  "connection_failed",
  "db_unavailable",
  "redis_unavailable",
]);

/** Whether a reason code is transient. */
export function isRetryableReason(code: ReasonCode): boolean {
  return RETRYABLE_REASONS.has(code);
}

/** Messages of node-postgres (and its pool), Prisma's driver adapter and ioredis when the server is not there. */
const DB_DOWN = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connection (is )?(closed|lost)|the database system is (starting up|shutting down)|terminating connection|Can't reach database|Timed out fetching a new connection|timeout exceeded when trying to connect|server closed the connection/i;
const REDIS_DOWN = /Connection is closed|MaxRetriesPerRequestError|Stream isn't writeable|enableOfflineQueue/i;

/** Turns anything thrown during a job into a Failure. Unknown errors are retried: they may be outages. */
export function classify(e: unknown): Failure {
  if (isAppError(e)) {
    const retryAfterMs = (e as AppError & { retryAfterMs?: number }).retryAfterMs;
    return { code: e.code, message: e.message, retryable: e.retryable, ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  const message = e instanceof Error ? e.message : String(e);
  const causeMessage = e instanceof Error && e.cause instanceof Error ? ` ${e.cause.message}` : "";
  const text = `${message}${causeMessage}`;
  if (REDIS_DOWN.test(text)) return { code: "redis_unavailable", message: `Redis unavailable: ${message}`, retryable: true };
  if (DB_DOWN.test(text) || /^P10(01|02|17)$/.test(String((e as { code?: unknown }).code))) {
    return { code: "db_unavailable", message: `PostgreSQL unavailable: ${message}`, retryable: true };
  }
  return { code: "internal", message, retryable: true };
}

/** An error BullMQ's backoff strategy can read the Retry-After from. */
export class RetryableJobError extends Error {
  override name = "RetryableJobError";
  constructor(
    readonly failure: Failure,
    readonly retryAfterMs?: number,
  ) {
    super(`${failure.code}: ${failure.message}`);
  }
}
