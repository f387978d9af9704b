import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ITEMS, METRICS, QUALIFIERS } from "@tally/core";
import { testDatabaseUrl } from "../../../test/helpers/db.js";
import { createMigration, dropDatabase, migrateDeploy, MIGRATIONS_DIR, SCHEMA_PATH } from "./migrate.js";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("./cli/migrate.ts", import.meta.url));

// Each test here migrates a database of its own on the test server, so it
// starts from nothing; all are dropped at the end.
const created: string[] = [];
function freshDatabaseUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${url.pathname.slice(1)}_m${randomBytes(3).toString("hex")}`;
  created.push(url.toString());
  return url.toString();
}
afterAll(async () => {
  for (const url of created) await dropDatabase(url);
});

async function query<T>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Everything a migration can change, in a comparable form. */
async function snapshot(databaseUrl: string) {
  return {
    columns: await query(databaseUrl, `SELECT table_name, column_name, data_type, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    indexes: await query(databaseUrl, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    constraints: await query(databaseUrl, `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY 1`),
    enums: await query(databaseUrl, `SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      ORDER BY 1, e.enumsortorder`),
    history: await query(databaseUrl, `SELECT id, checksum, migration_name, started_at, finished_at, applied_steps_count
      FROM _prisma_migrations ORDER BY migration_name`),
  };
}

async function migrationFolders(dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function copyMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "tally-migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrateDeploy", () => {
  it("creates and migrates an empty database, and a second run changes nothing", async () => {
    const url = freshDatabaseUrl();
    const first = await migrateDeploy(url);
    expect(first).toEqual({ createdDatabase: true, applied: await migrationFolders() });
    const before = await snapshot(url);
    expect(before.columns.length).toBeGreaterThan(40);

    const second = await migrateDeploy(url);
    expect(second).toEqual({ createdDatabase: false, applied: [] });
    expect(await snapshot(url)).toEqual(before);
  });

  it("lets three deploys race on a missing database: one creates, one applies, none fails", async () => {
    const url = freshDatabaseUrl();
    const results = await Promise.all([migrateDeploy(url), migrateDeploy(url), migrateDeploy(url)]);
    expect(results.filter((r) => r.createdDatabase)).toHaveLength(1);
    expect(results.flatMap((r) => r.applied)).toEqual(await migrationFolders());
    expect(await query(url, "SELECT migration_name FROM _prisma_migrations")).toHaveLength((await migrationFolders()).length);
  });

  it("records Prisma's standard history rows", async () => {
    const url = freshDatabaseUrl();
    await migrateDeploy(url);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; logs: string | null }>(
      url,
      "SELECT * FROM _prisma_migrations ORDER BY migration_name",
    );
    const folders = await migrationFolders();
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = await readFile(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("gives the database core's vocabulary", async () => {
    const url = freshDatabaseUrl();
    await migrateDeploy(url);
    const labels = async (type: string) =>
      (await query<{ enumlabel: string }>(url, `SELECT enumlabel FROM pg_enum WHERE enumtypid = '"${type}"'::regtype ORDER BY enumsortorder`)).map(
        (r) => r.enumlabel,
      );
    expect(await labels("Metric")).toEqual([...METRICS]);
    expect(await labels("Item")).toEqual([...ITEMS]);
    expect(await labels("Qualifier")).toEqual([...QUALIFIERS]);
  });

  it("refuses to run over an applied migration that was edited", async () => {
    const url = freshDatabaseUrl();
    const dir = await copyMigrations();
    try {
      await migrateDeploy(url, { migrationsDir: dir });
      const [first] = await migrationFolders(dir);
      await appendFile(join(dir, first!, "migration.sql"), "\n-- edited after it was applied\n");
      await expect(migrateDeploy(url, { migrationsDir: dir })).rejects.toThrow(/edited.*checksum/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it("stops at a migration that fails, and keeps refusing until it is resolved", async () => {
    const url = freshDatabaseUrl();
    const dir = await copyMigrations();
    try {
      await mkdir(join(dir, "20990101000000_broken"));
      await writeFile(join(dir, "20990101000000_broken", "migration.sql"), 'ALTER TABLE "outlet" ADD COLUMN "x" TEXT;\nSELECT * FROM no_such_table;\n');
      await expect(migrateDeploy(url, { migrationsDir: dir })).rejects.toThrow(/no_such_table/);
      // Prisma's rule: a failed migration blocks later deploys (P3009) until marked resolved.
      await expect(migrateDeploy(url, { migrationsDir: dir })).rejects.toThrow(/20990101000000_broken/);
      const rows = await query<{ migration_name: string; finished_at: Date | null }>(url, "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY 1");
      expect(rows.at(-1)).toEqual({ migration_name: "20990101000000_broken", finished_at: null });
      // The failed script ran in one transaction: its first statement left nothing behind.
      const cols = await query<{ column_name: string }>(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'outlet'`);
      expect(cols.map((c) => c.column_name)).not.toContain("x");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("createMigration", () => {
  it("writes nothing when schema.prisma matches the migrations", async () => {
    const dir = await copyMigrations();
    try {
      expect(await createMigration(testDatabaseUrl(), "nothing", { migrationsDir: dir })).toBeNull();
      expect(await migrationFolders(dir)).toEqual(await migrationFolders());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes the next migration from a schema change, which then deploys", async () => {
    const dir = await copyMigrations();
    const schemaPath = join(dir, "schema.prisma");
    const schema = await readFile(SCHEMA_PATH, "utf8");
    await writeFile(schemaPath, schema.replace(/(model Outlet \{\n)/, "$1  country  String?\n"));
    try {
      const made = await createMigration(testDatabaseUrl(), "Outlet country", {
        migrationsDir: dir,
        schemaPath,
        now: new Date("2099-01-02T03:04:05Z"),
      });
      expect(made?.name).toBe("20990102030405_outlet_country");
      expect(made?.sql).toMatch(/ALTER TABLE "outlet" ADD COLUMN\s+"country" TEXT/);
      // The hand-written CHECK constraints are not Prisma's to drop.
      expect(made?.sql).not.toMatch(/DROP CONSTRAINT/);
      expect(await readFile(join(dir, made!.name, "migration.sql"), "utf8")).toBe(made!.sql);

      const url = freshDatabaseUrl();
      const { applied } = await migrateDeploy(url, { migrationsDir: dir });
      expect(applied.at(-1)).toBe("20990102030405_outlet_country");
      const cols = await query<{ column_name: string }>(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'outlet'`);
      expect(cols.map((c) => c.column_name)).toContain("country");
      // No shadow database is left behind on the server.
      const shadows = await query(testDatabaseUrl(), `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`);
      expect(shadows).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the migrate command", () => {
  const migrate = (databaseUrl: string, ...args: string[]) =>
    run(process.execPath, ["--import", "tsx", cli, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it("deploys, then says there is nothing to do", async () => {
    const url = freshDatabaseUrl();
    const first = await migrate(url, "deploy");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created database/);
    expect(first.stdout).toContain(`applied ${(await migrationFolders()).length} migration(s)`);
    const second = await migrate(url, "deploy");
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout).toMatch(/up to date; no migration to apply/);
  });

  it("exits 1 with one line when PostgreSQL cannot be reached", async () => {
    const port = await closedPort();
    const result = await migrate(`postgresql://postgres@127.0.0.1:${port}/tally`, "deploy");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`migrate: cannot reach PostgreSQL at 127.0.0.1:${port}/tally (ECONNREFUSED)`);
  });
});

/** A loopback port nothing listens on (just released by the OS). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
