import { createServer, type AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisPrefix, testRedisUrl } from "../../../../test/helpers/redis.js";
import { createRedis } from "../redis.js";
import { createFetcher } from "./index.js";
import { HostScheduleUnavailableError, RedisHostScheduler } from "./politeness-redis.js";
import { serve, type Loopback } from "./testing/loopback.js";

/*
 * The shared per-host schedule against the real Redis. Each scheduler has
 * its own connection, as two worker processes would: what they share is only
 * what is in Redis.
 */

const INTERVAL = 300;
const prefix = redisPrefix("politeness-redis");

const clients: Redis[] = [];
function connection(url = testRedisUrl(), role: "worker" | "producer" = "worker"): Redis {
  const redis = createRedis(url, role);
  redis.on("error", () => {}); // the unavailable-Redis tests expect these
  clients.push(redis);
  return redis;
}
afterAll(async () => {
  const redis = connection();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  for (const c of clients) c.disconnect();
});

/** A redis:// URL where nothing listens (a port that was just free). */
async function deadRedisUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `redis://127.0.0.1:${port}`;
}

let host = 0;
/** A host name no other test uses, so no slot is left over from another test. */
const freshHost = () => `host-${++host}.example`;

describe("RedisHostScheduler", () => {
  it("spaces two schedulers' requests to one host by the interval, and does not delay another host", async () => {
    const first = new RedisHostScheduler(connection(), { prefix });
    const second = new RedisHostScheduler(connection(), { prefix });
    const [a, b] = [freshHost(), freshHost()];
    const t0 = performance.now();
    const at = (p: Promise<void>) => p.then(() => performance.now() - t0);
    const [a1, a2, a3, a4, b1] = await Promise.all([
      at(first.wait(a, INTERVAL)),
      at(second.wait(a, INTERVAL)),
      at(first.wait(a, INTERVAL)),
      at(second.wait(a, INTERVAL)),
      at(second.wait(b, INTERVAL)),
    ]);
    // The four slots are the first reservation's Redis time plus 0, 1, 2 and
    // 3 intervals, and nobody goes before their slot; which process got which
    // slot depends on which reached Redis first, so compare in time order.
    // Redis and this process read the same clock in whole milliseconds: 2 ms
    // of slack for the rounding. Without sharing, two would go at once.
    const starts = [a1!, a2!, a3!, a4!].sort((x, y) => x - y);
    for (let k = 1; k < 4; k++) expect(starts[k]!, `start ${k}`).toBeGreaterThanOrEqual(k * INTERVAL - 2);
    expect(b1!, "the other host").toBeLessThan(INTERVAL);
  });

  it("serves one process's callers in the order they called", async () => {
    const scheduler = new RedisHostScheduler(connection(), { prefix });
    const h = freshHost();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => scheduler.wait(h, 50).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });

  it("keeps a host's key only until its next slot has passed", async () => {
    const redis = connection();
    const scheduler = new RedisHostScheduler(redis, { prefix });
    const h = freshHost();
    await scheduler.wait(h, INTERVAL);
    const key = scheduler.keyFor(h);
    expect(key.startsWith(`${prefix}:`)).toBe(true);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(INTERVAL);
    await sleep(INTERVAL + 50);
    expect(await redis.exists(key)).toBe(0);
  });

  it("neither waits nor writes with interval 0", async () => {
    const redis = connection();
    const scheduler = new RedisHostScheduler(redis, { prefix });
    const h = freshHost();
    for (let i = 0; i < 20; i++) await scheduler.wait(h, 0);
    expect(await redis.exists(scheduler.keyFor(h))).toBe(0);
  });

  it("gives up waiting when aborted", async () => {
    const scheduler = new RedisHostScheduler(connection(), { prefix });
    const h = freshHost();
    await scheduler.wait(h, 10_000);
    const controller = new AbortController();
    const pending = scheduler.wait(h, 10_000, controller.signal);
    setTimeout(() => controller.abort(new Error("job cancelled")), 50);
    const t0 = performance.now();
    await expect(pending).rejects.toThrow("job cancelled");
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("rejects with HostScheduleUnavailableError when Redis does not answer in time", async () => {
    // The worker's own kind of connection: it queues commands while Redis is away.
    const scheduler = new RedisHostScheduler(connection(await deadRedisUrl(), "worker"), { prefix, replyTimeoutMs: 300 });
    const t0 = performance.now();
    const error = await scheduler.wait(freshHost(), INTERVAL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostScheduleUnavailableError);
    expect((error as Error).message).toMatch(/\(Redis\) did not answer within 300 ms; not fetching without it/);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("rejects with HostScheduleUnavailableError when Redis fails the command", async () => {
    // A connection that fails commands at once instead of queueing them.
    const scheduler = new RedisHostScheduler(connection(await deadRedisUrl(), "producer"), { prefix, replyTimeoutMs: 10_000 });
    const error = await scheduler.wait(freshHost(), INTERVAL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostScheduleUnavailableError);
    expect((error as Error).message).toMatch(/\(Redis\) failed: /);
  });

  it("reloads its script when Redis has forgotten it", async () => {
    const redis = connection();
    const scheduler = new RedisHostScheduler(redis, { prefix });
    await scheduler.wait(freshHost(), 10);
    await redis.script("FLUSH");
    await expect(scheduler.wait(freshHost(), 10)).resolves.toBeUndefined();
  });
});

describe("two fetchers sharing the schedule in Redis", () => {
  let site: Loopback;
  beforeAll(async () => {
    site = await serve((req, res) => {
      res.writeHead(req.url === "/robots.txt" ? 404 : 200, { "content-type": "text/html" });
      res.end(`<p>${req.url}</p>`);
    });
  });
  afterAll(() => site.close());

  const fetcherOn = (redis: Redis) =>
    createFetcher({
      timeoutMs: 5_000,
      maxBytes: 100_000,
      allowPrivate: true,
      perHostIntervalMs: INTERVAL,
      hostScheduler: new RedisHostScheduler(redis, { prefix, replyTimeoutMs: 300 }),
    });

  it("space their requests to one site as one fetcher would", async () => {
    const [f1, f2] = [fetcherOn(connection()), fetcherOn(connection())];
    try {
      const results = await Promise.all([
        f1.fetchPage(`${site.origin}/1`),
        f2.fetchPage(`${site.origin}/2`),
        f1.fetchPage(`${site.origin}/3`),
        f2.fetchPage(`${site.origin}/4`),
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    } finally {
      await Promise.all([f1.close(), f2.close()]);
    }
    // Each fetcher read robots.txt once (its own cache), then two pages: six
    // requests on one schedule, so the k-th arrival comes at least k
    // intervals after the first slot. The first arrival can be late on its
    // slot by a connection's set-up, hence half an interval of slack (as in
    // fetch-politeness.int.test.ts). Without sharing, requests arrive in pairs.
    const seen = site.requests.map((r) => r.at).sort((x, y) => x - y);
    expect(seen).toHaveLength(6);
    for (let k = 1; k < seen.length; k++) expect(seen[k]! - seen[0]!, `request ${k}`).toBeGreaterThanOrEqual(k * INTERVAL - INTERVAL / 2);
  });

  it("fail a page as redis_unavailable (retryable) without requesting anything when Redis is away", async () => {
    const before = site.requests.length;
    const f = fetcherOn(connection(await deadRedisUrl(), "worker"));
    try {
      const r = await f.fetchPage(`${site.origin}/5`);
      expect(r).toMatchObject({ ok: false, reason: "redis_unavailable", retryable: true });
      expect(!r.ok && r.message).toMatch(/shared request schedule/);
    } finally {
      await f.close();
    }
    expect(site.requests.length).toBe(before);
  });
});
