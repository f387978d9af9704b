import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { runCli } from "./helpers/cli.js";
import { articleHtml, KURSK_REPORT, LOSS_REPORT } from "./helpers/pages.js";
import { html, startPageServer, type PageServer } from "./helpers/page-server.js";
import { startWorker, testProducer, testWorkerConfig, waitFinal, type RunningWorker } from "./helpers/harness.js";

const db = testDb();
const prefix = redisPrefix("cli-queue");
const env = () => ({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix });
let server: PageServer;
let producer: ReturnType<typeof testProducer>;
let worker: RunningWorker | undefined;
const queue = () => producer.producer.queueOf("ingest-article");

beforeAll(async () => {
  server = await startPageServer({
    "/kursk": html(articleHtml(KURSK_REPORT)),
    "/losses": html(articleHtml(LOSS_REPORT)),
  });
  producer = testProducer(testRedisUrl(), prefix);
});
afterAll(async () => {
  await worker?.close();
  await queue().obliterate({ force: true }).catch(() => {});
  await producer.close();
  await server.close();
});
beforeEach(async () => {
  await worker?.close();
  worker = undefined;
  await resetDb(db);
  await queue().obliterate({ force: true });
});

const runWorker = async () => {
  worker = await startWorker(testWorkerConfig({ databaseUrl: testDatabaseUrl(), redisUrl: testRedisUrl(), prefix }));
};

describe("tally add", () => {
  it("prints one line per URL: queued, already known with its status, rejected with the reason", async () => {
    const a = "https://news.example/war/1";
    const r = await runCli(["add", a, `${a}?utm_source=x`, "mailto:someone@example.org", "https://news.example/war/2"], { env: env() });
    expect(r.code).toBe(1); // one URL was rejected
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^queued\s+https:\/\/news\.example\/war\/1$/),
      expect.stringMatching(/^already known\s+https:\/\/news\.example\/war\/1\?utm_source=x \(queued\)$/),
      expect.stringMatching(/^rejected\s+mailto:someone@example\.org: .+/),
      expect.stringMatching(/^queued\s+https:\/\/news\.example\/war\/2$/),
    ]);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tally add: mailto:someone@example\.org: invalid_url: /)]);
    expect(await db.article.count()).toBe(2);
    expect(await queue().count()).toBe(2);
  });

  it("reads a list file and standard input", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tally-add-"));
    const list = path.join(dir, "urls.txt");
    writeFileSync(list, "# a comment\nhttps://a.example/x\n\nhttps://b.example/y\n");
    const r = await runCli(["add", "--file", list, "-"], { env: env(), stdin: "https://c.example/z\n" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(3);
    expect(await db.article.count()).toBe(3);
  });

  it("--wait waits until every URL is final and prints a summary", async () => {
    await runWorker();
    const r = await runCli(["add", "--wait", server.url("/kursk"), server.url("/losses"), server.url("/missing")], { env: { ...env(), TALLY_FETCH_ALLOW_PRIVATE: "1" } });
    expect(r.code).toBe(1); // /missing fails with a 404
    const lines = r.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("2 done, 1 failed, 0 rejected");
    expect(lines.some((l) => /^failed\s+.*\/missing: http_error: /.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith("done"))).toHaveLength(2);
  });

  it("exits 2 without URLs and 1 with one line when Redis is down", async () => {
    expect((await runCli(["add"], { env: env() })).code).toBe(2);
    const r = await runCli(["add", "https://a.example/x"], { env: { ...env(), REDIS_URL: "redis://127.0.0.1:1" } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tally add: redis_unavailable: Redis unavailable/)]);
  });
});

describe("when PostgreSQL is not there", () => {
  it("status, export and add say so in one line naming the server, exit 1", async () => {
    const down = { ...env(), DATABASE_URL: "postgresql://postgres@127.0.0.1:1/tally" };
    for (const [args, command] of [[["status"], "status"], [["export"], "export"], [["add", "https://a.example/x"], "add"]] as const) {
      const r = await runCli([...args], { env: down });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe(`tally ${command}: cannot reach PostgreSQL at 127.0.0.1:1/tally; is it running, and is DATABASE_URL right?\n`);
    }
  });
});

