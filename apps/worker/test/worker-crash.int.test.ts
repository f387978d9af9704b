import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleClaims } from "@tally/db";
import { extractPage } from "@tally/core/extract";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { articleHtml, KURSK_REPORT } from "./helpers/pages.js";
import { html, startPageServer, type PageServer, type Route } from "./helpers/page-server.js";
import { drop, startWorker, testProducer, testWorkerConfig, until, waitFinal, type RunningWorker } from "./helpers/harness.js";
import { spawnWorker } from "./helpers/spawn-worker.js";

const db = testDb();
const prefix = redisPrefix("crash");
const page = articleHtml(KURSK_REPORT);
let server: PageServer;
let producer: ReturnType<typeof testProducer>;
let child: ChildProcess | undefined;
let second: RunningWorker | undefined;

// A lock of 2 s checked every second: a dead worker's job is free again within ~3 s.
const cfg = () => ({
  databaseUrl: testDatabaseUrl(),
  redisUrl: testRedisUrl(),
  prefix,
  worker: { concurrency: 2, lockDuration: 2_000, stalledInterval: 1_000, backoffDelay: 50 },
  fetcher: { timeoutMs: 15_000, maxBytes: 5_000_000, allowPrivate: true, perHostIntervalMs: 0 },
});

beforeAll(async () => {
  await resetDb(db);
  server = await startPageServer();
  producer = testProducer(testRedisUrl(), prefix);
});

afterAll(async () => {
  child?.kill("SIGKILL");
  await second?.close();
  await producer?.producer.queueOf("ingest-article").obliterate({ force: true }).catch(() => {});
  await producer?.close();
  await server?.close();
});

describe("a worker killed with SIGKILL mid-job", () => {
  it("leaves the job to the next worker, which stores exactly one set of claims", async () => {
    // First request: hold the page until the worker holding it is dead. Later ones: serve it.
    const held: Array<() => void> = [];
    const hang: Route = (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(page.slice(0, 200));
      held.push(() => res.destroy());
    };
    server.route("/story", (req, res, hit) => (hit === 1 ? hang(req, res, hit) : html(page)(req, res, hit)));

    child = await spawnWorker(cfg());
    const url = server.url("/story");
    const [added] = (await drop(db, producer.producer, [url])).accepted;
    await until(() => server.hits.get("/story") === 1, 20_000, "the first worker to request the page");
    const mid = await db.article.findUniqueOrThrow({ where: { id: added!.id } });
    expect(mid.status).toBe("fetching");

    child.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    for (const release of held) release();

    second = await startWorker(testWorkerConfig(cfg()));
    const [a] = await waitFinal(db, [url], 30_000);
    expect(a).toMatchObject({ status: "done" });
    expect(server.hits.get("/story")).toBe(2);

    // Exactly the claims one extraction gives, once each.
    const expected = extractPage({ body: page, contentType: "text/html", url });
    if (!expected.ok) throw new Error(expected.message);
    const claims = await articleClaims(db, a!.id);
    expect(claims).toHaveLength(expected.value.claims.length);
    expect(claims.map((c) => c.ordinal)).toEqual(claims.map((_, i) => i));
    expect(await db.claim.count()).toBe(expected.value.claims.length);

    // A job that runs again over a stored article (what a worker dying between
    // the store and BullMQ's completion amounts to) replaces the set, never adds one.
    await producer.producer.requeue("ingest-article", { articleId: a!.id, url: a!.url });
    await until(() => server.hits.get("/story") === 3, 20_000, "the re-run");
    await waitFinal(db, [url]);
    await until(async () => ((await producer.producer.queueOf("ingest-article").getJobCounts("completed")).completed ?? 0) >= 1, 10_000, "the re-run to complete");
    expect(await db.claim.count()).toBe(expected.value.claims.length);
  });
});
