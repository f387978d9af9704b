import { env } from "./env";

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

/**
 * One JSON line per event on standard error: enough for `docker compose logs`
 * and for finding a request id; the web app logs little else.
 */
export function log(level: Level, fields: Record<string, unknown>): void {
  if (LEVELS[level] < LEVELS[env().LOG_LEVEL]) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, app: "web", ...fields })}\n`);
}
