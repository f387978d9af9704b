import { createDb, type Db } from "@tally/db";
import { env } from "./env";

// One client (and one connection pool) per process. Kept on globalThis because
// Next's dev server re-evaluates modules on every edit and would otherwise
// open a new pool each time.
const slot = globalThis as typeof globalThis & { __tallyDb?: Db };

/** The process's database client. */
export function db(): Db {
  slot.__tallyDb ??= createDb(env().DATABASE_URL);
  return slot.__tallyDb;
}
