import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { articleHtml, type PageSpec } from "./helpers/pages.js";
import { startPageServer, type PageServer, type Route } from "./helpers/page-server.js";
import { drop, startWorker, testProducer, testWorkerConfig, until, waitFinal, type RunningWorker } from "./helpers/harness.js";
import { freePort, OwnRedis } from "./helpers/own-redis.js";

let hasRedisServer = true;
try {
  execFileSync("redis-server", ["--version"], { stdio: "ignore" });
} catch {
  hasRedisServer = false;
}

const db = testDb();
const N = 30;
let redis: OwnRedis;
let server: PageServer;
let worker: RunningWorker | undefined;
let producer: ReturnType<typeof testProducer> | undefined;

/** Thirty different stories, each with a figure of its own. */
function story(i: number): PageSpec {
  return {
    title: `Regional officials count damage after strike number ${i}`,
    outlet: "Test Gazette",
    published: "2025-04-01",
    paragraphs: [
      `Regional officials in Kharkiv said on Tuesday that ${10 + i} residential buildings were damaged in an overnight attack, the ${i}th this spring.`,
      `Ukraine's General Staff said Russian forces had lost ${1_000 + i} soldiers over the previous day, a figure that could not be independently verified.`,
      "Emergency crews worked through the morning to clear debris and restore power to several districts of the city.",
      "Residents described hearing explosions shortly after midnight and said air-raid sirens had sounded for more than two hours.",
    ],
  };
}

beforeAll(async () => {
  if (!hasRedisServer) return;
  await resetDb(db);
  redis = new OwnRedis(await freePort());
  await redis.start();
  // Every page takes 300 ms to answer, so the batch is still in flight when Redis goes.
  const routes: Record<string, Route> = {};
  for (let i = 0; i < N; i++) {
    const body = articleHtml(story(i));
    routes[`/s/${i}`] = (_req, res) => {
      setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body), 300);
    };
  }
  server = await startPageServer(routes);
});

afterAll(async () => {
  await worker?.close();
  await producer?.close();
  await server?.close();
  await redis?.stop();
});

describe.skipIf(!hasRedisServer)("Redis stopped and restarted mid-batch", () => {
  it("ends with every URL final and none lost", async () => {
    worker = await startWorker(
      testWorkerConfig({
        databaseUrl: testDatabaseUrl(),
        redisUrl: redis.url,
        prefix: "restart",
        worker: { concurrency: 2, backoffDelay: 50, lockDuration: 4_000, stalledInterval: 1_000 },
        // The reconciler is what finds the jobs a Redis without persistence forgot.
        reconcile: { intervalMs: 500, minAgeMs: 2_000 },
      }),
    );
    producer = testProducer(redis.url, "restart");
    const urls = Array.from({ length: N }, (_, i) => server.url(`/s/${i}`));
    await drop(db, producer.producer, urls);

    await until(async () => (await db.article.count({ where: { status: "done" } })) >= 4, 20_000, "a few articles done");
    await redis.stop();
    const doneWhileDown = await db.article.count({ where: { status: "done" } });
    await new Promise((r) => setTimeout(r, 1_500));
    await redis.start();

    const rows = await waitFinal(db, urls, 60_000);
    expect(doneWhileDown).toBeLessThan(N);
    expect(rows.map((r) => r.status)).toEqual(urls.map(() => "done"));
    // One set of claims each: the figure unique to story i appears once, in its article.
    for (let i = 0; i < N; i++) {
      const a = rows[i]!;
      expect(await db.claim.count({ where: { articleId: a.id, value: 1_000 + i } })).toBe(1);
    }
  }, 120_000);
});
