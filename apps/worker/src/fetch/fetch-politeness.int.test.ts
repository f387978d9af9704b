import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "./index.js";
import { serve, type Loopback } from "./testing/loopback.js";

// Per-host politeness, measured where it matters: at the servers.

const INTERVAL = 400;

const page = (label: string) => (req: { url?: string }, res: import("node:http").ServerResponse) => {
  res.writeHead(req.url === "/robots.txt" ? 404 : 200, { "content-type": "text/html" });
  res.end(`<p>${label} ${req.url}</p>`);
};

let hostA: Loopback; // 127.0.0.1
let hostB: Loopback; // 127.0.0.2: another host name, so another schedule

beforeAll(async () => {
  hostA = await serve(page("A"), "127.0.0.1");
  hostB = await serve(page("B"), "127.0.0.2");
});
afterAll(async () => {
  await Promise.all([hostA.close(), hostB.close()]);
});

describe("per-host politeness", () => {
  it("spaces requests to one host and lets another host proceed meanwhile", async () => {
    const f = createFetcher({ timeoutMs: 5_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: INTERVAL });
    try {
      const results = await Promise.all([
        f.fetchPage(`${hostA.origin}/1`),
        f.fetchPage(`${hostA.origin}/2`),
        f.fetchPage(`${hostA.origin}/3`),
        f.fetchPage(`${hostB.origin}/1`),
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    } finally {
      await f.close();
    }

    // Host A saw robots.txt and three pages, spaced. The fetcher spaces the
    // starts of requests; the server sees arrivals, and the first arrival
    // also carries a fresh connection's set-up, so the gaps seen here can be
    // shorter than the interval by a few tens of ms. Half the interval is a
    // generous floor that still fails outright without politeness (~1 ms gaps).
    expect(hostA.requests.map((r) => r.path)).toEqual(["/robots.txt", "/1", "/2", "/3"]);
    const a = hostA.requests.map((r) => r.at);
    for (let i = 1; i < a.length; i++) expect(a[i]! - a[i - 1]!, `gap before request ${i}`).toBeGreaterThanOrEqual(INTERVAL / 2);
    // Over the three gaps, the slack cannot accumulate: the total is close to three intervals.
    expect(a[3]! - a[0]!).toBeGreaterThanOrEqual(3 * INTERVAL - INTERVAL / 2);

    // Host B did not queue behind A: its page came before A's second page,
    // which A's schedule holds back by a full interval after its first.
    expect(hostB.requests.map((r) => r.path)).toEqual(["/robots.txt", "/1"]);
    const bPage = hostB.requests[1]!.at;
    expect(bPage).toBeLessThan(hostA.requests[2]!.at);
  });

  it("keeps the schedule of the host a redirect leads to", async () => {
    const target = await serve(page("T"), "127.0.0.3");
    const start = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(302, { location: `${target.origin}/moved` }).end();
    }, "127.0.0.4");
    const f = createFetcher({ timeoutMs: 5_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: INTERVAL });
    try {
      // Both hosts at once: each reads its robots.txt, then /direct and /old
      // go in their hosts' second slots, and /old redirects into the target.
      const results = await Promise.all([f.fetchPage(`${target.origin}/direct`), f.fetchPage(`${start.origin}/old`)]);
      expect(results.map((r) => r.ok)).toEqual([true, true]);
    } finally {
      await Promise.all([f.close(), target.close(), start.close()]);
    }
    // The redirected request waited for the target's third slot (robots.txt,
    // /direct, /moved) instead of following at once, which would bring it
    // right after /direct, one interval after the first slot. Slack as above.
    expect(target.requests.map((r) => r.path)).toEqual(["/robots.txt", "/direct", "/moved"]);
    const at = target.requests.map((r) => r.at);
    expect(at[2]! - at[0]!).toBeGreaterThanOrEqual(2 * INTERVAL - INTERVAL / 2);
  });
});
