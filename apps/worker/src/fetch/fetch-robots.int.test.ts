import { afterEach, describe, expect, it } from "vitest";
import { createFetcher, type Fetcher } from "./index.js";
import { serve, type Loopback } from "./testing/loopback.js";

// robots.txt: obeyed, cached per origin, and an unavailable file allows.

const RULES = ["User-agent: *", "Disallow: /", "", "User-agent: TallyBot", "Disallow: /private/", "Allow: /"].join("\n");

let open: Array<Loopback | Fetcher> = [];
afterEach(async () => {
  await Promise.all(open.map((x) => x.close()));
  open = [];
});

async function site(robots: { status: number; body?: string }): Promise<Loopback> {
  const s = await serve((req, res) => {
    if (req.url === "/robots.txt") {
      res.writeHead(robots.status, { "content-type": "text/plain" });
      return void res.end(robots.body ?? "");
    }
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<p>page ${req.url}</p>`);
  });
  open.push(s);
  return s;
}

function fetcher(): Fetcher {
  const f = createFetcher({ timeoutMs: 2_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: 0 });
  open.push(f);
  return f;
}

describe("robots.txt", () => {
  it("obeys the group for our product token, not the catch-all", async () => {
    const s = await site({ status: 200, body: RULES });
    const f = fetcher();
    const blocked = await f.fetchPage(`${s.origin}/private/memo`);
    expect(blocked).toEqual({
      ok: false,
      reason: "robots_disallowed",
      retryable: false,
      message: `robots.txt of ${s.origin.replace("http://", "")} disallows /private/memo`,
    });
    expect((await f.fetchPage(`${s.origin}/news/story`)).ok).toBe(true);
    // The disallowed page was never requested.
    expect(s.pages().map((r) => r.path)).toEqual(["/news/story"]);
  });

  it("asks for the page on robots.txt's connection (keep-alive), not on a new one", async () => {
    const s = await site({ status: 200, body: RULES });
    const f = fetcher();
    expect((await f.fetchPage(`${s.origin}/news/one`)).ok).toBe(true);
    expect(s.requests.map((r) => r.path)).toEqual(["/robots.txt", "/news/one"]);
    expect(s.connections()).toBe(1);
  });

  it("fetches robots.txt once per origin, with our User-Agent, even for concurrent pages", async () => {
    const s = await site({ status: 200, body: RULES });
    const f = fetcher();
    const results = await Promise.all(["/a", "/b", "/c"].map((p) => f.fetchPage(`${s.origin}${p}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    await f.fetchPage(`${s.origin}/d`);
    const robots = s.requests.filter((r) => r.path === "/robots.txt");
    expect(robots).toHaveLength(1);
    expect(robots[0]!.headers["user-agent"]).toMatch(/^TallyBot\//);
  });

  it("allows everything when robots.txt is missing (404)", async () => {
    const s = await site({ status: 404 });
    expect((await fetcher().fetchPage(`${s.origin}/private/memo`)).ok).toBe(true);
  });

  it("allows when robots.txt fails with a 5xx, by choice (see robots.ts)", async () => {
    const s = await site({ status: 503, body: "User-agent: *\nDisallow: /" });
    expect((await fetcher().fetchPage(`${s.origin}/news/story`)).ok).toBe(true);
  });

  it("reads a disallow-all for everyone", async () => {
    const s = await site({ status: 200, body: "User-agent: *\nDisallow: /\n" });
    expect(await fetcher().fetchPage(`${s.origin}/anything`)).toMatchObject({ reason: "robots_disallowed" });
  });

  it("checks robots.txt of the origin a redirect leads to", async () => {
    const target = await site({ status: 200, body: "User-agent: TallyBot\nDisallow: /\n" });
    const start = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(301, { location: `${target.origin}/story` });
      res.end();
    });
    open.push(start);
    expect(await fetcher().fetchPage(`${start.origin}/story`)).toMatchObject({ reason: "robots_disallowed" });
    expect(target.pages()).toEqual([]);
  });

  it("checks robots.txt again for a redirect within the same site", async () => {
    const s = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(RULES);
      if (req.url === "/story") return void res.writeHead(302, { location: "/private/story" }).end();
      res.writeHead(200, { "content-type": "text/html" }).end("<p>private</p>");
    });
    open.push(s);
    const r = await fetcher().fetchPage(`${s.origin}/story`);
    expect(r).toMatchObject({ reason: "robots_disallowed", message: expect.stringMatching(/disallows \/private\/story$/) });
    expect(s.pages().map((q) => q.path)).toEqual(["/story"]);
  });

  it("spaces requests to a host by its Crawl-delay, even with our own spacing off", async () => {
    const DELAY = 400;
    const s = await site({ status: 200, body: `User-agent: TallyBot\nCrawl-delay: ${DELAY / 1000}\nDisallow: /private/\n` });
    const f = fetcher(); // perHostIntervalMs 0: only the site's Crawl-delay spaces these
    const results = await Promise.all(["/a", "/b", "/c"].map((p) => f.fetchPage(`${s.origin}${p}`)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    // The k-th page comes at least k delays after the first page's slot; the
    // first arrival can be late on its slot by a connection's set-up, hence
    // half a delay of slack (as in fetch-politeness.int.test.ts). Without the
    // delay all three arrive within a few ms.
    const at = s.pages().map((r) => r.at);
    expect(at).toHaveLength(3);
    for (let k = 1; k < at.length; k++) expect(at[k]! - at[0]!, `page ${k}`).toBeGreaterThanOrEqual(k * DELAY - DELAY / 2);
  });
});
