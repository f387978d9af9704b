#!/usr/bin/env node
// `npm run bench:web`: the dashboard's read side at a million claims.
//
// Seeds a scratch database (`tally_bench_web` on DATABASE_URL's server:
// dropped, created, migrated, then filled by bench/web-seed.sql with 40
// outlets, 50,000 articles and 1,000,000 claims), starts the built app
// (`next start`, building it first if .next is missing), and times, one
// request at a time after a warm-up:
//   - GET /api/series for typical chart queries,
//   - GET /api/claims for typical filters and for paging on by cursor,
//   - GET / until its whole HTML has arrived ("time to first render" on the
//     server side: the page is server-rendered, so this is when a browser
//     has everything it needs to paint),
//   - GET /claims and /disagreements the same way (no target; reported
//     because each was once seconds slow at this size).
// Prints p50/p95 per scenario and overall, writes bench/results/web.json.
//
//   node bench/web.mjs [--requests 100] [--keep] [--reuse]
//   (--keep leaves the database; --reuse starts from one a --keep run left)
//
// Needs `npm run build` (packages' dist/ and the web app) and PostgreSQL;
// Redis is not needed for these reads (health will say it is down if absent).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webDir = path.join(root, "apps/web");
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const REQUESTS = Number(arg("requests", "100"));
const PAGE_REQUESTS = Number(arg("page-requests", "20"));
const KEEP = process.argv.includes("--keep");

// Only this script reads the environment here; the app gets its settings passed.
const baseUrl = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/tally");
const benchUrl = new URL(baseUrl);
benchUrl.pathname = "/tally_bench_web";
const adminUrl = new URL(baseUrl);
adminUrl.pathname = "/postgres";

const { migrateDeploy } = await import("@tally/db/migrate");

const log = (...a) => console.log(...a);

async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl.toString() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** With --reuse, a database a previous `--keep` run left is used as it is. */
async function reuse() {
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  try {
    await c.connect();
    const { rows } = await c.query(
      "SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM outlet)::int AS outlets",
    );
    return rows[0].claims === 1_000_000 ? { ...rows[0], seedSeconds: null } : null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Fresh statistics and visibility maps, so that plans and index-only scans are as in steady use. */
async function vacuumAnalyze() {
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  try {
    for (const t of ["outlet", "article", "claim"]) await c.query(`VACUUM ANALYZE ${t}`);
  } finally {
    await c.end();
  }
}

async function seed() {
  if (process.argv.includes("--reuse")) {
    const kept = await reuse();
    if (kept) {
      // Migrations added since the --keep run (new indexes) apply to the kept data too.
      const { applied } = await migrateDeploy(benchUrl.toString());
      if (applied.length > 0) await vacuumAnalyze();
      return kept;
    }
  }
  const t0 = performance.now();
  await admin("DROP DATABASE IF EXISTS tally_bench_web WITH (FORCE)");
  await admin("CREATE DATABASE tally_bench_web");
  await migrateDeploy(benchUrl.toString());
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  try {
    await c.query(readFileSync(path.join(root, "bench/web-seed.sql"), "utf8"));
    await vacuumAnalyze();
    const { rows } = await c.query(
      "SELECT (SELECT count(*) FROM claim)::int AS claims, (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM outlet)::int AS outlets",
    );
    return { ...rows[0], seedSeconds: Math.round((performance.now() - t0) / 100) / 10 };
  } finally {
    await c.end();
  }
}

const nextBin = createRequire(path.join(webDir, "package.json")).resolve("next/dist/bin/next");

/** Newest modification time under `p` (a file or a directory), skipping node_modules and .next. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) if (name !== "node_modules" && name !== ".next") max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** Is .next newer than the app's sources and the packages' dist/ it loads? A stale build would time old code. */
function isFresh(buildId) {
  const sources = ["app", "src", "next.config.ts", "instrumentation.ts", "package.json"].map((p) => path.join(webDir, p));
  const deps = ["packages/core/dist", "packages/db/dist"].map((p) => path.join(root, p));
  return existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...[...sources, ...deps].map(newest));
}

async function ensureBuilt() {
  const buildId = path.join(webDir, ".next/BUILD_ID");
  if (isFresh(buildId)) return;
  log("building the web app (next build): .next is missing or older than its sources…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { cwd: webDir, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status === 0) return;
  // Another `next build` (a developer's, a test's) may hold .next: wait for its fresh BUILD_ID.
  for (let i = 0; i < 300 && !isFresh(buildId); i++) await new Promise((res) => setTimeout(res, 1_000));
  if (!isFresh(buildId)) throw new Error("next build failed");
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = "";
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, DATABASE_URL: benchUrl.toString(), NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${out}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)] * 10) / 10;
}

