import { STATUS_CODES } from "node:http";
import type { ReasonCode } from "@tally/core";

/** The reason codes a fetch can end with (a subset of core's REASON_CODES). */
export type FetchReason = Extract<
  ReasonCode,
  | "invalid_url"
  | "timeout"
  | "http_error"
  | "rate_limited"
  | "server_error"
  | "connection_failed"
  | "too_large"
  | "too_many_redirects"
  | "not_html"
  | "robots_disallowed"
  | "address_refused"
  | "redis_unavailable"
>;

/**
 * A fetch that did not give a page. It is a core `Result` failure (ok, reason,
 * message) plus whether another attempt can help and, from a 429/503
 * Retry-After, how long the server asked us to wait.
 */
export interface FetchFailure {
  ok: false;
  reason: FetchReason;
  message: string;
  retryable: boolean;
  retryAfterMs?: number;
}

/** Reasons that are transient by nature; `connection_failed` depends on the cause. */
const TRANSIENT: ReadonlySet<FetchReason> = new Set(["timeout", "rate_limited", "server_error", "redis_unavailable"]);

export function fail(
  reason: FetchReason,
  message: string,
  extra: { retryable?: boolean; retryAfterMs?: number | undefined } = {},
): FetchFailure {
  const out: FetchFailure = { ok: false, reason, message, retryable: extra.retryable ?? TRANSIENT.has(reason) };
  if (extra.retryAfterMs !== undefined) out.retryAfterMs = extra.retryAfterMs;
  return out;
}

/** "HTTP 404 Not Found". */
export function httpStatusText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** Thrown by the guarded DNS lookup; surfaces through the socket as the connection's error. */
export class AddressRefusedError extends Error {
  readonly code = "ERR_TALLY_ADDRESS_REFUSED";
  override name = "AddressRefusedError";
}

/** The first `code` on an error, its cause chain, or an AggregateError's members (happy-eyeballs). */
function errorCode(e: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const inner = (e as { errors?: unknown[] }).errors;
  if (Array.isArray(inner)) for (const x of inner) { const c = errorCode(x, depth + 1); if (c) return c; }
  return errorCode((e as { cause?: unknown }).cause, depth + 1);
}

function findRefusal(e: unknown, depth = 0): AddressRefusedError | undefined {
  if (depth > 4 || typeof e !== "object" || e === null) return undefined;
  if (e instanceof AddressRefusedError) return e;
  const inner = (e as { errors?: unknown[] }).errors;
  if (Array.isArray(inner)) for (const x of inner) { const r = findRefusal(x, depth + 1); if (r) return r; }
  return findRefusal((e as { cause?: unknown }).cause, depth + 1);
}

// TLS failures do not mend on a retry a minute later.
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/**
 * Turns an error from undici (connecting, waiting for headers, reading the
 * body) into a failure. `deadlineHit` says our own overall deadline aborted it.
 */
export function networkFailure(e: unknown, host: string, timeoutMs: number, deadlineHit: boolean): FetchFailure {
  if (deadlineHit) return fail("timeout", `no complete answer from ${host} within ${timeoutMs} ms`);
  const refusal = findRefusal(e);
  if (refusal) return fail("address_refused", refusal.message);
  const code = errorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  // undici's parser rejected the answer (another protocol on that port, a
  // malformed status line or headers): the same answer next time.
  if (e instanceof Error && e.name === "HTTPParserError") return fail("http_error", `${host} did not answer in HTTP (${detail})`, { retryable: false });
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return fail("timeout", `could not connect to ${host} within ${timeoutMs} ms`);
    case "UND_ERR_HEADERS_TIMEOUT":
      return fail("timeout", `${host} sent no response headers within ${timeoutMs} ms`);
    case "UND_ERR_BODY_TIMEOUT":
      return fail("timeout", `${host} stopped sending the page for ${timeoutMs} ms`);
    case "ETIMEDOUT":
      return fail("timeout", `connection to ${host} timed out`);
    case "ENOTFOUND":
      // The name does not exist: the same answer next time (a typo, a dead site).
      return fail("connection_failed", `host not found: ${host}`, { retryable: false });
    case "EAI_AGAIN":
      return fail("connection_failed", `DNS lookup of ${host} failed temporarily`, { retryable: true });
    case "ECONNREFUSED":
      return fail("connection_failed", `${host} refused the connection`, { retryable: true });
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return fail("connection_failed", `connection to ${host} was closed early (${detail})`, { retryable: true });
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return fail("connection_failed", `${host} is unreachable`, { retryable: true });
    case "UND_ERR_HEADERS_OVERFLOW":
      return fail("http_error", `${host} sent oversized response headers`, { retryable: false });
    default:
      if (code && TLS_CODE.test(code)) {
        return fail("connection_failed", `TLS error with ${host}: ${detail}`, { retryable: false });
      }
      // Anything else from the network layer is most likely passing; let the job retry it.
      return fail("connection_failed", `fetching from ${host} failed: ${detail}${code ? ` (${code})` : ""}`, { retryable: true });
  }
}
