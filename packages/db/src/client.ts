import { PrismaPg } from "@prisma/adapter-pg";
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

/** A client for `databaseUrl`; `db.$disconnect()` closes its pool. */
export function createDb(databaseUrl: string, options: DbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  return new PrismaClient({ adapter });
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
