import { isAppError } from "@tally/core";

/** host:port/database of a PostgreSQL URL, without credentials, for messages. */
export function describeDatabase(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/**
 * Prisma's message without its frame: it opens with "Invalid `prisma.x()`
 * invocation:" and blank lines, and a raw query's says
 * "Raw query failed. Code: `42P01`. Message: `relation "claim" does not exist`".
 */
function prismaCause(message: string): { sqlState: string | null; text: string } {
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^Invalid `.+` invocation:?$/.test(l));
  const text = lines.join(" ");
  const raw = /^Raw query failed\. Code: `([^`]*)`\. Message: `(.*)`$/s.exec(text);
  return raw ? { sqlState: raw[1] ?? null, text: raw[2] ?? text } : { sqlState: null, text };
}

const UNREACHABLE = new Set(["P1001", "ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"]);

/**
 * One line for an error a command could not handle, saying what to do when
 * the cause is a common one (PostgreSQL not running, not migrated).
 */
export function describeError(error: unknown, databaseUrl: string): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  const code = (error as { code?: unknown } | null)?.code;
  const { sqlState, text } = prismaCause(error instanceof Error ? error.message : String(error));
  const db = describeDatabase(databaseUrl);
  if ((typeof code === "string" && UNREACHABLE.has(code)) || /^Can't reach database server/.test(text)) {
    return `cannot reach PostgreSQL at ${db}; is it running, and is DATABASE_URL right?`;
  }
  if (code === "P1003" || sqlState === "3D000") {
    return `the database ${db} does not exist; \`npm run db:migrate\` creates and migrates it`;
  }
  if (code === "P2021" || sqlState === "42P01") {
    return `the database ${db} has no Tally tables (${text}); run \`npm run db:migrate\``;
  }
  return text;
}
