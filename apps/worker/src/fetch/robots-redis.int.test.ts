import { createServer, type AddressInfo } from "node:net";
import type { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { redisPrefix, testRedisUrl } from "../../../../test/helpers/redis.js";
import { createRedis } from "../redis.js";
import { createFetcher, type Fetcher } from "./index.js";
import { RedisRobotsStore } from "./robots-redis.js";
import { serve, type Loopback } from "./testing/loopback.js";

/*
 * robots.txt answers shared through the real Redis. Each fetcher has its own
 * connection, as two worker processes would: what they share is only what is in Redis.
 */

const prefix = redisPrefix("robots-redis");
const clients: Redis[] = [];
function connection(url = testRedisUrl()): Redis {
  const redis = createRedis(url, "worker");
  redis.on("error", () => {}); // the unavailable-Redis test expects these
  clients.push(redis);
  return redis;
}
let open: Array<Loopback | Fetcher> = [];
afterEach(async () => {
  await Promise.all(open.map((x) => x.close()));
  open = [];
});
afterAll(async () => {
  const redis = connection();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  for (const c of clients) c.disconnect();
});

async function site(robots: { status: number; body?: string }): Promise<Loopback> {
  const s = await serve((req, res) => {
    if (req.url === "/robots.txt") return void res.writeHead(robots.status, { "content-type": "text/plain" }).end(robots.body ?? "");
    res.writeHead(200, { "content-type": "text/html" }).end(`<p>page ${req.url}</p>`);
  });
  open.push(s);
  return s;
}

async function fetcherOn(redis: Redis, robotsTtlMs = 60_000): Promise<Fetcher> {
  await new Promise<void>((resolve) => (redis.status === "ready" ? resolve() : redis.once("ready", () => resolve())));
  const f = createFetcher({ timeoutMs: 2_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: 0, robotsTtlMs, sharedRobots: new RedisRobotsStore(redis, { prefix }) });
  open.push(f);
  return f;
}

const robotsRequests = (s: Loopback) => s.requests.filter((r) => r.path === "/robots.txt").length;

describe("robots.txt shared through Redis", () => {
  it("is read once for two processes, and the second obeys the first one's rules", async () => {
    const s = await site({ status: 200, body: "User-agent: *\nDisallow: /private/\n" });
    const first = await fetcherOn(connection());
    const second = await fetcherOn(connection());
    expect((await first.fetchPage(`${s.origin}/news/a`)).ok).toBe(true);
    expect(await second.fetchPage(`${s.origin}/private/b`)).toMatchObject({ ok: false, reason: "robots_disallowed" });
    expect((await second.fetchPage(`${s.origin}/news/c`)).ok).toBe(true);
    expect(robotsRequests(s)).toBe(1);
    expect(s.pages().map((r) => r.path)).toEqual(["/news/a", "/news/c"]);
  });

  it("shares a missing file (404) as no rules, but not a server error, which each process asks again", async () => {
    const missing = await site({ status: 404 });
    const failing = await site({ status: 503 });
    const first = await fetcherOn(connection());
    const second = await fetcherOn(connection());
    for (const f of [first, second]) {
      expect((await f.fetchPage(`${missing.origin}/news/a`)).ok).toBe(true);
      expect((await f.fetchPage(`${failing.origin}/news/a`)).ok).toBe(true);
    }
    expect(robotsRequests(missing)).toBe(1);
    expect(robotsRequests(failing)).toBe(2);
  });

  it("keeps a shared answer only as long as the TTL of the process that read it", async () => {
    const s = await site({ status: 200, body: "User-agent: *\nAllow: /\n" });
    const first = await fetcherOn(connection(), 150);
    expect((await first.fetchPage(`${s.origin}/news/a`)).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    const second = await fetcherOn(connection(), 150);
    expect((await second.fetchPage(`${s.origin}/news/b`)).ok).toBe(true);
    expect(robotsRequests(s)).toBe(2);
  });

  it("reads robots.txt itself when Redis is not there", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const gone = connection(`redis://127.0.0.1:${port}`);
    const s = await site({ status: 200, body: "User-agent: *\nDisallow: /private/\n" });
    const f = createFetcher({ timeoutMs: 2_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: 0, sharedRobots: new RedisRobotsStore(gone, { prefix }) });
    open.push(f);
    expect(await f.fetchPage(`${s.origin}/private/x`)).toMatchObject({ ok: false, reason: "robots_disallowed" });
    expect((await f.fetchPage(`${s.origin}/news/y`)).ok).toBe(true);
    expect(robotsRequests(s)).toBe(1);
  });
});
