import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.js";

/** The database client: Prisma's, over a pg pool. Query functions take it first. */
export type Db = PrismaClient;

/** Pool settings; the defaults suit one web or worker process. */
export interface DbOptions {
  /** Most connections the pool opens (pg's default is 10). */
  max?: number;
  /**
   * How long acquiring a connection may take before the query fails. Without
   * it pg waits forever on an unreachable server, and health checks hang.
   */
  connectionTimeoutMs?: number;
}

/** Each client's pg pool, for {@link poolOf}. */
const pools = new WeakMap<Db, pg.Pool>();

/** A client for `databaseUrl`; `db.$disconnect()` closes its pool. */
export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  // The pool is made here, not by the adapter, so the ingestion hot path can
  // reach it (poolOf); the adapter ends it on $disconnect as it would its own.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  // An idle connection the server dropped (a restart, an outage) emits "error"
  // on the pool; unheard, that would kill the process. The next query simply
  // gets a fresh connection, so there is nothing else to do.
  pool.on("error", () => {});
  // The pool hears a connection's errors only while it is idle. One that drops while checked out
  // (a transaction between two statements) would emit an unheard "error" too; its next query fails
  // with the reason instead, and the pool discards it on release.
  pool.on("connect", (c) => c.on("error", () => {}));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool under a client made by {@link createDb}. For the few queries the
 * worker runs for every article: through Prisma a statement costs ~0.25 ms of
 * CPU, through the pool ~0.07 ms (measured for bench/pipeline.mjs).
 */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (pool === undefined) throw new Error("poolOf: this client was not made by createDb");
  return pool;
}

/** True when the database answers `SELECT 1` within `timeoutMs`. */
export async function pingDb(db: Db, timeoutMs = 1_500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.$queryRaw`SELECT 1`.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
