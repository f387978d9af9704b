import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { createServer, type AddressInfo, type Socket } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { REPO_ROOT } from "./helpers/cli.js";
import type { PageServer } from "./helpers/page-server.js";
import { startSlowArticle } from "./helpers/slow-article.js";
import { drop, testProducer, until } from "./helpers/harness.js";
import { freePort, OwnRedis } from "./helpers/own-redis.js";

const db = testDb();
const prefix = redisPrefix("shutdown");
let server: PageServer;
let producer: ReturnType<typeof testProducer>;
let world: Awaited<ReturnType<typeof startSlowArticle>>;

beforeAll(async () => {
  await resetDb(db);
  world = await startSlowArticle("/slowish", prefix);
  ({ server, producer } = world);
});
afterAll(() => world.close());

interface Service {
  child: ChildProcessByStdio<null, Readable, Readable>;
  logs: string;
  exited: Promise<number | null>;
}

/** Starts the worker service as `npm start` would, with its logs collected. */
function startService(processes: number, env: Record<string, string> = {}): Service {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", path.join(REPO_ROOT, "apps/worker/src/main.ts")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: prefix,
      TALLY_FETCH_ALLOW_PRIVATE: "1",
      LOG_LEVEL: "info",
      WORKER_PROCESSES: String(processes),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // A process group of its own, so that cleaning up kills its worker processes too.
    detached: true,
  });
  const service: Service = { child, logs: "", exited: new Promise<number | null>((r) => child.once("exit", (code) => r(code))) };
  started.push(service);
  child.stdout.on("data", (d: Buffer) => (service.logs += d.toString()));
  child.stderr.on("data", (d: Buffer) => (service.logs += d.toString()));
  return service;
}

