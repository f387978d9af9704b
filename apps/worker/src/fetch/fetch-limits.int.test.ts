import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createGzip, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, type FetchResult } from "./index.js";
import { serve, stream, type Loopback } from "./testing/loopback.js";

// Timeouts, the size cap and network failures, against real loopback servers.

const MB = 1024 * 1024;
const MAX_BYTES = 1 * MB;

/** 256 MB of zeros, gzipped as it streams (no 256 MB buffer): about 250 KB. */
async function gzipBomb(): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gz.on("data", (c: Buffer) => parts.push(c));
  const done = new Promise((resolve) => gz.on("end", resolve));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < 256; i++) if (!gz.write(zeros)) await new Promise((r) => gz.once("drain", r));
  gz.end();
  await done;
  return Buffer.concat(parts);
}

let server: Loopback;
let bomb: Buffer;
let doubleBomb: Buffer;
const sent = new Map<string, Promise<{ written: number; finished: boolean }>>();

beforeAll(async () => {
  bomb = await gzipBomb();
  // Gzip's output for a run of zeros is itself repetitive: a second layer
  // makes the 256 MB fit in a few KB, the classic bomb.
  doubleBomb = gzipSync(bomb, { level: 9 });
  server = await serve((req, res) => {
    switch (req.url) {
      case "/never":
        return; // accepts the request, never answers
      case "/drip": {
        // Headers at once, then a byte every 50 ms for 10 s: each chunk comes
        // well within any per-chunk timeout; only an overall deadline stops it.
        res.writeHead(200, { "content-type": "text/html" });
        let n = 0;
        const timer = setInterval(() => {
          if (res.destroyed || ++n > 200) {
            clearInterval(timer);
            return void res.end();
          }
          res.write("x");
        }, 50);
        res.on("close", () => clearInterval(timer));
        return;
      }
      case "/big-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(20 * MB) });
        sent.set(req.url, stream(res, Buffer.alloc(64 * 1024, 0x61), 20 * MB));
        return;
      case "/big-chunked":
        res.writeHead(200, { "content-type": "text/html" }); // no length: chunked
        sent.set(req.url, stream(res, Buffer.alloc(64 * 1024, 0x61), 20 * MB));
        return;
      case "/just-under":
        res.writeHead(200, { "content-type": "text/plain" });
        return void res.end(Buffer.alloc(MAX_BYTES, 0x62));
      case "/bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return void res.end(bomb);
      case "/double-bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip, gzip" });
        return void res.end(doubleBomb);
      case "/reset":
        res.writeHead(200, { "content-type": "text/html", "content-length": "1000" });
        res.write("<p>half a page");
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
});

afterAll(async () => {
  await server.close();
});

const fetcher = createFetcher({ timeoutMs: 500, maxBytes: MAX_BYTES, allowPrivate: true, perHostIntervalMs: 0 });
afterAll(() => fetcher.close());

function failure(r: FetchResult) {
  if (r.ok) throw new Error(`expected a failure, got ${r.value.body.length} bytes from ${r.value.url}`);
  return r;
}

describe("timeouts", () => {
  it("gives up on a server that never sends headers", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/never`));
    expect(r).toMatchObject({ reason: "timeout", retryable: true });
    expect(r.message).toMatch(/500 ms/);
  });

  it("gives up on a body that drips in slower than the deadline", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/drip`));
    expect(r).toMatchObject({ reason: "timeout", retryable: true });
  });
});

