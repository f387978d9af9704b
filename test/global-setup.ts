/// <reference path="./helpers/provided.d.ts" />
/**
 * Integration tests' world: a fresh PostgreSQL database per run, created and
 * migrated by the same code `npm run db:migrate` runs, dropped afterwards;
 * and a Redis key prefix of its own, so runs never see each other's queues.
 * Redis is not contacted here: database tests run even when it is down.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
// By path, not "@tally/db/migrate": vitest loads global setup files outside
// its "source" export condition, which would pick a possibly stale dist/.
import { createDb } from "../packages/db/src/client.js";
import { dropDatabase, migrateDeploy } from "../packages/db/src/migrate.js";

// The server tests use; its database name is replaced by the run's own.
const DEFAULT_BASE = "postgresql://postgres@127.0.0.1:5432/postgres";
const DEFAULT_REDIS = "redis://127.0.0.1:6379";

// A run's database is named tally_test_<start time, base 36 seconds>_<random>,
// so a later run can tell the leftovers of a killed run from a live one's.
const PREFIX = "tally_test_";
const STALE_AFTER_MS = 6 * 3600_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const id = `${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = new URL(process.env.TEST_DATABASE_URL || DEFAULT_BASE);
  url.pathname = `/${PREFIX}${id}`;
  const databaseUrl = url.toString();
  await dropStaleDatabases(url).catch(() => {}); // housekeeping only; setup goes on without it

  try {
    await migrateDeploy(databaseUrl);
  } catch (error) {
    throw new Error(`integration tests need PostgreSQL at ${url.host}: ${(error as Error).message}`, { cause: error });
  }

  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS;
  const redisPrefix = `tally-test-${id}`;
  project.provide("databaseUrl", databaseUrl);
  project.provide("redisUrl", redisUrl);
  project.provide("redisPrefix", redisPrefix);
  // Child processes a test spawns (the worker, the web app, the CLI) read their
  // settings from the environment, which test workers pass on to them.
  process.env.DATABASE_URL = databaseUrl;
  process.env.TEST_REDIS_PREFIX = redisPrefix;

  return async () => {
    await dropDatabase(databaseUrl);
  };
}

/** Drops test databases of runs that started more than STALE_AFTER_MS ago (killed before teardown). */
async function dropStaleDatabases(server: URL): Promise<void> {
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const db = createDb(admin.toString(), { max: 1 });
  try {
    const rows = await db.$queryRaw<{ datname: string }[]>`SELECT datname FROM pg_database WHERE starts_with(datname, ${PREFIX})`;
    for (const { datname } of rows) {
      const started = /^tally_test_([0-9a-z]+)_/.exec(datname)?.[1];
      if (started && Date.now() - parseInt(started, 36) * 1000 > STALE_AFTER_MS) {
        admin.pathname = `/${datname}`;
        await dropDatabase(admin.toString());
      }
    }
  } finally {
    await db.$disconnect();
  }
}
