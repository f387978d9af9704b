import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../../test/helpers/db.js";
import { createDb, poolOf } from "../client.js";
import { uuid7 } from "../uuid7.js";
import { READ_CANDIDATES, WRITE_EXTRACTION, type Prepared } from "./articles.js";

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

const literal = (v: unknown) => (v === null ? "NULL" : typeof v === "string" ? pg.escapeLiteral(v) : typeof v === "boolean" ? String(v).toUpperCase() : `(${String(v)})`);

/** Runs `statement` with `values` under EXPLAIN ANALYZE with the generic plan PostgreSQL soon uses for a statement prepared once per connection. */
async function genericPlan(statement: Prepared, values: unknown[]): Promise<PlanNode> {
  const client = await poolOf(db).connect();
  try {
    await client.query(`PREPARE plan_test(${statement.types.join(", ")}) AS ${statement.sql}`);
    await client.query("SET plan_cache_mode = force_generic_plan");
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE plan_test(${values.map(literal).join(", ")})`);
    return rows[0]!["QUERY PLAN"][0].Plan;
  } finally {
    await client.query("DEALLOCATE plan_test; RESET plan_cache_mode");
    client.release();
  }
}

/** 3,000 originals published over `days` days from `from`, stored yesterday; and the article being stored. Answers its id. */
async function originals(from: string, days: number): Promise<string> {
  await db.$executeRawUnsafe(`INSERT INTO article (id, url, input_url, status, published_at, content_hash, signature, created_at, updated_at)
    SELECT gen_random_uuid(), 'https://press.example/' || g, 'https://press.example/' || g, 'done', date '${from}' + g % ${days},
           'sha256:' || md5(g::text), 's2.' || md5(g::text), now() - interval '1 day', now() - interval '1 day'
    FROM generate_series(1, 3000) g`);
  const [row] = await db.$queryRawUnsafe<{ id: string }[]>(
    "INSERT INTO article (id, url, input_url) VALUES (gen_random_uuid(), 'https://press.example/new', 'https://press.example/new') RETURNING id::text AS id",
  );
  return row!.id;
}

/** A busy week: 3,000 originals published within it, analyzed; and the article being stored. Answers its id. */
async function busyWeek(): Promise<string> {
  const id = await originals("2025-03-01", 7);
  await db.$executeRawUnsafe("ANALYZE article");
  return id;
}

// Each article's store reads its candidates, and then checks for originals stored since, holding
// the lock all stores wait for. Both statements are prepared once per connection, so PostgreSQL
// soon runs them with generic plans (parameters unknown when planned).
describe("the store's statements on a busy week", () => {
  it("the candidate read walks the window from its end and stops near the limit, not the whole week", async () => {
    const id = await busyWeek();
    const plan = await genericPlan(READ_CANDIDATES, [id, "sha256:new", "2025-03-04", 200]);
    // About a day of the window (its rows are sorted within a day) past the limit; sorting the week read all 3,000.
    expect(rowsRead(plan)).toBeLessThan(1500);
  });

  it("the candidate read keeps to the window even on a table without statistics", async () => {
    // A year of originals, about 120 of them in the fortnight around the new article's day.
    const id = await originals("2025-01-01", 365);
    // As the planner sees a table never analyzed (just created or truncated, restored from a dump);
    // TRUNCATE keeps column statistics, so they are removed (the tests run as the superuser).
    await db.$executeRawUnsafe("DELETE FROM pg_statistic WHERE starelid = 'article'::regclass");
    const plan = await genericPlan(READ_CANDIDATES, [id, "sha256:new", "2025-06-15", 200]);
    // Without statistics "status = 'done' AND duplicate_of_id IS NULL" looked as selective as the
    // date range, and the plan ANDed their two indexes: every original of the year (3,000), for each article.
    expect(rowsRead(plan)).toBeLessThan(500);
  });

  it("the check reads the few rows stored since the read, not the week's originals", async () => {
    const id = await busyWeek();
    const now = new Date().toISOString();
    // $1 article … $18 check on, $19 the window's day, $20 the read's time, $21 ids already judged.
    const values = [id, "A title", null, uuid7(), null, "2025-03-04", "en", 10, "Main text.", "sha256:new", "s2.new", null, null, now, null, 0, "[]", true, "2025-03-04", now, "{}"];
    const unseen = find(await genericPlan(WRITE_EXTRACTION, values), (n) => n["Subplan Name"] === "CTE unseen");
    expect(unseen).toBeDefined();
    expect(rowsRead(unseen!)).toBeLessThan(20);
    // And the write itself went through: nothing was stored since the read.
    const [stored] = await db.$queryRawUnsafe<{ status: string }[]>(`SELECT status::text FROM article WHERE id = '${id}'`);
    expect(stored!.status).toBe("done");
  });
});
