import { QUEUES, ingestJobId } from "@tally/core";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, fixtureClaims, seedDashboard } from "@tally/db/testing";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { ensureBuilt, startWebServer, type WebServer } from "./server.js";

/**
 * The HTTP API against the built app, a real PostgreSQL (this run's fresh
 * database, seeded with the dashboard fixture) and a real Redis (a prefix of
 * this file's own).
 */

const db = testDb();
const prefix = redisPrefix("api");
let server: WebServer;
let ids: Record<string, string>;
let redis: Redis;
let queue: Queue;

beforeAll(async () => {
  await resetDb(db);
  ids = await seedDashboard(db);
  ensureBuilt();
  server = await startWebServer({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix });
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  queue = new Queue(QUEUES.ingest, { connection: redis, prefix });
});

afterAll(async () => {
  await server?.stop();
  await queue?.obliterate({ force: true });
  await queue?.close();
  redis?.disconnect();
});

async function get(pathAndQuery: string): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const res = await fetch(server.url + pathAndQuery);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV or HTML
  }
  return { status: res.status, body, headers: res.headers, text };
}

async function post(path: string, payload: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
  return { status: res.status, body: await res.json() };
}

describe("GET /api/health", () => {
  it("answers 200 with both parts up and the queue's counts", async () => {
    const r = await get("/api/health");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, db: "up", redis: "up", queue: { waiting: 0, active: 0, failed: 0 } });
  });
});

