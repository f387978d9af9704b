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
 * Tests inside packages/db pass their own `createDb` (from src/), whose types
 * are not those of the built package other workspaces see.
 */
export function testDb(): Db;
export function testDb<T extends { $disconnect(): Promise<void> }>(create: (url: string, options: { max: number }) => T): T;
export function testDb(create: (url: string, options: { max: number }) => { $disconnect(): Promise<void> } = createDb) {
  const db = create(testDatabaseUrl(), { max: 4 });
  afterAll(() => db.$disconnect());
  return db;
}

/** Empties every table but the migration history, so each test starts clean. */
export async function resetDb(db: { $executeRawUnsafe(sql: string): PromiseLike<number> }): Promise<void> {
  // One statement, so it works on any client build and costs one round trip.
  await db.$executeRawUnsafe(`DO $$
    DECLARE tables text;
    BEGIN
      SELECT string_agg(quote_ident(tablename), ', ') INTO tables
      FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations';
      IF tables IS NOT NULL THEN
        EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE';
      END IF;
    END $$`);
}
