import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { articleHtml, type PageSpec } from "./helpers/pages.js";
import { startPageServer, type PageServer, type Route } from "./helpers/page-server.js";
import { drop, startWorker, testProducer, testWorkerConfig, until, waitFinal, type RunningWorker } from "./helpers/harness.js";
import { TcpProxy } from "./helpers/tcp-proxy.js";

const db = testDb();
const prefix = redisPrefix("pg-outage");
const N = 16;
let proxy: TcpProxy;
let server: PageServer;
let worker: RunningWorker | undefined;
let producer: ReturnType<typeof testProducer>;

function story(i: number): PageSpec {
  return {
    title: `Shelling damages homes in frontline town, report ${i}`,
    outlet: "Test Gazette",
    published: "2025-05-01",
    paragraphs: [
      `Local authorities said ${20 + i} residential buildings were damaged when artillery struck the town overnight.`,
      `Ukraine's General Staff said Russian forces had lost ${2_000 + i} soldiers over the previous day of fighting.`,
      "Rescue workers searched the rubble through the morning while power was restored to several streets.",
      "Residents said the shelling began shortly after midnight and lasted for several hours before dawn.",
    ],
  };
}

beforeAll(async () => {
  await resetDb(db);
  const target = new URL(testDatabaseUrl());
  proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const routes: Record<string, Route> = {};
  for (let i = 0; i < N; i++) {
    const body = articleHtml(story(i));
    routes[`/p/${i}`] = (_req, res) => void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(body), 400);
  }
  server = await startPageServer(routes);
  producer = testProducer(testRedisUrl(), prefix);
});

afterAll(async () => {
  await worker?.close();
  await producer.producer.queueOf("ingest-article").obliterate({ force: true }).catch(() => {});
  await producer.close();
  await server.close();
  await proxy.stop();
});

describe("PostgreSQL unavailable mid-batch", () => {
  it("retries the jobs that hit the outage; every article ends done", async () => {
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    worker = await startWorker(
      testWorkerConfig({
        databaseUrl: viaProxy.toString(),
        redisUrl: testRedisUrl(),
        prefix,
        // 0.5 s, 1 s, 2 s, 4 s between attempts: a 2 s outage is well inside it.
        worker: { concurrency: 4, backoffDelay: 500, lockDuration: 4_000, stalledInterval: 1_000 },
      }),
    );
    const urls = Array.from({ length: N }, (_, i) => server.url(`/p/${i}`));
    await drop(db, producer.producer, urls);
    await until(async () => (await db.article.count({ where: { status: "done" } })) >= 2, 20_000, "a few articles done");

    await proxy.stop();
    await new Promise((r) => setTimeout(r, 2_000));
    await proxy.start();

    const rows = await waitFinal(db, urls, 60_000);
    expect(rows.map((r) => r.status)).toEqual(urls.map(() => "done"));
    // Some jobs were caught by the outage and needed more than one attempt.
    expect(Math.max(...rows.map((r) => r.attempts))).toBeGreaterThan(1);
    for (let i = 0; i < N; i++) expect(await db.claim.count({ where: { articleId: rows[i]!.id, value: 2_000 + i } })).toBe(1);
  }, 120_000);
});
