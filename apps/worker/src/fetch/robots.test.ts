import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { fail } from "./failures.js";
import { MAX_CRAWL_DELAY_MS, RobotsCache, type RobotsLoad } from "./robots.js";

function cache(loads: RobotsLoad[], ttlMs = 60_000, retryMs = 60_000) {
  const origins: string[] = [];
  const robots = new RobotsCache({
    token: "TallyBot",
    ttlMs,
    retryMs,
    load: async (origin) => {
      origins.push(origin);
      return loads.shift() ?? { kind: "none", temporary: false };
    },
  });
  return { robots, origins };
}

const url = (u: string) => new URL(u);

describe("RobotsCache", () => {
  it("matches our token's group and caches per origin", async () => {
    const { robots, origins } = cache([{ kind: "rules", text: "User-agent: TallyBot\nDisallow: /x\n" }]);
    expect(await robots.check(url("https://a.example/x/1"))).toEqual({ ok: true, allowed: false });
    expect(await robots.check(url("https://a.example/y"))).toEqual({ ok: true, allowed: true });
    await robots.check(url("http://a.example/x/1")); // another scheme is another origin
    expect(origins).toEqual(["https://a.example", "http://a.example"]);
  });

  it("asks again after the TTL", async () => {
    const { robots, origins } = cache([], 1);
    await robots.check(url("https://a.example/"));
    await sleep(5);
    await robots.check(url("https://a.example/"));
    expect(origins).toHaveLength(2);
  });

  it("keeps an 'unavailable' answer only for the retry period", async () => {
    const { robots, origins } = cache([{ kind: "none", temporary: true }], 60_000, 1);
    expect(await robots.check(url("https://a.example/"))).toEqual({ ok: true, allowed: true });
    await sleep(5);
    await robots.check(url("https://a.example/"));
    expect(origins).toHaveLength(2);
  });

  it("passes a refused address on instead of allowing", async () => {
    const refusal = fail("address_refused", "refused to fetch from a.example (127.0.0.1): loopback address");
    const { robots } = cache([{ kind: "refused", failure: refusal }]);
    expect(await robots.check(url("https://a.example/"))).toBe(refusal);
  });

  it("passes a postponed load on and asks again at the next check", async () => {
    const away = fail("redis_unavailable", "the shared request schedule for a.example (Redis) did not answer");
    const { robots, origins } = cache([{ kind: "postponed", failure: away }, { kind: "rules", text: "User-agent: *\nDisallow: /\n" }]);
    expect(await robots.check(url("https://a.example/"))).toBe(away);
    expect(await robots.check(url("https://a.example/"))).toEqual({ ok: true, allowed: false });
    expect(origins).toHaveLength(2);
  });

  it("reads Crawl-delay of our token's group, in milliseconds", async () => {
    const text = "User-agent: *\nCrawl-delay: 9\n\nUser-agent: TallyBot\nCrawl-delay: 2.5\nDisallow: /x\n";
    const { robots } = cache([{ kind: "rules", text }]);
    expect(await robots.check(url("https://a.example/y"))).toEqual({ ok: true, allowed: true, crawlDelayMs: 2_500 });
    expect(await robots.check(url("https://a.example/x"))).toEqual({ ok: true, allowed: false, crawlDelayMs: 2_500 });
  });

  it("falls back to the catch-all group's Crawl-delay", async () => {
    const { robots } = cache([{ kind: "rules", text: "User-agent: *\nCrawl-delay: 3\n" }]);
    expect(await robots.check(url("https://a.example/"))).toEqual({ ok: true, allowed: true, crawlDelayMs: 3_000 });
  });

  it("caps a hostile Crawl-delay and ignores zero, negative and unreadable ones", async () => {
    const decide = async (line: string) => (await cache([{ kind: "rules", text: `User-agent: *\n${line}\n` }]).robots.check(url("https://a.example/")));
    expect(MAX_CRAWL_DELAY_MS).toBe(30_000);
    expect(await decide("Crawl-delay: 86400")).toEqual({ ok: true, allowed: true, crawlDelayMs: MAX_CRAWL_DELAY_MS });
    expect(await decide("Crawl-delay: Infinity")).toEqual({ ok: true, allowed: true, crawlDelayMs: MAX_CRAWL_DELAY_MS });
    for (const line of ["Crawl-delay: 0", "Crawl-delay: -5", "Crawl-delay: soon", "Crawl-delay:"]) {
      expect(await decide(line), line).toEqual({ ok: true, allowed: true });
    }
  });
});