function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: percentile(s, 100) };
}

/** Times one GET to the end of its body; fails loudly on a non-2xx. */
async function timed(url) {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${res.status} from ${url}: ${body.slice(0, 300)}`);
  return { ms, body };
}

/** Runs a scenario: `paths` are cycled through, `warmup` untimed requests first. */
async function scenario(base, name, paths, n = REQUESTS, warmup = 5) {
  for (let i = 0; i < warmup; i++) await timed(base + paths[i % paths.length]);
  const times = [];
  for (let i = 0; i < n; i++) times.push((await timed(base + paths[i % paths.length])).ms);
  const s = { name, example: paths[0], ...summary(times) };
  log(`  ${name.padEnd(58)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms`);
  return { s, times };
}

/** Walks pages by cursor: each request asks for the page after the previous one's. */
async function cursorWalk(base, name, first, n = REQUESTS) {
  const times = [];
  let next = first;
  for (let i = 0; i < n + 3; i++) {
    const { ms, body } = await timed(base + next);
    if (i >= 3) times.push(ms);
    const cursor = JSON.parse(body).nextCursor;
    next = cursor ? `${first}&cursor=${encodeURIComponent(cursor)}` : first;
  }
  const s = { name, example: first, ...summary(times) };
  log(`  ${name.padEnd(58)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms`);
  return { s, times };
}

const cross = (a, b) => a.flatMap((x) => b.map((y) => [x, y]));

async function main() {
  // Other processes on the machine skew every figure; the load averages say how much.
  const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
  log(`seeding ${benchUrl.host}${benchUrl.pathname} …`);
  const data = await seed();
  log(`  ${data.claims.toLocaleString("en")} claims, ${data.articles.toLocaleString("en")} articles, ${data.outlets} outlets${data.seedSeconds === null ? " (reused)" : ` in ${data.seedSeconds} s`}`);
  await ensureBuilt();
  const server = await startServer();
  const results = { series: [], claims: [], home: [], pages: [] };
  const all = { series: [], claims: [], home: [], pages: [] };
  try {
    log("GET /api/series");
    for (const [name, paths] of [
      ["personnel by source country, weekly", cross(["killed", "wounded", "casualties"], ["RU", "UA", "KP"]).map(([m, p]) => `/api/series?metric=${m}&party=${p}&by=sourceParty&bucket=week`)],
      ["personnel by source country, monthly, 2025", cross(["killed", "casualties"], ["RU", "UA"]).map(([m, p]) => `/api/series?metric=${m}&party=${p}&by=sourceParty&bucket=month&from=2025-01-01&to=2025-12-31`)],
      ["equipment by item, monthly", ["RU", "UA"].map((p) => `/api/series?metric=equipment_lost&party=${p}&by=item&bucket=month`)],
      ["troops deployed by source country, monthly", ["KP", "RU"].map((p) => `/api/series?metric=troops_deployed&party=${p}&by=sourceParty&bucket=month`)],
      ["one item by outlet, monthly", cross(["RU", "UA"], ["tanks", "drones"]).map(([p, i]) => `/api/series?metric=equipment_lost&party=${p}&item=${i}&by=outlet&bucket=month`)],
    ]) {
      const r = await scenario(server.url, name, paths);
      results.series.push(r.s);
      all.series.push(...r.times);
    }
    log("GET /api/claims");
    for (const [name, paths] of [
      ["metric and party, 100 a page", cross(["killed", "casualties", "equipment_lost"], ["RU", "UA", "KP"]).map(([m, p]) => `/api/claims?metric=${m}&party=${p}&limit=100`)],
      ["no filter, 100 a page", ["/api/claims?limit=100"]],
      ["source country and a quarter, 100 a page", ["RU", "UA", "KR"].map((s) => `/api/claims?sourceParty=${s}&from=2025-01&to=2025-03&limit=100`)],
      ["one outlet, 100 a page", ["Outlet 7", "Outlet 21"].map((o) => `/api/claims?outlet=${encodeURIComponent(o)}&limit=100`)],
    ]) {
      const r = await scenario(server.url, name, paths);
      results.claims.push(r.s);
      all.claims.push(...r.times);
    }
    const walk = await cursorWalk(server.url, "metric and party, next page by cursor", "/api/claims?metric=killed&party=RU&limit=100");
    results.claims.push(walk.s);
    all.claims.push(...walk.times);

    log("GET / (whole server-rendered HTML)");
    for (const [name, paths] of [
      ["/ with no filter", ["/"]],
      ["/ filtered to one party", ["/?party=RU", "/?party=UA"]],
      ["/ filtered to a source country and half a year", ["/?sourceParty=UA&from=2025-01-01&to=2025-06-30", "/?sourceParty=RU&from=2024-07-01&to=2024-12-31"]],
    ]) {
      const r = await scenario(server.url, name, paths, PAGE_REQUESTS, 2);
      results.home.push(r.s);
      all.home.push(...r.times);
    }
    log("GET /claims, /disagreements (whole server-rendered HTML)");
    for (const [name, paths] of [
      ["/claims with no filter", ["/claims"]],
      ["/claims for a metric and party", ["/claims?metric=killed&party=RU", "/claims?metric=equipment_lost&party=UA"]],
      ["/disagreements for a party with ~90,000 claims", ["/disagreements?metric=killed&party=RU", "/disagreements?metric=equipment_lost&party=RU"]],
    ]) {
      const r = await scenario(server.url, name, paths, PAGE_REQUESTS, 2);
      results.pages.push(r.s);
      all.pages.push(...r.times);
    }
  } finally {
    await server.stop();
    if (!KEEP) await admin("DROP DATABASE IF EXISTS tally_bench_web WITH (FORCE)");
  }

  const overall = { series: summary(all.series), claims: summary(all.claims), home: summary(all.home), pages: summary(all.pages) };
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    data,
    method:
      "one client, requests in sequence after a warm-up; each time is from sending the request to the last byte of the body; scenarios cycle through the listed filter values; PostgreSQL on the same machine",
    targets: { seriesP95Ms: 100, homeMs: 1500 },
    overall,
    met: { seriesP95: overall.series.p95 <= 100, home: overall.home.p95 <= 1500 },
    scenarios: results,
  };
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(path.join(root, "bench/results/web.json"), `${JSON.stringify(out, null, 2)}\n`);
  log("");
  log(`/api/series  p50 ${overall.series.p50} ms  p95 ${overall.series.p95} ms  (target p95 ≤ 100 ms: ${out.met.seriesP95 ? "met" : "NOT met"})`);
  log(`/api/claims  p50 ${overall.claims.p50} ms  p95 ${overall.claims.p95} ms`);
  log(`/            p50 ${overall.home.p50} ms  p95 ${overall.home.p95} ms  (target ≤ 1,500 ms: ${out.met.home ? "met" : "NOT met"})`);
  log(`other pages  p50 ${overall.pages.p50} ms  p95 ${overall.pages.p95} ms`);
  log("wrote bench/results/web.json");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
