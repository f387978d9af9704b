import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * The worker's and the CLI's settings, parsed from `process.env` once, here.
 * Nothing else in apps/worker reads `process.env`: code takes these values as
 * arguments, so tests pass their own.
 */

/** A positive integer given as a string, with a default when unset or empty. */
function positiveInt(def: number, max: number) {
  return z.preprocess(
    (v) => (v === undefined || v === "" ? String(def) : v),
    z.string().regex(/^\d+$/, "a positive integer").transform(Number).pipe(z.number().int().min(1).max(max)),
  );
}

/**
 * Each worker process holds pgPoolSize(WORKER_CONCURRENCY) = WORKER_CONCURRENCY + 2
 * PostgreSQL connections; at the default 8 that is 10 a process. Four processes
 * and the web app's 10 make 50, half of PostgreSQL's default max_connections
 * (100), where one per core would pass 100 at nine cores. More processes are a
 * setting away, on a server configured for them.
 */
export const DEFAULT_MAX_WORKER_PROCESSES = 4;

/** The default process count on a machine with `cores` cores. */
export function defaultWorkerProcesses(cores: number): number {
  return Math.max(1, Math.min(cores, DEFAULT_MAX_WORKER_PROCESSES));
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("postgresql://postgres@127.0.0.1:5432/tally")
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "a postgresql:// URL"),
  REDIS_URL: z
    .string()
    .default("redis://127.0.0.1:6379")
    .refine((v) => /^rediss?:\/\//.test(v), "a redis:// URL"),
  // 256: beyond that one process only queues more sockets than two cores can use.
  WORKER_CONCURRENCY: positiveInt(8, 256),
  // Worker processes the service runs (each with WORKER_CONCURRENCY jobs): one
  // per core by default, since extraction keeps a process's one thread busy,
  // but at most DEFAULT_MAX_WORKER_PROCESSES (see defaultWorkerProcesses).
  WORKER_PROCESSES: positiveInt(defaultWorkerProcesses(availableParallelism()), 64),
  // How long a worker process may go silent (its event loop stuck) before the
  // supervisor kills and replaces it; only with WORKER_PROCESSES > 1, where
  // there is a supervisor. A minute is sixty times the longest extraction
  // measured (a 5 MB page: about a second).
  WORKER_HANG_MS: positiveInt(60_000, 3_600_000),
  // Ten minutes at most: BullMQ's job lock is renewed, but a page that takes
  // longer is a broken server, not a slow one.
  FETCH_TIMEOUT_MS: positiveInt(20_000, 600_000),
  // 100 MB at most: the worker holds a page in memory while extracting it.
  FETCH_MAX_BYTES: positiveInt(5_000_000, 100_000_000),
  TALLY_FETCH_ALLOW_PRIVATE: z
    .enum(["", "0", "1"], { message: 'unset, "0" or "1"' })
    .optional()
    .transform((v) => v === "1"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  // BullMQ's key prefix. Producers (web, CLI) and workers must agree; tests and
  // the benchmark set their own to stay apart from a running stack.
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "letters, digits and _ . : - only")
    .default("bull"),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment; on failure returns one line per invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; errors: string[] } {
  // An empty variable means "not set": compose files and shells leave them empty.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (parsed.success) return { ok: true, env: parsed.data };
  const errors = parsed.error.issues.map((i) => {
    const name = String(i.path[0] ?? "environment");
    return `${name}: ${i.message} (got ${JSON.stringify(source[name] ?? null)})`;
  });
  return { ok: false, errors };
}

let cached: Env | undefined;

/** The process's settings, parsed on first use; exits 1 listing every invalid variable. */
export function loadEnv(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) {
    process.stderr.write(`tally: invalid environment:\n${result.errors.map((e) => `  ${e}\n`).join("")}`);
    process.exit(1);
  }
  cached = result.env;
  return cached;
}
