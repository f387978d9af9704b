/**
 * Reason codes: why a page did not become an article with claims. Expected
 * outcomes travel as values (`{ ok: false, reason }`); `AppError` carries them
 * when they must cross a throw (a job, a route handler).
 */
export const REASON_CODES = [
  // input
  "invalid_url",
  "invalid_input",
  // fetching
  "timeout",
  "http_error",
  "rate_limited",
  "server_error",
  "connection_failed",
  "too_large",
  "too_many_redirects",
  "not_html",
  "robots_disallowed",
  "address_refused",
  // extraction
  "empty",
  "binary",
  "not_article",
  // infrastructure
  "db_unavailable",
  "redis_unavailable",
  "not_found",
  "conflict",
  "internal",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** An outcome that is either a value or a reason it could not be had. */
export type Result<T, R extends string = ReasonCode> =
  | { ok: true; value: T }
  | { ok: false; reason: R; message: string };

/** One error type for the whole project: a code, whether retrying can help, and the cause. */
export class AppError extends Error {
  readonly code: ReasonCode;
  readonly retryable: boolean;

  constructor(code: ReasonCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
