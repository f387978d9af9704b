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
import { dropDatabase, migrateDeploy } from "../packages/db/src/migrate.js";

// The server tests use; its database name is replaced by the run's own.
const DEFAULT_BASE = "postgresql://postgres@127.0.0.1:5432/postgres";
const DEFAULT_REDIS = "redis://127.0.0.1:6379";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const id = randomBytes(5).toString("hex");
  const url = new URL(process.env.TEST_DATABASE_URL || DEFAULT_BASE);
  url.pathname = `/tally_test_${id}`;
  const databaseUrl = url.toString();

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
