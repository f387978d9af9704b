import { INGEST_WORKER_CONFIG } from "./ingest.config.js";

/** An error that knows when the server wants us back (a 429 or 503 with Retry-After). */
export interface HasRetryAfter {
  retryAfterMs?: number;
}

/**
 * The "retry-after" backoff of core's JOBS: exponential from `delay`
 * (delay, 2×delay, 4×delay, …) but never sooner than a Retry-After the error
 * carries, capped so a server cannot park a job indefinitely.
 */
export function retryAfterBackoff(delay: number, maxRetryAfterMs: number = INGEST_WORKER_CONFIG.maxRetryAfterMs) {
  return (attemptsMade: number, _type?: string, err?: Error): number => {
    const exponential = Math.round(2 ** Math.max(0, attemptsMade - 1) * delay);
    const asked = (err as (Error & HasRetryAfter) | undefined)?.retryAfterMs;
    if (typeof asked === "number" && Number.isFinite(asked) && asked > 0) {
      return Math.max(exponential, Math.min(asked, maxRetryAfterMs));
    }
    return exponential;
  };
}
