import { randomBytes } from "node:crypto";

/** Random bytes drawn 4 KB at a time: one call into the CSPRNG per 256 ids instead of one per id (a store makes one per claim). */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let used = POOL_BYTES;

function random16(): Buffer {
  if (used + 16 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  const b = Buffer.allocUnsafe(16);
  pool.copy(b, 0, used, used + 16);
  used += 16;
  return b;
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random
 * bits; what Prisma's `@default(uuid(7))` generates, for rows inserted with
 * raw SQL (PostgreSQL 15 has no uuidv7()). Time-ordered, so ids of rows
 * inserted together sort near each other in the primary-key index.
 */
export function uuid7(now: number = Date.now()): string {
  const b = random16();
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
