import { z } from "zod";

/**
 * The web app's settings (shared/spec/interfaces.md). This is the only file of
 * apps/web that reads `process.env`; everything else asks `env()`.
 */
export const EnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "a postgresql:// URL" }).default("postgresql://postgres@127.0.0.1:5432/tally"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "a redis:// URL" }).default("redis://127.0.0.1:6379"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * BullMQ's key prefix; the worker must use the same one. BullMQ's own default,
   * so a worker that sets nothing agrees; tests set their own to stay apart.
   */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : -").default("bull"),
  // The worker's (pino's) levels, so one LOG_LEVEL serves both apps.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses a set of variables; every invalid one is listed in the error's message. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set" (compose files and shells leave them empty).
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/**
 * The settings, parsed once per process. Parsed on first use rather than at
 * import so that `next build`, which imports route modules, needs no settings;
 * instrumentation.ts calls it when the server starts, so a bad variable still
 * stops the server at start-up.
 */
export function env(): Env {
  if (cached) return cached;
  try {
    cached = parseEnv(process.env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  return cached;
}