describe("size cap", () => {
  it("fails a page whose Content-Length is over the cap without reading it", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/big-declared`));
    expect(r).toMatchObject({ reason: "too_large", retryable: false });
    expect(r.message).toBe(`page of ${20 * MB} bytes is larger than the limit of ${MAX_BYTES}`);
    expect((await sent.get("/big-declared"))!.finished).toBe(false);
  });

  it("stops a chunked 20 MB page while streaming", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/big-chunked`));
    expect(r).toMatchObject({ reason: "too_large", retryable: false, message: `page larger than ${MAX_BYTES} bytes` });
    const s = (await sent.get("/big-chunked"))!;
    expect(s.finished).toBe(false);
    expect(s.written).toBeLessThan(20 * MB);
  });

  it("keeps a page of exactly the cap", async () => {
    const r = await fetcher.fetchPage(`${server.origin}/just-under`);
    expect(r.ok && r.value.body.length).toBe(MAX_BYTES);
  });

  it("stops a gzip bomb at the cap of inflated bytes", async () => {
    expect(bomb.length).toBeLessThan(MAX_BYTES); // the compressed body alone is under the cap
    const r = failure(await fetcher.fetchPage(`${server.origin}/bomb`));
    expect(r).toMatchObject({ reason: "too_large", retryable: false });
  });

  it("stops a two-layer gzip bomb of a few KB", async () => {
    expect(doubleBomb.length).toBeLessThan(64 * 1024);
    const r = failure(await fetcher.fetchPage(`${server.origin}/double-bomb`));
    expect(r).toMatchObject({ reason: "too_large", retryable: false });
  });
});

/** A TCP server that does `onConnection` with every socket instead of speaking HTTP; its origin. */
async function rawServer(onConnection: (socket: Socket) => void): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const s = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
    onConnection(socket);
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => s.close(() => resolve()));
    },
  };
}

describe("servers that do not speak", () => {
  it("times out on a server that accepts connections and never answers anything, robots.txt included", async () => {
    const silent = await rawServer(() => {});
    try {
      const t0 = performance.now();
      const r = failure(await fetcher.fetchPage(`${silent.origin}/page`));
      expect(r).toMatchObject({ reason: "timeout", retryable: true });
      // robots.txt gets its own limit (here the 500 ms timeout), then the page its 500 ms.
      expect(performance.now() - t0).toBeLessThan(2 * 500 + 1_000);
    } finally {
      await silent.close();
    }
  });

  it("reports a server that hangs up without an answer as retryable", async () => {
    const rude = await rawServer((socket) => socket.once("data", () => socket.destroy()));
    try {
      const r = failure(await fetcher.fetchPage(`${rude.origin}/page`));
      expect(r).toMatchObject({ reason: "connection_failed", retryable: true });
      expect(r.message).toMatch(/closed early/);
    } finally {
      await rude.close();
    }
  });

  it("fails a server that answers in another protocol as permanent", async () => {
    const garbled = await rawServer((socket) => socket.once("data", () => socket.end("SSH-2.0-OpenSSH_9.6\r\n\r\n")));
    try {
      const r = failure(await fetcher.fetchPage(`${garbled.origin}/page`));
      expect(r).toMatchObject({ reason: "http_error", retryable: false });
      expect(r.message).toMatch(/^127\.0\.0\.1:\d+ did not answer in HTTP/);
    } finally {
      await garbled.close();
    }
  });
});

describe("connection failures", () => {
  it("reports a refused connection as retryable", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const r = failure(await fetcher.fetchPage(`http://127.0.0.1:${port}/`));
    expect(r).toMatchObject({ reason: "connection_failed", retryable: true, message: `127.0.0.1:${port} refused the connection` });
  });

  it("reports a connection closed mid-body as retryable", async () => {
    const r = failure(await fetcher.fetchPage(`${server.origin}/reset`));
    expect(r).toMatchObject({ reason: "connection_failed", retryable: true });
  });

  it("reports a host name that does not exist as permanent", async () => {
    const offline = createFetcher({
      timeoutMs: 500,
      maxBytes: MAX_BYTES,
      allowPrivate: true,
      perHostIntervalMs: 0,
      lookup: async (hostname) => {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
      },
    });
    try {
      const r = failure(await offline.fetchPage("http://no-such-host.example/page"));
      expect(r).toEqual({ ok: false, reason: "connection_failed", retryable: false, message: "host not found: no-such-host.example" });
    } finally {
      await offline.close();
    }
  });
});
