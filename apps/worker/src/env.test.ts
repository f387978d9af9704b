import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { defaultWorkerProcesses, parseEnv } from "./env.js";
import { pgPoolSize } from "./queues/ingest.config.js";

describe("parseEnv", () => {
  it("gives interfaces.md's defaults for an empty environment", () => {
    const r = parseEnv({});
    expect(r).toEqual({
      ok: true,
      env: {
        DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/tally",
        REDIS_URL: "redis://127.0.0.1:6379",
        WORKER_CONCURRENCY: 8,
        WORKER_PROCESSES: Math.min(availableParallelism(), 4),
        WORKER_HANG_MS: 60_000,
        FETCH_TIMEOUT_MS: 20_000,
        FETCH_MAX_BYTES: 5_000_000,
        TALLY_FETCH_ALLOW_PRIVATE: false,
        LOG_LEVEL: "info",
        QUEUE_PREFIX: "bull",
      },
    });
  });

  it("runs one worker process per core by default, up to four", () => {
    expect([1, 2, 4, 5, 64].map(defaultWorkerProcesses)).toEqual([1, 2, 4, 4, 4]);
  });

  it("keeps the default PostgreSQL connections well under the server's default max_connections (100), whatever the core count", () => {
    const concurrency = (parseEnv({}) as { env: { WORKER_CONCURRENCY: number } }).env.WORKER_CONCURRENCY;
    const WEB_POOL = 10; // packages/db's default pool, which the web app uses
    for (const cores of [1, 2, 8, 9, 16, 64, 256]) {
      expect(defaultWorkerProcesses(cores) * pgPoolSize(concurrency) + WEB_POOL, `${cores} cores`).toBeLessThanOrEqual(60);
    }
  });

  it("reads numbers and the private-address switch", () => {
    const r = parseEnv({ WORKER_CONCURRENCY: "2", FETCH_TIMEOUT_MS: "500", TALLY_FETCH_ALLOW_PRIVATE: "1" });
    expect(r.ok && [r.env.WORKER_CONCURRENCY, r.env.FETCH_TIMEOUT_MS, r.env.TALLY_FETCH_ALLOW_PRIVATE]).toEqual([2, 500, true]);
  });

  it("reads an empty variable as unset", () => {
    const r = parseEnv({ DATABASE_URL: "", WORKER_CONCURRENCY: "", TALLY_FETCH_ALLOW_PRIVATE: "" });
    expect(r.ok && [r.env.DATABASE_URL, r.env.WORKER_CONCURRENCY, r.env.TALLY_FETCH_ALLOW_PRIVATE]).toEqual([
      "postgresql://postgres@127.0.0.1:5432/tally",
      8,
      false,
    ]);
  });

  it("lists every invalid variable, naming it", () => {
    const r = parseEnv({ WORKER_CONCURRENCY: "lots", FETCH_MAX_BYTES: "0", REDIS_URL: "http://x", TALLY_FETCH_ALLOW_PRIVATE: "yes", LOG_LEVEL: "loud" });
    expect(r.ok).toBe(false);
    const names = r.ok ? [] : r.errors.map((e) => e.split(":")[0]);
    expect(names.sort()).toEqual(["FETCH_MAX_BYTES", "LOG_LEVEL", "REDIS_URL", "TALLY_FETCH_ALLOW_PRIVATE", "WORKER_CONCURRENCY"]);
  });
});
