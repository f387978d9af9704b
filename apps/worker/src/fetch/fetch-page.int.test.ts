import { brotliCompressSync, gzipSync } from "node:zlib";
import { decodePage } from "@tally/core/extract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, DEFAULT_USER_AGENT, type FetchResult } from "./index.js";
import { serve, stream, type Loopback } from "./testing/loopback.js";

// Pages, statuses, redirects and content types, against a real loopback server.

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Front line report</title></head>
<body><p>Officials said about 1,200 soldiers were moved to the eastern sector — a claim not yet verified.</p></body></html>`;

let server: Loopback;
let pdf: Promise<{ written: number; finished: boolean }> | undefined;

beforeAll(async () => {
  server = await serve((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname;
    const redirect = /^\/r\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(n === 0 ? 200 : 302, n === 0 ? { "content-type": "text/html; charset=utf-8" } : { location: `/r/${n - 1}` });
      return void res.end(n === 0 ? PAGE : "moved");
    }
    switch (path) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return void res.end(PAGE);
      case "/notes.txt":
        res.writeHead(200, { "content-type": "text/plain" });
        return void res.end("Plain text is fine too.\n");
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return void res.end(gzipSync(PAGE));
      case "/br":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" });
        return void res.end(brotliCompressSync(PAGE));
      case "/corrupt-gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return void res.end(Buffer.from("this is not gzip at all, just text pretending"));
      case "/zstd":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "zstd" });
        return void res.end("(pretend zstd)");
      case "/moved-absolute":
        res.writeHead(301, { location: `${server.origin}/article#section` });
        return void res.end();
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        return void res.end();
      case "/to-ftp":
        res.writeHead(302, { location: "ftp://example.com/file" });
        return void res.end();
      case "/no-location":
        res.writeHead(302);
        return void res.end();
      case "/gone":
        res.writeHead(410);
        return void res.end("gone");
      case "/unavailable":
        res.writeHead(503, { "retry-after": "30" });
        return void res.end("down for maintenance");
      case "/busy":
        res.writeHead(429, { "retry-after": "7" });
        return void res.end("slow down");
      case "/busy-until": {
        res.writeHead(429, { "retry-after": new Date(Date.now() + 60_000).toUTCString() });
        return void res.end("slow down");
      }
      case "/report.pdf":
        // 20 MB of "PDF": the fetcher must give up at the headers.
        res.writeHead(200, { "content-type": "application/pdf" });
        pdf = stream(res, Buffer.alloc(64 * 1024, 0x25), 20 * 1024 * 1024);
        return;
      case "/data.json":
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end("{}");
      case "/page.xhtml":
        res.writeHead(200, { "content-type": "application/xhtml+xml; charset=utf-8" });
        return void res.end(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>xhtml</p></body></html>`);
      case "/shouting":
        res.writeHead(200, { "content-type": 'TEXT/HTML;Charset="UTF-8"' });
        return void res.end(PAGE);
      case "/latin":
        // windows-1252 declared in the header: "—" is byte 0x97, "é" 0xE9.
        res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
        return void res.end(Buffer.from([...Buffer.from("<p>caf"), 0xe9, ...Buffer.from(" "), 0x97, ...Buffer.from(" 40 killed</p>")]));
      case "/latin-meta":
        // No charset in the header; only the page's own <meta> says it.
        res.writeHead(200, { "content-type": "text/html" });
        return void res.end(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9]), Buffer.from("</p>")]));
      case "/empty":
        res.writeHead(200, { "content-type": "text/html", "content-length": "0" });
        return void res.end();
      case "/empty-gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", "content-length": "0" });
        return void res.end();
      case "/no-content":
        res.writeHead(204);
        return void res.end();
      case "/unavailable-until":
        res.writeHead(503, { "retry-after": new Date(Date.now() + 120_000).toUTCString() });
        return void res.end("back in two minutes");
      case "/untyped":
        res.writeHead(200, {});
        return void res.end(PAGE);
      default:
        res.writeHead(404, { "content-type": "text/html" });
        return void res.end("<p>not here</p>");
    }
  });
});

afterAll(async () => {
  await server.close();
});

const fetcher = createFetcher({ timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivate: true, perHostIntervalMs: 0 });
afterAll(() => fetcher.close());

function page(r: FetchResult) {
  if (!r.ok) throw new Error(`expected a page, got ${r.reason}: ${r.message}`);
  return r.value;
}

function failure(r: FetchResult) {
  if (r.ok) throw new Error(`expected a failure, got a page from ${r.value.url}`);
  return r;
}

describe("fetchPage: pages", () => {
  it("returns the bytes, status, content type and final URL, sending our User-Agent", async () => {
    const before = Date.now();
    const p = page(await fetcher.fetchPage(`${server.origin}/article`));
    expect(p.url).toBe(`${server.origin}/article`);
    expect(p.status).toBe(200);
    expect(p.contentType).toBe("text/html; charset=utf-8");
    expect(Buffer.from(p.body).toString("utf8")).toBe(PAGE);
    expect(p.fetchedAt.getTime()).toBeGreaterThanOrEqual(before);
    const seen = server.requests.find((r) => r.path === "/article");
    expect(seen?.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(seen?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("accepts text/plain", async () => {
    expect(Buffer.from(page(await fetcher.fetchPage(`${server.origin}/notes.txt`)).body).toString()).toBe("Plain text is fine too.\n");
  });

  it("decompresses gzip and brotli", async () => {
    for (const path of ["/gzip", "/br"]) {
      expect(Buffer.from(page(await fetcher.fetchPage(`${server.origin}${path}`)).body).toString("utf8"), path).toBe(PAGE);
    }
  });

  it("fails a body that does not decompress, and a coding it cannot undo", async () => {
    const corrupt = failure(await fetcher.fetchPage(`${server.origin}/corrupt-gzip`));
    expect(corrupt).toMatchObject({ reason: "http_error", retryable: false });
    expect(corrupt.message).toMatch(/could not decompress/);
    expect(failure(await fetcher.fetchPage(`${server.origin}/zstd`)).message).toBe('unsupported Content-Encoding "zstd"');
  });

  it("accepts application/xhtml+xml, and a media type in any case with parameters", async () => {
    expect(page(await fetcher.fetchPage(`${server.origin}/page.xhtml`)).contentType).toBe("application/xhtml+xml; charset=utf-8");
    const shouting = page(await fetcher.fetchPage(`${server.origin}/shouting`));
    expect(Buffer.from(shouting.body).toString("utf8")).toBe(PAGE);
  });

  it("hands core the bytes untouched with the header's charset, so legacy encodings decode right", async () => {
    const latin = page(await fetcher.fetchPage(`${server.origin}/latin`));
    expect(latin.contentType).toBe("text/html; charset=windows-1252");
    expect(decodePage(latin.body, latin.contentType)).toBe("<p>café — 40 killed</p>");
    const meta = page(await fetcher.fetchPage(`${server.origin}/latin-meta`));
    expect(decodePage(meta.body, meta.contentType)).toBe('<meta charset="windows-1252"><p>café</p>');
  });

  it("returns an empty 2xx as an empty page (core then fails it as empty), even when labelled gzip", async () => {
    for (const path of ["/empty", "/empty-gzip", "/no-content"]) {
      const p = page(await fetcher.fetchPage(`${server.origin}${path}`));
      expect(p.body.length, path).toBe(0);
    }
    expect(page(await fetcher.fetchPage(`${server.origin}/no-content`)).status).toBe(204);
  });

  it("lets a page without Content-Type through for core to sniff", async () => {
    const p = page(await fetcher.fetchPage(`${server.origin}/untyped`));
    expect(p.contentType).toBe("");
  });

  it("refuses a URL that is not http(s) before any request", async () => {
    expect(failure(await fetcher.fetchPage("ftp://example.com/x"))).toMatchObject({ reason: "invalid_url", retryable: false });
  });
});

describe("fetchPage: redirects", () => {
  it("follows an absolute redirect and reports the final URL without its fragment", async () => {
    expect(page(await fetcher.fetchPage(`${server.origin}/moved-absolute`)).url).toBe(`${server.origin}/article`);
  });

  it("follows five redirects and refuses the sixth", async () => {
    expect(page(await fetcher.fetchPage(`${server.origin}/r/5`)).url).toBe(`${server.origin}/r/0`);
    const six = failure(await fetcher.fetchPage(`${server.origin}/r/6`));
    expect(six).toMatchObject({ reason: "too_many_redirects", retryable: false });
  });

  it("stops a redirect loop", async () => {
    const before = server.requests.filter((r) => r.path === "/loop").length;
    const r = failure(await fetcher.fetchPage(`${server.origin}/loop`));
    expect(r.reason).toBe("too_many_redirects");
    expect(r.message).toMatch(/more than 5 redirects/);
    // The first request and five redirects: six requests, no more.
    expect(server.requests.filter((r) => r.path === "/loop").length - before).toBe(6);
  });

  it("refuses a redirect to another scheme, and a redirect without Location", async () => {
    const ftp = failure(await fetcher.fetchPage(`${server.origin}/to-ftp`));
    expect(ftp.reason).toBe("invalid_url");
    expect(ftp.message).toMatch(/not http or https/);
    expect(failure(await fetcher.fetchPage(`${server.origin}/no-location`))).toMatchObject({ reason: "http_error", message: "HTTP 302 Found" });
  });
});

describe("fetchPage: statuses", () => {
  it("maps 404 and 410 to a permanent http_error", async () => {
    expect(failure(await fetcher.fetchPage(`${server.origin}/missing`))).toEqual({
      ok: false,
      reason: "http_error",
      message: "HTTP 404 Not Found",
      retryable: false,
    });
    expect(failure(await fetcher.fetchPage(`${server.origin}/gone`))).toMatchObject({ message: "HTTP 410 Gone", retryable: false });
  });

  it("maps 503 to a retryable server_error, keeping its Retry-After", async () => {
    expect(failure(await fetcher.fetchPage(`${server.origin}/unavailable`))).toMatchObject({
      reason: "server_error",
      retryable: true,
      retryAfterMs: 30_000,
      message: "HTTP 503 Service Unavailable (retry after 30 s)",
    });
  });

  it("maps 429 to rate_limited with the wait from Retry-After, in seconds or as a date", async () => {
    expect(failure(await fetcher.fetchPage(`${server.origin}/busy`))).toMatchObject({
      reason: "rate_limited",
      retryable: true,
      retryAfterMs: 7_000,
    });
    const dated = failure(await fetcher.fetchPage(`${server.origin}/busy-until`));
    const down = failure(await fetcher.fetchPage(`${server.origin}/unavailable-until`));
    expect(down).toMatchObject({ reason: "server_error", retryable: true });
    expect(down.retryAfterMs).toBeGreaterThan(115_000);
    expect(down.retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(dated.reason).toBe("rate_limited");
    // An HTTP-date has one-second precision; it lies 59–60 s ahead.
    expect(dated.retryAfterMs).toBeGreaterThan(55_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(60_000);
  });
});

describe("fetchPage: content types", () => {
  it("fails a PDF as not_html without downloading it", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/report.pdf`));
    expect(r).toMatchObject({ reason: "not_html", retryable: false, message: "application/pdf is not an HTML or text page" });
    const sent = await pdf!;
    expect(sent.finished).toBe(false);
    expect(sent.written).toBeLessThan(20 * 1024 * 1024);
  });

  it("fails JSON as not_html", async () => {
    expect(failure(await fetcher.fetchPage(`${server.origin}/data.json`)).reason).toBe("not_html");
  });
});
