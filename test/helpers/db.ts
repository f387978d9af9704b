/// <reference path="./provided.d.ts" />
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "@tally/db";

/** The URL of this run's migrated test database (see test/global-setup.ts). */
export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/**
 * A client on the test database, closed after the file's tests. Call it at a
 * test file's top level (or in a describe), where vitest collects hooks.
 */
export function testDb(): Db {
  const db = createDb(testDatabaseUrl(), { max: 4 });
  afterAll(() => db.$disconnect());
  return db;
}

/** Empties every table but the migration history, so each test starts clean. */
export async function resetDb(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
}
