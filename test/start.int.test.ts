// `npm start` (scripts/start.mjs) as a person runs it in a terminal: the built
// worker and web app side by side, stopped by Ctrl-C. A terminal sends Ctrl-C's
// SIGINT to its whole foreground process group, so the test starts the script
// in a group of its own and signals the group, not just the script.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "./helpers/db.js";
import { redisPrefix, testRedisUrl } from "./helpers/redis.js";
import { drop, testProducer, until } from "../apps/worker/test/helpers/harness.js";
import type { PageServer } from "../apps/worker/test/helpers/page-server.js";
import { startSlowArticle } from "../apps/worker/test/helpers/slow-article.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const db = testDb();
const prefix = redisPrefix("start");
let server: PageServer;
let producer: ReturnType<typeof testProducer>;
let world: Awaited<ReturnType<typeof startSlowArticle>>;

beforeAll(async () => {
  await resetDb(db);
  world = await startSlowArticle("/slow", prefix);
  ({ server, producer } = world);
});
afterAll(() => world.close());

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

describe("npm start (scripts/start.mjs)", () => {
  it("runs the worker and the web app; Ctrl-C lets the worker finish its job, then stops both, exit 0", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: prefix,
        PORT: String(port),
        WORKER_PROCESSES: "2",
        TALLY_FETCH_ALLOW_PRIVATE: "1",
        TALLY_SEED_DEMO: "0",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, as a terminal's foreground job
    });
    let logs = "";
    child.stdout.on("data", (d: Buffer) => (logs += d.toString()));
    child.stderr.on("data", (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const count = (msg: string) => logs.split("\n").filter((l) => l.includes(`"msg":"${msg}"`)).length;

    try {
      await until(() => count("worker ready") === 2, 60_000, `two worker processes ready; logs:\n${logs}`);
      const health = async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status === 200;
      await until(health, 60_000, "the web app answering /api/health");

      const url = server.url("/slow");
      await drop(db, producer.producer, [url]);
      await until(() => server.hits.get("/slow") === 1, 20_000, "the page requested");
      process.kill(-child.pid!, "SIGINT");

      expect(await exited, logs).toBe(0);
      expect((await db.article.findUniqueOrThrow({ where: { url } })).status).toBe("done");
      expect(logs).not.toMatch(/second (stop|signal)/);
      expect(count("worker stopped")).toBe(2);
      expect(await health()).toBe(false);
    } finally {
      // A failed test must not leave the services running: the script stops them.
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
      }
    }
  });
});
