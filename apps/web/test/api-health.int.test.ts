import { createConnection, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { ensureBuilt, freePort, startWebServer, type WebServer } from "./server.js";

/**
 * /api/health with a part down: Redis on a port where nothing listens, and
 * then PostgreSQL. Each answer must come quickly (a health check that hangs
 * is worse than none) and name the part that is down.
 */

let redisDown: WebServer;
let dbDown: WebServer;

beforeAll(async () => {
  ensureBuilt();
  const closed = await freePort();
  redisDown = await startWebServer({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: `redis://127.0.0.1:${closed}`, QUEUE_PREFIX: redisPrefix("health") });
  const closedPg = await freePort();
  dbDown = await startWebServer({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPg}/tally`, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: redisPrefix("health") });
});

afterAll(async () => {
  await redisDown?.stop();
  await dbDown?.stop();
});

async function timedHealth(server: WebServer): Promise<{ status: number; body: unknown; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/api/health`);
  const body: unknown = await res.json();
  return { status: res.status, body, ms: performance.now() - t0 };
}

describe("GET /api/health with a part down", () => {
  it("answers 503 naming Redis, within 2 s, again and again", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await timedHealth(redisDown);
      expect(r.status).toBe(503);
      expect(r.body).toEqual({ ok: false, db: "up", redis: "down", queue: { waiting: null, active: null, failed: null } });
      expect(r.ms).toBeLessThan(2_000);
    }
  });

  it("answers 503 naming the database, within 2 s", async () => {
    const r = await timedHealth(dbDown);
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ ok: false, db: "down", redis: "up" });
    expect(r.ms).toBeLessThan(2_000);
  });

  it("turns other routes into 503 with the reason, not 500", async () => {
    const noRedis = await fetch(`${redisDown.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ urls: ["https://health.example/story"] }),
    });
    expect(noRedis.status).toBe(503);
    expect(await noRedis.json()).toMatchObject({ error: { code: "redis_unavailable" } });
    // Raw-SQL reads, Prisma model reads and writes alike.
    for (const path of ["/api/claims", "/api/series?metric=killed", "/api/queue", "/api/articles/00000000-0000-7000-8000-000000000000"]) {
      const noDb = await fetch(`${dbDown.url}${path}`);
      expect(noDb.status, path).toBe(503);
      expect(await noDb.json()).toMatchObject({ error: { code: "db_unavailable" } });
    }
    const add = await fetch(`${dbDown.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ urls: ["https://health.example/other"] }),
    });
    expect(add.status).toBe(503);
  });
});

/** A TCP relay to Redis that a test can cut and restore: Redis going away and coming back. */
function redisRelay(port: number): { start(): Promise<void>; stop(): Promise<void> } {
  const target = new URL(testRedisUrl());
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    start: () =>
      new Promise((resolve, reject) => {
        server = createServer((client) => {
          const upstream = createConnection(Number(target.port || 6379), target.hostname);
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on("close", () => sockets.delete(s));
            s.on("error", () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => resolve());
      }),
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        if (server) server.close(() => resolve());
        else resolve();
      }),
  };
}

async function waitForHealth(server: WebServer, status: number, withinMs: number): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const r = await timedHealth(server);
    if (r.status === status) return performance.now() - t0;
    if (performance.now() - t0 > withinMs) throw new Error(`health stayed ${r.status}: ${JSON.stringify(r.body)}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

describe("Redis going away and coming back", () => {
  it("is reported within seconds each way, without restarting the web app", async () => {
    const port = await freePort();
    const relay = redisRelay(port);
    // Started while Redis is unreachable: the first connection fails, and must be retried later.
    const server = await startWebServer({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: redisPrefix("health-relay") });
    try {
      expect((await timedHealth(server)).status).toBe(503);
      await relay.start();
      await waitForHealth(server, 200, 10_000);
      await relay.stop();
      expect(await waitForHealth(server, 503, 5_000)).toBeLessThan(5_000);
      await relay.start();
      await waitForHealth(server, 200, 10_000);
    } finally {
      await server.stop();
      await relay.stop();
    }
  });
});
