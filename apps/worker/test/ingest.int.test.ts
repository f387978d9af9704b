import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleClaims } from "@tally/db";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { articleHtml, KURSK_REPORT, KURSK_SYNDICATED, LOSS_REPORT } from "./helpers/pages.js";
import { html, startPageServer, type PageServer } from "./helpers/page-server.js";
import { drop, startWorker, testProducer, testWorkerConfig, waitFinal, type RunningWorker } from "./helpers/harness.js";

const db = testDb();
const prefix = redisPrefix("ingest");
let server: PageServer;
let worker: RunningWorker;
let producer: ReturnType<typeof testProducer>;
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  server = await startPageServer({
    "/kursk": html(articleHtml(KURSK_REPORT)),
    "/losses": html(articleHtml(LOSS_REPORT)),
    "/syndicated": html(articleHtml(KURSK_SYNDICATED)),
    "/robots.txt": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
    },
    "/private/kursk": html(articleHtml(KURSK_REPORT)),
    // Headers come, then the body never finishes: slower than the 1 s timeout.
    "/slow": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!DOCTYPE html><html><body><p>");
      timers.push(setTimeout(() => res.end("late</p></body></html>"), 10_000));
    },
    // 20 MB of HTML, four times the 5 MB cap.
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = `<p>${"filler text about nothing in particular ".repeat(2_500)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < 20_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      pump();
    },
    // 60 KB on the wire, 100 MB once inflated.
    "/bomb": (() => {
      const bomb = gzipSync(Buffer.alloc(100_000_000, 0x20), { level: 9 });
      return (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb);
      };
    })(),
    "/loop-a": (_req, res) => res.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_req, res) => res.writeHead(302, { location: "/loop-a" }).end(),
    "/gone": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<p>no such page</p>"),
    // Down for maintenance once, then fine: a retry must get it.
    "/flaky": (req, res, hit) => {
      if (hit === 1) return res.writeHead(503, { "content-type": "text/plain" }).end("maintenance");
      html(articleHtml(LOSS_REPORT))(req, res, hit);
    },
    // Rate-limited once with a Retry-After of one second.
    "/busy": (req, res, hit) => {
      if (hit === 1) return res.writeHead(429, { "retry-after": "1", "content-type": "text/plain" }).end("slow down");
      html(articleHtml(KURSK_REPORT))(req, res, hit);
    },
    "/report.pdf": (_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n");
    },
  });
  worker = await startWorker(testWorkerConfig({ databaseUrl: testDatabaseUrl(), redisUrl: testRedisUrl(), prefix }));
  producer = testProducer(testRedisUrl(), prefix);
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  await worker?.close();
  await producer?.producer.queueOf("ingest-article").obliterate({ force: true }).catch(() => {});
  await producer?.close();
  await server?.close();
});

beforeEach(async () => {
  await resetDb(db);
  await producer.producer.queueOf("ingest-article").obliterate({ force: true });
  server.hits.clear();
});

const jobOf = (articleId: string) => producer.producer.queueOf("ingest-article").getJob(`article-${articleId}`);

describe("ingestion, end to end", () => {
  it("stores an article with its claims", async () => {
    const url = server.url("/kursk");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "done", failureCode: null, attempts: 1 });
    const row = await db.article.findUniqueOrThrow({ where: { id: a!.id }, include: { outlet: true } });
    expect(row).toMatchObject({ title: KURSK_REPORT.title, duplicateOfId: null, language: "en" });
    expect(row.outlet?.name).toBe("Harbour Post");
    expect(row.text).toContain("about 11,000 soldiers");
    expect(row.fetchedAt).toBeInstanceOf(Date);
    const claims = await articleClaims(db, a!.id);
    expect(claims.find((c) => c.metric === "troops_deployed")).toMatchObject({ party: "KP", value: 11_000, sourceParty: "KR", isEcho: false });
    // Every claim's sentence sits at its offsets in the stored text.
    for (const c of claims) expect(row.text!.slice(c.start, c.end)).toBe(c.sentence);
  });

  it("makes one article of the same URL dropped twice and again with tracking parameters", async () => {
    const url = server.url("/losses");
    const first = await drop(db, producer.producer, [url, url]);
    const again = await drop(db, producer.producer, [`${url}?utm_source=newsletter&utm_medium=email`, `${url}#comments`]);
    expect(first.accepted.map((a) => a.queued)).toEqual([true, false]);
    expect(again.accepted.map((a) => a.queued)).toEqual([false, false]);
    await waitFinal(db, [url]);
    expect(await db.article.count()).toBe(1);
    expect(server.hits.get("/losses")).toBe(1);
  });

  it("retries a page slower than the timeout, then fails it with timeout", async () => {
    const url = server.url("/slow");
    await drop(db, producer.producer, [url], { attempts: 2 });
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "timeout", attempts: 2 });
    expect(server.hits.get("/slow")).toBe(2);
  });

  it("fails a 20 MB page with too_large, at once", async () => {
    const url = server.url("/huge");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "too_large", attempts: 1 });
    expect(a!.failureMessage).toBeTruthy();
    expect(await (await jobOf(a!.id))?.getState()).toBe("failed");
  });

  it("stops a gzip bomb at the cap", async () => {
    const url = server.url("/bomb");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "too_large", attempts: 1 });
  });

  it("fails a redirect loop with too_many_redirects", async () => {
    const url = server.url("/loop-a");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "too_many_redirects", attempts: 1 });
  });

  it("fails a 404 at once, without retries", async () => {
    const url = server.url("/gone");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "http_error", attempts: 1 });
    expect(a!.failureMessage).toMatch(/404/);
    expect(server.hits.get("/gone")).toBe(1);
  });

  it("retries a 503 and stores the page when it comes back", async () => {
    const url = server.url("/flaky");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "done", attempts: 2, failureCode: null });
    expect(server.hits.get("/flaky")).toBe(2);
    expect((await articleClaims(db, a!.id)).length).toBeGreaterThan(0);
  });

  it("waits at least the Retry-After of a 429 before trying again", async () => {
    const url = server.url("/busy");
    const t0 = Date.now();
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "done", attempts: 2 });
    // The test's backoff is 50 ms; only the server's Retry-After explains a second's wait.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_000);
  });

  it("fails a PDF with not_html", async () => {
    const url = server.url("/report.pdf");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "not_html", attempts: 1 });
  });

  it("honours robots.txt", async () => {
    const url = server.url("/private/kursk");
    await drop(db, producer.producer, [url]);
    const [a] = await waitFinal(db, [url]);
    expect(a).toMatchObject({ status: "failed", failureCode: "robots_disallowed" });
    expect(server.hits.get("/private/kursk")).toBeUndefined();
  });

  it("stores a syndicated copy as a duplicate of the original, its claims as echoes", async () => {
    const original = server.url("/kursk");
    await drop(db, producer.producer, [original]);
    const [o] = await waitFinal(db, [original]);
    const copy = server.url("/syndicated");
    await drop(db, producer.producer, [copy]);
    const [c] = await waitFinal(db, [copy]);
    expect(c!.status).toBe("done");
    const row = await db.article.findUniqueOrThrow({ where: { id: c!.id } });
    expect(row.duplicateOfId).toBe(o!.id);
    const echoes = await articleClaims(db, c!.id);
    expect(echoes.length).toBeGreaterThan(0);
    expect(echoes.every((e) => e.isEcho)).toBe(true);
    expect((await articleClaims(db, o!.id)).every((e) => !e.isEcho)).toBe(true);
    // A different story of the same week is not a duplicate.
    const other = server.url("/losses");
    await drop(db, producer.producer, [other]);
    const [l] = await waitFinal(db, [other]);
    expect((await db.article.findUniqueOrThrow({ where: { id: l!.id } })).duplicateOfId).toBeNull();
  });
});

