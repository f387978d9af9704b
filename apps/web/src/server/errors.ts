/**
 * Recognises an outage of PostgreSQL behind whatever wraps it (Prisma, the pg
 * driver, Node's socket errors), so that the API answers 503 rather than 500.
 */
const PG_CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EPIPE",
  // Prisma: can't reach server, timed out, closed connection, pool timeout.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // PostgreSQL: too many connections, shutting down, starting up.
  "53300",
  "57P01",
  "57P02",
  "57P03",
]);

const CONNECTION_MESSAGES = /connection terminated|connection refused|timeout exceeded when trying to connect|can't reach database|database system is (starting|shutting)|DatabaseNotReachable/i;

/** True when `e`, or anything in its cause chain, says the database cannot be reached. */
export function isDbUnavailable(e: unknown, depth = 0): boolean {
  if (depth > 6 || e === null || typeof e !== "object") return false;
  const err = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; kind?: unknown };
  if (typeof err.code === "string" && (PG_CONNECTION_CODES.has(err.code) || err.code.startsWith("08"))) return true;
  // Prisma's driver-adapter errors carry their kind on the cause.
  if (err.kind === "DatabaseNotReachable" || err.kind === "ConnectionClosed" || err.kind === "SocketTimeout") return true;
  if (typeof err.message === "string" && CONNECTION_MESSAGES.test(err.message)) return true;
  if (Array.isArray(err.errors) && err.errors.some((x) => isDbUnavailable(x, depth + 1))) return true;
  return isDbUnavailable(err.cause, depth + 1);
}
