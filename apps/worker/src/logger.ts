import { pino, type Logger, type DestinationStream } from "pino";

export type { Logger };

/**
 * Structured JSON logs. The worker logs to standard output; the CLI passes
 * standard error so its JSON output on standard output stays clean.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { app: "tally-worker" } }, destination ?? pino.destination(1));
}
