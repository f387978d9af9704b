/**
 * Prisma migrations without Prisma's native schema engine.
 *
 * Prisma 7's CLI downloads a native schema engine for every `migrate` command,
 * and on machines that reach only the npm registry that download fails (the
 * CLI then exits 0 having done nothing). Prisma ships the same engine compiled
 * to WebAssembly (`@prisma/schema-engine-wasm`), driven through a driver
 * adapter; this file drives it the way Prisma's own CLI does
 * (`WasmSchemaEngineLoader` in prisma/prisma), so the folders under
 * prisma/migrations and the `_prisma_migrations` rows are exactly those of
 * `prisma migrate deploy` / `prisma migrate diff`, and the native CLI can take
 * over wherever it can be had.
 *
 * Upstream faults worked around here, each where it is done:
 *  1. adapter-pg cannot map Postgres's internal `"char"` type (OID 18), which
 *     the engine's catalog queries return → passed through as text and then
 *     typed Character, as the engine expects (`patchAdapter`).
 *  2. adapter-pg's `executeScript` splits a script on every ";", which breaks
 *     `$$` bodies and string literals → the whole script goes to Postgres as
 *     one simple-protocol query (`patchAdapter`).
 *  3. adapter-pg's `connectToShadowDb`, when built from a connection string,
 *     opens its shadow pool on the MAIN database (the connection string wins
 *     over the `database` option), and drops the shadow database before
 *     closing that pool → our own `connectToShadowDb`.
 *  4. The WASM engine arms 10–60 s timers it never clears, so a process that
 *     has finished migrating hangs → its timers are unref'd (`loadEngine`).
 *  5. The package's main entry imports the .wasm file as an ES module, which
 *     Node 20 cannot do without a flag → the bindings are instantiated by
 *     hand, as Prisma's CLI does.
 */
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
/** Where the migration folders live (`<timestamp>_<name>/migration.sql`). */
export const MIGRATIONS_DIR = join(packageRoot, "prisma", "migrations");
/** The Prisma schema the next migration is diffed against. */
export const SCHEMA_PATH = join(packageRoot, "prisma", "schema.prisma");
const LOCKFILE = "migration_lock.toml";

/** The outcome of {@link migrateDeploy}. */
export interface MigrateResult {
  /** The database did not exist and was created. */
  createdDatabase: boolean;
  /** Migrations applied by this run, oldest first; empty when up to date. */
  applied: string[];
}

/** Options shared by the migration commands. */
export interface MigrateOptions {
  /** Receives the engine's debug log lines (silent by default). */
  log?: (line: string) => void;
  /** Migrations folder; tests point it elsewhere. */
  migrationsDir?: string;
}

/**
 * `prisma migrate deploy` for `databaseUrl`: creates the database when it does
 * not exist, then applies every migration not yet recorded in `_prisma_migrations`.
 */
export async function migrateDeploy(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const createdDatabase = await ensureDatabase(databaseUrl);
  const migrationsList = await readMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const { appliedMigrationNames } = await withEngine(databaseUrl, options, async (engine) => {
    // `prisma migrate deploy` applies on top of an edited migration without a
    // word; an applied migration is never edited here, so say so and stop.
    const { editedMigrationNames } = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    if (editedMigrationNames.length > 0) {
      throw new Error(`applied migrations were edited since (checksum differs): ${editedMigrationNames.join(", ")}`);
    }
    return engine.applyMigrations({ migrationsList, filters: noFilters });
  });
  return { createdDatabase, applied: appliedMigrationNames };
}

