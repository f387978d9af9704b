import { addUrls, getArticleStatusByUrls, type AddUrlsResult, type ArticleProgress, type Db } from "@tally/db";
import { canonicalUrl } from "@tally/core";
import { pino } from "pino";
import { createRedis } from "../../src/redis.js";
import { createProducer, type JobOverrides, type Producer } from "../../src/queues/enqueue.js";
import { startWorker, type RunningWorker, type WorkerConfig } from "../../src/worker.js";
import type { Redis } from "ioredis";

/** Quiet logs in tests unless TEST_LOG_LEVEL asks for them. */
export const testLogger = () => pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

/**
 * Settings that make the pipeline fast enough to test: short fetch timeout,
 * no per-host spacing (every page is on one loopback host), millisecond
 * backoff, a short lock so a dead worker's job is taken over in seconds.
 */
export function testWorkerConfig(over: Partial<WorkerConfig> & Pick<WorkerConfig, "databaseUrl" | "redisUrl" | "prefix">): WorkerConfig {
  return {
    logger: testLogger(),
    reconcile: false,
    ...over,
    fetcher: { timeoutMs: 1_000, maxBytes: 5_000_000, allowPrivate: true, perHostIntervalMs: 0, ...over.fetcher },
    worker: { concurrency: 4, backoffDelay: 50, lockDuration: 4_000, stalledInterval: 1_000, ...over.worker },
  };
}

/** A producer on its own connection, as `tally add` or the web app would have. */
export function testProducer(redisUrl: string, prefix: string): { producer: Producer; redis: Redis; close(): Promise<void> } {
  const redis = createRedis(redisUrl, "worker");
  redis.on("error", () => {}); // tests that stop Redis expect these
  const producer = createProducer({ redis, prefix });
  return {
    producer,
    redis,
    async close() {
      await producer.close();
      redis.disconnect();
    },
  };
}

/** Drops URLs the way `tally add` does. */
export function drop(db: Db, producer: Producer, urls: string[], overrides?: JobOverrides): Promise<AddUrlsResult> {
  return addUrls({ db, enqueue: (a) => producer.enqueue("ingest-article", { articleId: a.id, url: a.url }, overrides) }, urls);
}

/** Waits until every URL's article is done or failed; returns them in order. */
export async function waitFinal(db: Db, urls: string[], timeoutMs = 30_000): Promise<ArticleProgress[]> {
  const canon = urls.map((u) => {
    const c = canonicalUrl(u);
    if (!c.ok) throw new Error(`bad test URL ${u}`);
    return c.value;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await getArticleStatusByUrls(db, canon);
    if (rows.length === new Set(canon).size && rows.every((r) => r.status === "done" || r.status === "failed")) {
      const byUrl = new Map(rows.map((r) => [r.url, r]));
      return canon.map((c) => byUrl.get(c)!);
    }
    if (Date.now() > deadline) {
      throw new Error(`not final after ${timeoutMs} ms: ${rows.map((r) => `${r.url}=${r.status}`).join(", ")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `check` holds, polling. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type { RunningWorker };
export { startWorker };
