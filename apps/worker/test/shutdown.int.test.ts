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

describe("the worker process (src/main.ts)", () => {
  it("on SIGTERM finishes the job in hand, then exits 0", async () => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", path.join(REPO_ROOT, "apps/worker/src/main.ts")], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: prefix,
        TALLY_FETCH_ALLOW_PRIVATE: "1",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let logs = "";
    child.stdout.on("data", (d: Buffer) => (logs += d.toString()));
    child.stderr.on("data", (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    await until(() => logs.includes('"worker ready"'), 30_000, "worker ready");

    const url = server.url("/slowish");
    await drop(db, producer.producer, [url]);
    await until(() => server.hits.get("/slowish") === 1, 20_000, "the page requested");
    child.kill("SIGTERM");

    expect(await exited).toBe(0);
    const a = await db.article.findUniqueOrThrow({ where: { url } });
    expect(a.status).toBe("done");
    // Structured logs carry the job id and URL.
    const done = logs.split("\n").find((l) => l.includes('"article done"'));
    expect(JSON.parse(done!)).toMatchObject({ jobId: `article-${a.id}`, url });
    expect(logs).toContain('"worker stopped"');
  });
});