describe("GET /api/claims", () => {
  it("lists claims with their article, newest first", async () => {
    const r = await get("/api/claims");
    expect(r.status).toBe(200);
    expect(r.body.claims).toHaveLength(fixtureClaims().length);
    expect(r.body.nextCursor).toBeNull();
    expect(r.body.claims[0]).toMatchObject({ asOf: "2025-02-10", isEcho: true, articleUrl: "https://ledger.example/kursk-losses-reprint", outlet: "Kyiv Ledger" });
    for (const key of ["id", "articleId", "articleUrl", "outlet", "publishedAt", "metric", "party", "item", "value", "qualifier", "low", "high", "attributedTo", "sourceParty", "asOf", "sentence", "start", "end"]) {
      expect(r.body.claims[0]).toHaveProperty(key);
    }
  });

  it("filters, and pages by cursor", async () => {
    const r = await get("/api/claims?metric=killed&party=KP&excludeEchoes=true&limit=2");
    expect(r.body.claims.map((c: { asOf: string }) => c.asOf)).toEqual(["2025-01-28", "2025-01-15"]);
    expect(r.body.nextCursor).toEqual(expect.any(String));
    const next = await get(`/api/claims?metric=killed&party=KP&excludeEchoes=true&limit=2&cursor=${encodeURIComponent(r.body.nextCursor)}`);
    expect(next.body.claims.map((c: { asOf: string }) => c.asOf)).toEqual(["2024-12-19"]);
    expect(next.body.nextCursor).toBeNull();
  });

  it("streams CSV with a header row", async () => {
    const r = await get("/api/claims?format=csv&metric=killed&party=KP");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = r.text.trim().split("\n");
    expect(lines[0]).toBe(
      "id,metric,party,item,value,qualifier,low,high,attributedTo,sourceParty,asOf,sentence,start,end,sentiment,isEcho,articleId,articleUrl,outlet,publishedAt",
    );
    expect(lines).toHaveLength(1 + 4);
    expect(lines.find((l) => l.includes("Western officials"))).toContain(",range,200,400,Western officials,,2025-01-28,");
    expect(lines[1]).toContain(",true,"); // the echo comes first and says so
  });

  it("exports every page when no limit is given, and one page when it is", async () => {
    const all = await get("/api/claims?format=csv");
    expect(all.text.trim().split("\n")).toHaveLength(1 + fixtureClaims().length);
    // A field holding a comma is quoted.
    expect(all.text).toContain(`,"South Korea's spy agency says some 11,000 North Korean soldiers are now in Russia.",`);
    const one = await get("/api/claims?format=csv&limit=3");
    expect(one.text.trim().split("\n")).toHaveLength(1 + 3);
  });

  it("answers 400 naming the field for bad input", async () => {
    for (const [query, field] of [
      ["metric=deaths", "metric"],
      ["party=Korea", "party"],
      ["limit=0", "limit"],
      ["limit=501", "limit"],
      ["limit=ten", "limit"],
      ["from=2025-02-30", "from"],
      ["to=yesterday", "to"],
      ["format=xml", "format"],
      ["cursor=garbage", "cursor"],
    ] as const) {
      const r = await get(`/api/claims?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.code, query).toBe("invalid_input");
      expect(r.body.error.message, query).toMatch(new RegExp(`^${field}\\b`));
    }
  });
});

describe("GET /api/series", () => {
  it("answers bucketed points for a chart", async () => {
    const r = await get("/api/series?metric=killed&party=KP&by=sourceParty&bucket=month");
    expect(r.status).toBe(200);
    expect(r.body.points).toEqual([
      { t: "2024-12-01", key: "KR", value: 100, low: 100, high: 100, claims: 1 },
      { t: "2025-01-01", key: "UA", value: 300, low: 300, high: 300, claims: 1 },
      { t: "2025-01-01", key: null, value: 300, low: 200, high: 400, claims: 1 },
    ]);
    const byOutlet = await get("/api/series?metric=killed&by=outlet&bucket=month&from=2025-01");
    expect(byOutlet.body.points.map((p: { key: string }) => p.key)).toEqual(["Kyiv Ledger", "Seoul Wire"]);
  });

  it("needs a metric and a known bucket", async () => {
    const r = await get("/api/series?party=KP");
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^metric\b/);
    const b = await get("/api/series?metric=killed&bucket=year");
    expect(b.status).toBe(400);
    expect(b.body.error.message).toMatch(/^bucket\b/);
  });
});

describe("the dashboard's other reads", () => {
  it("GET /api/headline gives each party's latest personnel figures", async () => {
    const r = await get("/api/headline");
    expect(r.body.figures.map((f: { party: string; metric: string; claim: { value: number } }) => [f.party, f.metric, f.claim.value])).toEqual([
      ["KP", "killed", 300],
      ["KP", "wounded", 1000],
      ["UA", "casualties", 76550],
    ]);
  });

  it("GET /api/headline honours the claim filters, and names a bad one", async () => {
    const figures = async (q: string) =>
      (await get(`/api/headline${q}`)).body.figures.map((f: { party: string; metric: string; claim: { value: number; attributedTo: string } }) => [
        f.party,
        f.metric,
        f.claim.value,
        f.claim.attributedTo,
      ]);
    expect(await figures("?sourceParty=ua")).toEqual([["KP", "killed", 300, "Ukraine's military intelligence"]]);
    expect(await figures("?outlet=Seoul%20Wire&metric=killed")).toEqual([["KP", "killed", 300, "Western officials"]]);
    expect(await figures("?to=2024-12")).toEqual([
      ["KP", "killed", 100, "South Korea's spy agency"],
      ["KP", "wounded", 1000, "South Korea's spy agency"],
    ]);
    expect(await figures("?metric=troops_deployed")).toEqual([["KP", "troops_deployed", 11000, "South Korea's spy agency"]]);
    const bad = await get("/api/headline?sourceParty=Ukraine");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^sourceParty\b/);
  });

  it("GET /api/disagreements puts the widest spread first, and needs metric and party", async () => {
    const r = await get("/api/disagreements?metric=killed&party=kp");
    expect(r.body.periods[0]).toMatchObject({ period: "2025-01", low: 200, high: 400, spread: 200, sources: 2 });
    const bad = await get("/api/disagreements?metric=killed");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^party\b/);
  });

  it("GET /api/sentiment averages tone by outlet", async () => {
    const r = await get("/api/sentiment?by=outlet&bucket=month&from=2025-01&to=2025-01");
    expect(r.body.points.map((p: { key: string }) => p.key)).toEqual(["Kyiv Ledger", "Moscow Bulletin", "Seoul Wire"]);
  });
});

describe("GET /api/articles", () => {
  it("lists articles newest first with status, error, claim count, tone and duplicate", async () => {
    const r = await get("/api/articles");
    expect(r.status).toBe(200);
    expect(r.body.articles.map((a: { id: string }) => a.id)).toEqual(ARTICLES.map((a) => ids[a.key]).reverse());
    const failed = r.body.articles.find((a: { status: string }) => a.status === "failed");
    expect(failed.error).toEqual({ code: "http_error", message: "HTTP 404 from gone.example" });
    const echo = r.body.articles.find((a: { id: string }) => a.id === ids.echo);
    expect(echo).toMatchObject({ duplicateOf: ids.hur, claimCount: 1, outlet: "Kyiv Ledger", sentiment: { score: -0.5, label: "negative" } });
  });

  it("filters by status and pages", async () => {
    const done = await get("/api/articles?status=done&limit=3");
    expect(done.body.articles).toHaveLength(3);
    const rest = await get(`/api/articles?status=done&limit=3&cursor=${done.body.nextCursor}`);
    expect(rest.body.articles).toHaveLength(2);
    expect(rest.body.nextCursor).toBeNull();
    const bad = await get("/api/articles?status=finished");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^status\b/);
  });

  it("GET /api/articles/:id gives the text and its claims, 404 otherwise", async () => {
    const r = await get(`/api/articles/${ids.deploy}`);
    expect(r.status).toBe(200);
    expect(r.body.text).toContain("some 11,000 North Korean soldiers");
    expect(r.body.claims).toHaveLength(3);
    for (const c of r.body.claims) expect(r.body.text.slice(c.start, c.end)).toBe(c.sentence);
    for (const id of ["00000000-0000-7000-8000-000000000000", "nope", "%E2%9C%93"]) {
      const missing = await get(`/api/articles/${id}`);
      expect(missing.status, id).toBe(404);
      expect(missing.body.error.code).toBe("not_found");
    }
  });
});

describe("POST /api/articles", () => {
  it("accepts valid URLs (queued once), rejects the rest with reasons", async () => {
    const known = ARTICLES.find((a) => a.key === "mod")?.url as string;
    const r = await post("/api/articles", {
      urls: ["https://news.example/a-new-story?utm_source=feed", "not a url", "ftp://files.example/x", known, "https://news.example/a-new-story"],
    });
    expect(r.status).toBe(202);
    expect(r.body.rejected.map((x: { url: string }) => x.url)).toEqual(["not a url", "ftp://files.example/x"]);
    for (const x of r.body.rejected) expect(x.error).toEqual({ code: "invalid_url", message: expect.any(String) });
    const [fresh, old, again] = r.body.accepted;
    expect(fresh).toMatchObject({ url: "https://news.example/a-new-story?utm_source=feed", status: "queued" });
    expect(old).toMatchObject({ url: known, id: ids.mod, status: "done" });
    expect(again.id).toBe(fresh.id);

    const job = await queue.getJob(ingestJobId(fresh.id));
    expect(job?.data).toEqual({ articleId: fresh.id, url: "https://news.example/a-new-story" });
    expect(await queue.getJob(ingestJobId(ids.mod as string))).toBeUndefined();
    expect(await queue.getWaitingCount()).toBe(1);

    // The same URL again is known now: accepted with its status, no second job.
    const twice = await post("/api/articles", { urls: ["https://news.example/a-new-story"] });
    expect(twice.body.accepted).toMatchObject([{ url: "https://news.example/a-new-story", id: fresh.id, status: "queued" }]);
    expect(await queue.getWaitingCount()).toBe(1);
  });

  it("answers 413 beyond 1,000 URLs and 400 for a bad body", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `https://many.example/${i}`);
    const big = await post("/api/articles", { urls: many });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("too_large");
    for (const [payload, field] of [
      ["{not json", "body"],
      [{ url: "https://x.example/" }, "urls"],
      [{ urls: [] }, "urls"],
      [{ urls: [42] }, "urls.0"],
    ] as const) {
      const r = await post("/api/articles", payload);
      expect(r.status, JSON.stringify(payload)).toBe(400);
      expect(r.body.error.message.startsWith(field), r.body.error.message).toBe(true);
    }
  });
});

describe("POST from a browser", () => {
  it("refuses another site's page and accepts the dashboard's own", async () => {
    const send = (origin: string) =>
      fetch(`${server.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ urls: ["https://origin.example/story"] }),
      });
    const foreign = await send("https://evil.example");
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: "forbidden" } });
    const retry = await fetch(`${server.url}/api/articles/retry`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ all: true }),
    });
    expect(retry.status).toBe(403);
    expect((await send(server.url)).status).toBe(202);
  });

  it("takes the queue form's lines without scripts and goes back to /queue", async () => {
    const res = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
      body: new URLSearchParams({ urls: "https://form.example/one\r\n\r\nnot a url\nhttps://form.example/two\n" }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/queue?accepted=2&rejected=1");
    const listed = await get("/api/articles?status=queued&limit=500");
    const urls = listed.body.articles.map((a: { url: string }) => a.url);
    expect(urls).toEqual(expect.arrayContaining(["https://form.example/one", "https://form.example/two"]));
  });
});

describe("the queue page's API", () => {
  it("GET /api/queue gives counts by status and failed articles with reasons", async () => {
    const r = await get("/api/queue");
    expect(r.status).toBe(200);
    expect(r.body.articles.failed).toBe(1);
    expect(r.body.jobs).toMatchObject({ waiting: expect.any(Number), active: 0 });
    expect(r.body.failed).toEqual([
      { id: ids.failed, url: "https://gone.example/missing-page", code: "http_error", message: "HTTP 404 from gone.example", failedAt: expect.any(String) },
    ]);
  });

  it("POST /api/articles/retry queues failed articles again", async () => {
    const bad = await post("/api/articles/retry", { ids: ["nope"] });
    expect(bad.status).toBe(400);
    const r = await post("/api/articles/retry", { ids: [ids.failed, ids.mod] });
    expect(r.status).toBe(202);
    expect(r.body.retried).toEqual([{ id: ids.failed, url: "https://gone.example/missing-page", status: "queued" }]);
    expect((await queue.getJob(ingestJobId(ids.failed as string)))?.data.articleId).toBe(ids.failed);
    const after = await get("/api/queue");
    expect(after.body.articles.failed).toBe(0);
    expect(after.body.failed).toEqual([]);
  });
});

describe("the overview's server HTML", () => {
  /** The text of the element that follows `marker` up to the end of its section (cards or equipment). */
  const section = (html: string, id: string) => {
    const at = html.indexOf(`id="${id}"`);
    return at < 0 ? "" : html.slice(at, html.indexOf("</section>", at));
  };

  it("has headline cards that honour the same filters as the charts", async () => {
    const cards = async (q: string) => section((await get(`/${q}`)).text, "headline-title");
    // Unfiltered, North Korea's latest killed figure is the Western estimate of 200–400.
    expect(await cards("")).toContain("200–400");
    // From Ukraine's sources, it is their ~300; from South Korea's, "at least 100" and the wounded.
    const ua = await cards("?sourceParty=UA");
    expect(ua).toContain("~300");
    expect(ua).not.toContain("200–400");
    const kr = await cards("?sourceParty=KR");
    expect(kr).toContain("≥ 100");
    expect(kr).toContain("~1,000");
    expect(kr).not.toContain("~300");
    // A party the figures are not about: no cards at all.
    expect(await cards("?party=RU")).toBe("");
  });

  it("draws each side's highest equipment figure, however many newer, lower ones there are", async () => {
    const tanks = async (q = "") => {
      const html = section((await get(`/${q}`)).text, "equipment-title");
      return /<tr data-item="tanks">.*?<td[^>]*data-party="RU"[^>]*>(.*?)<\/td>/s.exec(html)?.[1] ?? null;
    };
    expect(await tanks()).toMatch(/>12</);
    // Older and higher than 600 newer figures: more than the 500 most recent claims the page once read.
    await db.$executeRaw`
      INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high, source_party,
                         as_of, as_of_precision, sentence, start, "end")
      SELECT gen_random_uuid(), ${ids.hur}::uuid, 100 + g, 'equipment_lost', 'RU', 'tanks', CASE WHEN g = 0 THEN 1020 ELSE g % 11 END,
             'exact', NULL, NULL, 'UA', DATE '2024-06-01' + g, 'day', 'Russia has lost 12 tanks in the sector this week.', 0, 10
      FROM generate_series(0, 600) g`;
    try {
      const cell = await tanks();
      expect(cell).toMatch(/>1,020</);
      expect(cell).toContain("the highest of 602 figures");
      // The filters apply: Ukraine's sources alone gave the 1,020, the outlet-less fixture figure of 12 drops out.
      expect(await tanks("?sourceParty=UA")).toContain("the highest of 601 figures");
      expect(await tanks("?to=2024-06-30")).toMatch(/>1,020</);
      expect(await tanks("?from=2025-01-01&to=2025-01-31")).toMatch(/>12</);
    } finally {
      await db.$executeRaw`DELETE FROM claim WHERE ordinal >= 100`;
    }
  });
});

describe("unknown API paths", () => {
  it("answer a JSON 404", async () => {
    const r = await get("/api/nothing/here");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("not_found");
  });
});

describe("no query string produces a 500", () => {
  const routes = ["/api/claims", "/api/series", "/api/articles", "/api/sentiment", "/api/disagreements", "/api/headline", "/api/queue"];
  const queries = [
    "",
    "?",
    "?metric=",
    "?metric=killed&metric=%00",
    "?party=%F0%9F%92%A5",
    "?from=0000-00-00",
    "?from=9999-12-31&to=0001-01-01",
    "?limit=-1",
    "?limit=1e309",
    "?limit=3.5",
    "?cursor=%5B%5D",
    "?cursor=" + Buffer.from('["2025-01-01","not-a-uuid"]').toString("base64url"),
    "?cursor=" + Buffer.from('["2025-01-01T00:00:00.000Z","00000000-0000-7000-8000-000000000000"]').toString("base64url"),
    "?outlet=" + "x".repeat(5000),
    "?outlet=%27%3B%20DROP%20TABLE%20claim%3B--",
    "?by=__proto__&bucket=constructor",
    "?metric=killed&by=outlet&bucket=day&party=ua&sourceParty=ru&item=tanks&excludeEchoes=yes",
    "?status=done&status=failed",
    "?%E0%A4%A=1",
  ];
  it("answers every odd query with a 2xx or a 4xx", async () => {
    for (const route of routes) {
      for (const q of queries) {
        const r = await get(route + q);
        expect(r.status, `${route}${q} → ${r.text.slice(0, 200)}`).toBeLessThan(500);
        if (r.status >= 400) expect(r.body?.error?.code, `${route}${q}`).toEqual(expect.any(String));
      }
    }
    const stillThere = await get("/api/claims?limit=1");
    expect(stillThere.body.claims).toHaveLength(1);
  });
});

describe("CSV export of many pages", () => {
  it("streams every claim once when there are more than a page's worth", async () => {
    // 1,234 more claims (an echo-free generated batch on one article): three pages of 500.
    await db.$executeRaw`
      INSERT INTO claim (id, article_id, ordinal, metric, party, value, qualifier, low, high, as_of, as_of_precision, sentence, start, "end")
      SELECT gen_random_uuid(), ${ids.mod}::uuid, 100 + g, 'casualties', 'UA', g, 'exact', g, g,
             DATE '2024-06-01' + (g % 40), 'day', 'Generated figure ' || g || ', for paging.', 0, 10
      FROM generate_series(1, 1234) g`;
    const r = await get("/api/claims?format=csv&metric=casualties");
    const lines = r.text.trim().split("\n").slice(1);
    expect(lines).toHaveLength(1234 + 1);
    const idsSeen = new Set(lines.map((l) => l.split(",")[0]));
    expect(idsSeen.size).toBe(1234 + 1);
    expect(lines.filter((l) => l.includes('"Generated figure 1234, for paging."'))).toHaveLength(1);
  });
});
