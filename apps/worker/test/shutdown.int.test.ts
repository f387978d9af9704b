import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { REPO_ROOT } from "./helpers/cli.js";
import { articleHtml, LOSS_REPORT } from "./helpers/pages.js";
import { startPageServer, type PageServer } from "./helpers/page-server.js";
import { drop, testProducer, until } from "./helpers/harness.js";

const db = testDb();
const prefix = redisPrefix("shutdown");
let server: PageServer;
let producer: ReturnType<typeof testProducer>;

beforeAll(async () => {
  await resetDb(db);
  // The page takes 2 s: long enough to send SIGTERM while the job runs.
  server = await startPageServer({
    "/slowish": (_req, res) => {
      setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(articleHtml(LOSS_REPORT)), 2_000);
    },
  });
  producer = testProducer(testRedisUrl(), prefix);
});
afterAll(async () => {
  await producer.producer.queueOf("ingest-article").obliterate({ force: true }).catch(() => {});
  await producer.close();
  await server.close();
});

/** Starts the worker service as `npm start` would, with its logs collected. */
function startService(processes: number) {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", path.join(REPO_ROOT, "apps/worker/src/main.ts")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: prefix,
      TALLY_FETCH_ALLOW_PRIVATE: "1",
      LOG_LEVEL: "info",
      WORKER_PROCESSES: String(processes),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const service = { child, logs: "", exited: new Promise<number | null>((r) => child.once("exit", (code) => r(code))) };
  child.stdout.on("data", (d: Buffer) => (service.logs += d.toString()));
  child.stderr.on("data", (d: Buffer) => (service.logs += d.toString()));
  return service;
}

/** The JSON log lines with this message. */
const logLines = (logs: string, msg: string) =>
  logs
    .split("\n")
    .filter((l) => l.includes(`"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("the worker service (src/main.ts)", () => {
  it.each([1, 2])("with %i worker process(es), on SIGTERM finishes the job in hand, then exits 0", async (processes) => {
    const service = startService(processes);
    await until(() => logLines(service.logs, "worker ready").length === processes, 30_000, "workers ready");

    server.hits.clear();
    const url = server.url(`/slowish?processes=${processes}`);
    await drop(db, producer.producer, [url]);
    await until(() => server.hits.get("/slowish") === 1, 20_000, "the page requested");
    service.child.kill("SIGTERM");

    expect(await service.exited).toBe(0);
    const a = await db.article.findUniqueOrThrow({ where: { url } });
    expect(a.status).toBe("done");
    // Structured logs carry the job id and URL.
    expect(logLines(service.logs, "article done")[0]).toMatchObject({ jobId: `article-${a.id}`, url });
    expect(logLines(service.logs, "worker stopped")).toHaveLength(processes);
  });

  it("replaces a worker process that dies", async () => {
    const service = startService(2);
    await until(() => logLines(service.logs, "worker ready").length === 2, 30_000, "workers ready");
    const [first] = logLines(service.logs, "worker ready");
    process.kill(first!.pid as number, "SIGKILL");
    await until(() => logLines(service.logs, "worker ready").length === 3, 30_000, "a new worker ready");
    expect(logLines(service.logs, "a worker process died; starting another")).toMatchObject([{ pid: first!.pid, signal: "SIGKILL" }]);
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });
});
