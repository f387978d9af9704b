import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../../test/helpers/db.js";
import { createDb, poolOf } from "../client.js";
import { uuid7 } from "../uuid7.js";
import { WRITE_EXTRACTION } from "./articles.js";

const db = testDb(createDb);
beforeEach(() => resetDb(db));

interface PlanNode {
  "Node Type": string;
  "Subplan Name"?: string;
  "Actual Rows"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

function find(node: PlanNode, test: (n: PlanNode) => boolean): PlanNode | undefined {
  if (test(node)) return node;
  for (const child of node.Plans ?? []) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Rows a plan's scans produced or threw away: what it read. */
function rowsRead(node: PlanNode): number {
  const own = node["Node Type"].includes("Scan") && node["Node Type"] !== "CTE Scan" ? (node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0) : 0;
  return own + (node.Plans ?? []).reduce((n, c) => n + rowsRead(c), 0);
}

describe("the store's check for originals stored since its read", () => {
  // Every store runs this check while holding the lock all stores wait for, and the statement is
  // prepared once per connection, so PostgreSQL soon runs it with a generic plan (parameters unknown).
  it("reads the few rows stored since the read, not the week's originals, with the generic plan", async () => {
    // A busy week: 3,000 originals published within it, stored yesterday; and the article being stored.
    await db.$executeRawUnsafe(`INSERT INTO article (id, url, input_url, status, published_at, content_hash, signature, created_at, updated_at)
      SELECT gen_random_uuid(), 'https://press.example/' || g, 'https://press.example/' || g, 'done', date '2025-03-01' + g % 7,
             'sha256:' || md5(g::text), 's2.' || md5(g::text), now() - interval '1 day', now() - interval '1 day'
      FROM generate_series(1, 3000) g`);
    const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
      "INSERT INTO article (id, url, input_url) VALUES (gen_random_uuid(), 'https://press.example/new', 'https://press.example/new') RETURNING id::text AS id",
    );
    await db.$executeRawUnsafe("ANALYZE article");

    const now = new Date().toISOString();
    // $1 article … $18 check on, $19 the window's day, $20 the read's time, $21 ids already judged.
    const values = [row!.id, "A title", null, uuid7(), null, "2025-03-04", "en", 10, "Main text.", "sha256:new", "s2.new", null, null, now, null, 0, "[]", true, "2025-03-04", now, "{}"];
    const literal = (v: unknown) => (v === null ? "NULL" : typeof v === "string" ? pg.escapeLiteral(v) : typeof v === "boolean" ? String(v).toUpperCase() : `(${String(v)})`);
    const client = await poolOf(db).connect();
    try {
      await client.query(`PREPARE store_plan_test(${WRITE_EXTRACTION.types.join(", ")}) AS ${WRITE_EXTRACTION.sql}`);
      await client.query("SET plan_cache_mode = force_generic_plan");
      const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE store_plan_test(${values.map(literal).join(", ")})`,
      );
      const unseen = find(rows[0]!["QUERY PLAN"][0].Plan, (n) => n["Subplan Name"] === "CTE unseen");
      expect(unseen).toBeDefined();
      expect(rowsRead(unseen!)).toBeLessThan(20);
      // And the write itself went through: nothing was stored since the read.
      const [stored] = await db.$queryRawUnsafe<{ status: string }[]>(`SELECT status::text FROM article WHERE id = '${row!.id}'`);
      expect(stored!.status).toBe("done");
    } finally {
      await client.query("DEALLOCATE store_plan_test; RESET plan_cache_mode");
      client.release();
    }
  });
});