describe("tally status, retry and export", () => {
  it("counts, lists failures, retries them and exports claims", async () => {
    await runWorker();
    const good = server.url("/kursk");
    const later = server.url("/later");
    await runCli(["add", "--wait", good, later], { env: env() });
    await waitFinal(db, [good, later]);

    const status = await runCli(["status", "--failed"], { env: env() });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/^done\s+1$/m);
    expect(status.stdout).toMatch(/^failed\s+1$/m);
    expect(status.stdout).toMatch(/^total\s+2$/m);
    expect(status.stdout).toContain(`${later}\thttp_error: HTTP 404`);

    // The page appears; retrying the failed URL now stores it.
    server.route("/later", html(articleHtml(LOSS_REPORT)));
    const retry = await runCli(["retry", "--failed"], { env: env() });
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout.trim()).toMatch(/^queued\s+.*\/later$/);
    const [again] = await waitFinal(db, [later]);
    expect(again!.status).toBe("done");
    const notFailed = await runCli(["retry", good], { env: env() });
    expect(notFailed.code).toBe(1);
    expect(notFailed.stderr).toMatch(/not failed \(done\)/);

    const csv = await runCli(["export", "--party", "KP"], { env: env() });
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.party === "KP" && r.articleUrl === good)).toBe(true);
    expect(rows.some((r) => r.metric === "troops_deployed" && r.value === "11000")).toBe(true);

    const json = await runCli(["export", "--format", "json", "--metric", "troops_deployed"], { env: env() });
    const claims = JSON.parse(json.stdout) as Array<{ metric: string; articleUrl: string }>;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.metric === "troops_deployed")).toBe(true);

    expect((await runCli(["export", "--metric", "vibes"], { env: env() })).code).toBe(2);
    const badFilter = await runCli(["export", "--from", "2025-13"], { env: env() });
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toBe('tally: export: --from: YYYY, YYYY-MM or YYYY-MM-DD (got "2025-13")\n');
  });
});

describe("tally seed", () => {
  it("ingests a corpus through the worker once, and skips a database that has articles", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tally-seed-"));
    mkdirSync(path.join(dir, "articles"));
    writeFileSync(path.join(dir, "articles", "a.html"), articleHtml(KURSK_REPORT));
    writeFileSync(path.join(dir, "articles", "b.txt"), ["Kyiv counts Russian losses", ...LOSS_REPORT.paragraphs].join("\n\n"));
    // Hosts that do not exist: seeding must not fetch.
    const manifest = {
      articles: [
        { file: "articles/a.html", url: "https://harbour.invalid/kursk", publishedAt: "2025-02-10" },
        { file: "articles/b.txt", url: "https://ledger.invalid/losses", publishedAt: "2025-03-04" },
      ],
    };
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    await runWorker();

    const first = await runCli(["seed", "--dir", dir], { env: env() });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/seeded 2 demo articles/);
    const rows = await waitFinal(db, manifest.articles.map((a) => a.url));
    expect(rows.map((r) => r.status)).toEqual(["done", "done"]);
    expect(await db.claim.count()).toBeGreaterThan(3);
    const text = await db.article.findUniqueOrThrow({ where: { url: "https://ledger.invalid/losses" } });
    expect(text.title).toBe("Kyiv counts Russian losses");

    const second = await runCli(["seed", "--dir", dir], { env: env() });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already has 2 articles; not seeding/);
    const forced = await runCli(["seed", "--dir", dir, "--force"], { env: env() });
    expect(forced.stdout).toMatch(/seeded 0 demo articles .*2 already known\)/);
    expect(await db.article.count()).toBe(2);

    // A demo article that failed (say its job was re-queued without its page) is mended by --force.
    await db.article.update({ where: { url: "https://harbour.invalid/kursk" }, data: { status: "failed", failureCode: "connection_failed" } });
    const mended = await runCli(["seed", "--dir", dir, "--force"], { env: env() });
    expect(mended.stdout).toMatch(/2 already known, 1 of them queued again/);
    const [again] = await waitFinal(db, ["https://harbour.invalid/kursk"]);
    expect(again).toMatchObject({ status: "done", failureCode: null });
  });
});
