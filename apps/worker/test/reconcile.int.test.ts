import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { UnrecoverableError, Worker } from "bullmq";
import { QUEUES, ingestJobId } from "@tally/core";
import { upsertQueuedArticles } from "@tally/db";
import { resetDb, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { startReconciler } from "../src/reconcile.js";
import { createDbStore } from "../src/processors/ingest/db-store.js";
import { testLogger, testProducer, until } from "./helpers/harness.js";

const db = testDb();
const prefix = redisPrefix("reconcile");
const producer = testProducer(testRedisUrl(), prefix);
const queue = producer.producer.queueOf("ingest-article");
// The pass is run by hand (runOnce); the interval is far beyond the test.
const reconciler = startReconciler({ db, producer: producer.producer, store: createDbStore(db), logger: testLogger() }, { intervalMs: 3_600_000, minAgeMs: 1_000 });

afterAll(async () => {
  await reconciler.stop();
  await queue.obliterate({ force: true }).catch(() => {});
  await producer.close();
});
beforeEach(async () => {
  await resetDb(db);
  await queue.obliterate({ force: true });
});

async function article(url: string, status: "queued" | "fetching" | "extracting", ageMs: number) {
  const [a] = await upsertQueuedArticles(db, [{ url, inputUrl: url }]);
  await db.article.update({ where: { id: a!.id }, data: { status, updatedAt: new Date(Date.now() - ageMs) } });
  return a!;
}

describe("the reconciler", () => {
  it("queues again a quiet unfinished article whose job Redis no longer has, and leaves a recent one alone", async () => {
    const lost = await article("https://r.example/lost", "fetching", 60_000);
    const recent = await article("https://r.example/recent", "queued", 0);
    expect(await reconciler.runOnce()).toBe(1);
    const job = await queue.getJob(ingestJobId(lost.id));
    expect(job?.data).toEqual({ articleId: lost.id, url: lost.url });
    expect(await queue.getJob(ingestJobId(recent.id))).toBeUndefined();
  });

  it("leaves an article whose job is still waiting alone", async () => {
    const a = await article("https://r.example/waiting", "queued", 60_000);
    await producer.producer.enqueue("ingest-article", { articleId: a.id, url: a.url });
    expect(await reconciler.runOnce()).toBe(0);
    expect(await queue.count()).toBe(1);
  });

  it("stores a failed job's reason on an article its last attempt could not update", async () => {
    const a = await article("https://r.example/failed", "fetching", 60_000);
    // BullMQ's own reason when a job lost its worker too often: no code of ours.
    const b = await article("https://r.example/stalled", "fetching", 60_000);
    await producer.producer.enqueue("ingest-article", { articleId: a.id, url: a.url });
    await producer.producer.enqueue("ingest-article", { articleId: b.id, url: b.url });
    // A worker whose only attempt fails, without touching the database.
    const w = new Worker(
      QUEUES.ingest,
      async (job) => {
        throw new UnrecoverableError(job.data.articleId === a.id ? "server_error: HTTP 503 Service Unavailable" : "job stalled more than allowable limit");
      },
      { connection: producer.redis, prefix },
    );
    await until(async () => (await queue.getJobCounts("failed")).failed === 2, 10_000, "the jobs to fail");
    await w.close();

    expect(await reconciler.runOnce()).toBe(2);
    const row = await db.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "failed", failureCode: "server_error", failureMessage: "HTTP 503 Service Unavailable" });
    const stalled = await db.article.findUniqueOrThrow({ where: { id: b.id } });
    expect(stalled).toMatchObject({ status: "failed", failureCode: "internal", failureMessage: "job stalled more than allowable limit" });
  });
});