describe("copies of one story ingested at the same moment", () => {
  it("make one original; the others point at it", async () => {
    // Every copy's response is held until all have been asked for, so their
    // jobs extract and store together: each reads the stored originals before
    // the others have written.
    const paths = ["/together/original", "/together/wire-1", "/together/wire-2"];
    const held: Array<() => void> = [];
    for (const [i, path] of paths.entries()) {
      const page = html(articleHtml(i === 0 ? KURSK_REPORT : KURSK_SYNDICATED));
      server.route(path, (req, res, hit) => {
        held.push(() => page(req, res, hit));
        if (held.length === paths.length) for (const release of held.splice(0)) release();
      });
    }
    const urls = paths.map((p) => server.url(p));
    await drop(db, producer.producer, urls);
    const stored = await waitFinal(db, urls);
    expect(stored.map((a) => a.status)).toEqual(["done", "done", "done"]);
    const rows = await db.article.findMany({ where: { id: { in: stored.map((a) => a.id) } }, select: { id: true, duplicateOfId: true } });
    const originals = rows.filter((r) => r.duplicateOfId === null);
    expect(originals).toHaveLength(1);
    expect(rows.filter((r) => r.duplicateOfId === originals[0]!.id)).toHaveLength(2);
  });
});

describe("a worker without TALLY_FETCH_ALLOW_PRIVATE", () => {
  it("refuses a loopback URL with address_refused", async () => {
    await worker.close();
    const strict = await startWorker(
      testWorkerConfig({ databaseUrl: testDatabaseUrl(), redisUrl: testRedisUrl(), prefix, fetcher: { timeoutMs: 1_000, maxBytes: 5_000_000, allowPrivate: false } }),
    );
    try {
      const url = server.url("/kursk");
      await drop(db, producer.producer, [url]);
      const [a] = await waitFinal(db, [url]);
      expect(a).toMatchObject({ status: "failed", failureCode: "address_refused", attempts: 1 });
      expect(server.hits.size).toBe(0);
    } finally {
      await strict.close();
    }
  });
});