/** The lines of output that are not JSON log lines (raw stack traces, say). */
const rawLines = (logs: string) =>
  logs.split("\n").filter((l) => {
    if (l.trim() === "") return false;
    try {
      JSON.parse(l);
      return false;
    } catch {
      return true;
    }
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UNREACHABLE = "Redis unreachable; reconnecting until it is back (no job starts meanwhile)";

/**
 * Sends one SIGTERM; resolves with the exit code ("still running" if there is
 * none within 10 s) and how long the exit took.
 */
async function terminate(service: Service): Promise<{ code: number | null | "still running"; ms: number }> {
  const asked = Date.now();
  service.child.kill("SIGTERM");
  const code = await Promise.race([service.exited, sleep(10_000).then(() => "still running" as const)]);
  return { code, ms: Date.now() - asked };
}

/** Services a test started, killed after it whatever happened (a hung one must not outlive the run). */
const started: Service[] = [];
afterEach(() => {
  for (const s of started.splice(0)) {
    try {
      process.kill(-s.child.pid!, "SIGKILL");
    } catch {
      // the group is gone already
    }
  }
});

/** The JSON log lines with this message. */
const logLines = (logs: string, msg: string) =>
  logs
    .split("\n")
    .filter((l) => l.includes(`"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("the worker service (src/main.ts)", () => {
  it.each([1, 2])("with %i worker process(es), on SIGTERM finishes the job in hand, then exits 0", async (processes) => {
    const service = startService(processes);
    await until(() => logLines(service.logs, "worker ready").length === processes, 30_000, "workers ready");

    server.hits.clear();
    const url = server.url(`/slowish?processes=${processes}`);
    await drop(db, producer.producer, [url]);
    await until(() => server.hits.get("/slowish") === 1, 20_000, "the page requested");
    service.child.kill("SIGTERM");

    expect(await service.exited).toBe(0);
    const a = await db.article.findUniqueOrThrow({ where: { url } });
    expect(a.status).toBe("done");
    // Structured logs carry the job id and URL.
    expect(logLines(service.logs, "article done")[0]).toMatchObject({ jobId: `article-${a.id}`, url });
    expect(logLines(service.logs, "worker stopped")).toHaveLength(processes);
  });

  it("replaces a worker process that dies", async () => {
    const service = startService(2);
    await until(() => logLines(service.logs, "worker ready").length === 2, 30_000, "workers ready");
    const [first] = logLines(service.logs, "worker ready");
    process.kill(first!.pid as number, "SIGKILL");
    await until(() => logLines(service.logs, "worker ready").length === 3, 30_000, "a new worker ready");
    expect(logLines(service.logs, "a worker process died; starting another")).toMatchObject([{ pid: first!.pid, signal: "SIGKILL" }]);
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });
});

describe("the worker service's watch on hung worker processes", () => {
  it("kills and replaces a worker process that stops answering, as one hung on a page would", async () => {
    const service = startService(2, { WORKER_HANG_MS: "2000" });
    await until(() => logLines(service.logs, "worker ready").length === 2, 30_000, "workers ready");
    const [first] = logLines(service.logs, "worker ready");
    // A stopped process runs nothing, as an event loop stuck in a loop runs nothing: no heartbeat comes.
    process.kill(first!.pid as number, "SIGSTOP");
    await until(() => logLines(service.logs, "worker ready").length === 3, 30_000, "a new worker ready");
    const [hung] = logLines(service.logs, "a worker process stopped answering (hung); killing it: its jobs run again after stalled-job recovery");
    expect(hung).toMatchObject({ pid: first!.pid, hangMs: 2000 });
    expect(hung!.silentMs as number).toBeGreaterThan(2000);
    expect(logLines(service.logs, "a worker process died; starting another")).toMatchObject([{ pid: first!.pid, signal: "SIGKILL" }]);
    // The other worker, answering all along, was left alone.
    expect(logLines(service.logs, "a worker process stopped answering (hung); killing it: its jobs run again after stalled-job recovery")).toHaveLength(1);
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });
});

describe("the worker service while Redis is unreachable", () => {
  it.each([1, 2])("with %i worker process(es), stops at once on the first SIGTERM, having logged the outage once and no raw error", async (processes) => {
    // Nothing listens on this port: every connection attempt is refused.
    const service = startService(processes, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    await until(() => logLines(service.logs, UNREACHABLE).length === processes, 30_000, "the outage logged");
    await sleep(3_000); // several reconnection attempts (ioredis retries every 0.2-2 s)

    const { code, ms } = await terminate(service);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(4_000);
    expect(logLines(service.logs, "stopping before the worker was ready (Redis unreachable?): no job was in hand")).toHaveLength(processes);
    expect(logLines(service.logs, UNREACHABLE)).toHaveLength(processes);
    expect(rawLines(service.logs)).toEqual([]);
  });

  it("logs one line when Redis goes and one when it is back, and stops at once when it goes again", async () => {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    const service = startService(1, { REDIS_URL: redis.url });
    try {
      // (Starting a worker under tsx takes seconds, and far longer while the rest of the suite loads both cores.)
      await until(() => logLines(service.logs, "worker ready").length === 1, 60_000, "worker ready");

      await redis.stop();
      await until(() => logLines(service.logs, UNREACHABLE).length === 1, 10_000, "the outage logged");
      await sleep(3_000);
      expect(logLines(service.logs, UNREACHABLE)).toHaveLength(1);

      await redis.start();
      await until(() => logLines(service.logs, "Redis connection back").length === 1, 10_000, "Redis back logged");
      await sleep(1_000);
      expect(logLines(service.logs, "Redis connection back")).toHaveLength(1);
      expect(logLines(service.logs, UNREACHABLE)).toHaveLength(1);

      await redis.stop();
      await until(() => logLines(service.logs, UNREACHABLE).length === 2, 10_000, "the second outage logged");
      const { code, ms } = await terminate(service);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(4_000);
      expect(logLines(service.logs, "stopping with Redis unreachable: jobs in hand are left to stalled-job recovery")).toHaveLength(1);
      expect(rawLines(service.logs)).toEqual([]);
    } finally {
      await redis.stop();
    }
  }, 120_000);
});

describe("the worker service while PostgreSQL does not answer", () => {
  it("stops within its deadline on the first SIGTERM, leaving the job in hand to be run again", async () => {
    // A server that accepts connections and never says a word: PostgreSQL hung, or a dead network path.
    const sockets = new Set<Socket>();
    const blackHole = createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((r) => blackHole.listen(0, "127.0.0.1", r));
    const hungDb = new URL(testDatabaseUrl());
    hungDb.port = String((blackHole.address() as AddressInfo).port);
    try {
      const service = startService(1, { DATABASE_URL: hungDb.toString() });
      await until(() => logLines(service.logs, "worker ready").length === 1, 30_000, "worker ready");
      const url = server.url("/slowish?pg=hung");
      await drop(db, producer.producer, [url]);
      const connectedBefore = sockets.size;
      await until(() => sockets.size > connectedBefore, 20_000, "the job reaching for PostgreSQL");

      const { code, ms } = await terminate(service);
      expect(code).toBe(1);
      expect(ms).toBeLessThan(9_500); // the 8 s deadline, where waiting for the job would take longer
      expect(logLines(service.logs, "jobs in hand did not finish in time: exiting, they run again after stalled-job recovery")).toHaveLength(1);
      // Nothing was lost: the job is still in Redis, for a live worker's stalled-job check.
      const job = await producer.producer.queueOf("ingest-article").getJob(`article-${(await db.article.findUniqueOrThrow({ where: { url } })).id}`);
      expect(job).toBeDefined();
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => blackHole.close(r));
    }
  });
});