/**
 * `prisma migrate diff --from-migrations … --to-schema … --script`, written as
 * the next migration folder. The migrations are replayed into a throw-away
 * shadow database on `databaseUrl`'s server. Returns null when the schema
 * needs no change.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: MigrateOptions & { schemaPath?: string; now?: Date } = {},
): Promise<{ name: string; dir: string; sql: string } | null> {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (slug === "") throw new Error("a migration needs a name of letters and digits");
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  // The engine opens the main database even for a diff; the shadow lives beside it.
  await ensureDatabase(databaseUrl);
  const migrationsList = await readMigrations(migrationsDir);
  const schema = { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
  const { stdout } = await withEngine(databaseUrl, options, (engine) =>
    engine.diff({
      // With no migration yet there is no lockfile, and the engine cannot tell its connector.
      from: migrationsList.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      // Only affects the exit code the CLI would print, which nothing here reads.
      exitCode: false,
      filters: noFilters,
    }),
  );
  const sql = stdout ?? "";
  // An empty diff is a comment line only ("-- This is an empty migration.").
  if (sql.split("\n").every((line) => line.trim() === "" || line.startsWith("--"))) return null;
  const folder = `${timestamp(options.now ?? new Date())}_${slug}`;
  const dir = join(migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "migration.sql"), sql);
  await writeLockfile(migrationsDir);
  return { name: folder, dir, sql };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** Creates the database named in `databaseUrl` when it is missing; true when it did. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (database === "") throw new Error("DATABASE_URL names no database");
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      return true;
    } catch (error) {
      // Another process created it meanwhile: 42P04 duplicate_database, or
      // 23505 when both CREATE DATABASE statements ran at the same moment.
      const code = (error as { code?: string }).code;
      if (code === "42P04" || code === "23505") return false;
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Drops the database named in `databaseUrl`, closing its sessions (tests' teardown). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // FORCE: a leaked pool must not keep the database alive.
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Reads the migrations folder the way Prisma's CLI hands it to the engine. */
async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const content = await readFile(join(migrationsDir, folder, "migration.sql"), "utf8").then(
        (sql) => ({ tag: "ok" as const, value: sql }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: folder, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockfile = await readFile(join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockfile },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function writeLockfile(migrationsDir: string): Promise<void> {
  await writeFile(
    join(migrationsDir, LOCKFILE),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}

/** Prisma's folder prefix: UTC `YYYYMMDDHHMMSS`. */
function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Runs `fn` with a schema engine connected to `databaseUrl`, then frees everything. */
async function withEngine<T>(databaseUrl: string, options: MigrateOptions, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const pools: pg.Pool[] = [];
  const openPool = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: 2 });
    pool.on("error", () => {}); // an idle client's error surfaces on its next query
    pools.push(pool);
    return pool;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => patchAdapter(await new PrismaPg(openPool(databaseUrl)).connect()),
    // Fault 3: a shadow database of our own, on the same server, dropped after its pool closes.
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(shadowName)}`);
      const url = new URL(databaseUrl);
      url.pathname = `/${shadowName}`;
      const shadowPool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      const drop = async () => {
        shadows.delete(drop);
        await shadowPool.end().catch(() => {});
        await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(shadowName)} WITH (FORCE)`);
      };
      shadows.add(drop);
      const adapter = patchAdapter(await new PrismaPg(shadowPool).connect());
      adapter.dispose = drop;
      return adapter;
    },
  };
  const admin = openPool(databaseUrl);
  // Shadows the engine did not dispose of (it failed half-way) are dropped at the end.
  const shadows = new Set<() => Promise<void>>();
  lastPanic = undefined;
  const engine = await loadEngine(bindMigrationAwareSqlAdapterFactory(factory), options.log ?? (() => {}));
  try {
    return await fn(engine);
  } catch (error) {
    throw engineError(error, lastPanic);
  } finally {
    engine.free();
    for (const drop of [...shadows]) await drop().catch(() => {});
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
  }
}

/** The engine reports failures as objects with a message (and sometimes a code). */
function engineError(error: unknown, panic: string | undefined): Error {
  if (panic !== undefined) return new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
  if (error instanceof Error) return error;
  const e = error as { message?: string; code?: string };
  return new Error(e.message ? (e.code ? `${e.code}: ${e.message}` : e.message) : String(error));
}

interface PgInternals {
  performIO(query: SqlQuery): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
  underlyingDriver(): pg.Pool;
  onError(error: unknown): never;
}

const PG_CHAR = 18;
const PG_TEXT = 25;
const charColumns = Symbol("charColumns");

/** Faults 1 and 2, patched on one adapter instance (and its transactions). */
function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // Fault 1: adapter-pg throws on OID 18 before returning anything, so the
  // column passes through it as text, and its type is then set to Character,
  // which the engine's catalog reader expects. The column indexes travel on
  // the rows array, which queryRaw hands back as is.
  const readCharAsCharacter = (queryable: SqlQueryable) => {
    const q = queryable as unknown as PgInternals;
    const performIO = q.performIO.bind(q);
    q.performIO = async (query) => {
      const result = await performIO(query);
      const indexes: number[] = [];
      result.fields.forEach((field, i) => {
        if (field.dataTypeID === PG_CHAR) {
          field.dataTypeID = PG_TEXT;
          indexes.push(i);
        }
      });
      if (indexes.length > 0) Object.assign(result.rows, { [charColumns]: indexes });
      return result;
    };
    const queryRaw = queryable.queryRaw.bind(queryable);
    queryable.queryRaw = async (query) => {
      const result = await queryRaw(query);
      const indexes = (result.rows as { [charColumns]?: number[] })[charColumns] ?? [];
      for (const i of indexes) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
  };
  readCharAsCharacter(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    readCharAsCharacter(tx);
    return tx;
  };
  const internals = adapter as unknown as PgInternals;
  adapter.executeScript = async (script) => {
    try {
      await internals.underlyingDriver().query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

type Runtime = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
// Node 20's type definitions leave WebAssembly to the DOM lib, which this package does not load.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
};

let lastPanic: string | undefined;
let engineClass: Promise<Runtime["SchemaEngine"]> | undefined;

/**
 * Fault 5: instantiate the wasm-bindgen bindings by hand. Once per process:
 * wasm-bindgen keeps module-level state, and a second instance crashes it.
 */
async function loadEngine(adapter: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>, log: (line: string) => void): Promise<SchemaEngine> {
  engineClass ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime: Runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(bindingsPath), "schema_engine_bg.wasm"));
    const imports: Record<string, unknown> = { ...runtime };
    // Fault 4: the engine never clears its timers; unref'd, they cannot keep the process alive.
    for (const key of Object.keys(imports)) {
      if (key.startsWith("__wbg_setTimeout_")) {
        imports[key] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
      }
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": imports });
    // The engine reports a Rust panic's message here before it throws.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return (await engineClass).new({ datamodels: undefined }, log, adapter);
}
