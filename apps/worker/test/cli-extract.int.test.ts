import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractResultSchema } from "@tally/core";
import { runCli } from "./helpers/cli.js";
import { articleHtml, KURSK_REPORT, LOSS_REPORT } from "./helpers/pages.js";
import { html, startPageServer, type PageServer } from "./helpers/page-server.js";

// `tally extract` needs neither PostgreSQL nor Redis: point both at closed
// ports, so a command that tried to connect would hang or fail.
const OFFLINE = { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", REDIS_URL: "redis://127.0.0.1:1" };

describe("tally extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tally-extract-"));
  const kursk = path.join(dir, "kursk.html");
  const losses = path.join(dir, "losses.html");
  const text = path.join(dir, "note.txt");
  let server: PageServer;

  beforeAll(async () => {
    writeFileSync(kursk, articleHtml(KURSK_REPORT));
    writeFileSync(losses, articleHtml(LOSS_REPORT));
    writeFileSync(
      text,
      ["Kyiv counts Russian losses", "", ...LOSS_REPORT.paragraphs].join("\n\n"),
    );
    server = await startPageServer({ "/story": html(articleHtml(LOSS_REPORT)) });
  });
  afterAll(() => server.close());

  it("prints claims.md's JSON for one file, exit 0", async () => {
    const r = await runCli(["extract", kursk], { env: OFFLINE });
    expect(r.code, r.stderr).toBe(0);
    const out = ExtractResultSchema.parse(JSON.parse(r.stdout));
    expect(out.article.title).toBe(KURSK_REPORT.title);
    expect(out.article.url).toBeNull();
    expect(out.article.text).toBeUndefined();
    const troops = out.claims.find((c) => c.metric === "troops_deployed");
    expect(troops).toMatchObject({ party: "KP", value: 11_000, sourceParty: "KR" });
  });

  it("adds the main text with --with-text and takes --url and --published for a text file", async () => {
    const r = await runCli(["extract", text, "--with-text", "--url", "https://ledger.example/k", "--published", "2025-03-04"], { env: OFFLINE });
    expect(r.code, r.stderr).toBe(0);
    const out = ExtractResultSchema.parse(JSON.parse(r.stdout));
    expect(out.article.title).toBe("Kyiv counts Russian losses");
    expect(out.article.url).toBe("https://ledger.example/k");
    expect(out.article.publishedAt).toBe("2025-03-04");
    expect(out.article.text).toContain("1,240 soldiers");
  });

  it("prints JSON Lines for several inputs, a failing one as an error line in its place, exit 1", async () => {
    const missing = path.join(dir, "missing.html");
    const r = await runCli(["extract", kursk, missing, losses], { env: OFFLINE });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect((lines[0] as { article: { title: string } }).article.title).toBe(KURSK_REPORT.title);
    expect(lines[1]).toEqual({ input: missing, error: { code: "not_found", message: "no such file" } });
    expect((lines[2] as { article: { title: string } }).article.title).toBe(LOSS_REPORT.title);
    expect(r.stderr.trim().split("\n")).toEqual([`tally extract: ${missing}: not_found: no such file`]);
  });

  it("stops quietly, exit 0, when its reader closes the pipe early (`| head -1`)", async () => {
    const r = await runCli(["extract", ...Array.from({ length: 20 }, () => losses)], { env: OFFLINE, closeStdoutEarly: true });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^\{"article":/);
  });

  it("fails one missing file with one error line naming it, exit 1", async () => {
    const r = await runCli(["extract", path.join(dir, "nope.txt")], { env: OFFLINE });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("nope.txt");
  });

  it("exits 2 on a usage error", async () => {
    expect((await runCli(["extract"], { env: OFFLINE })).code).toBe(2);
    expect((await runCli(["extract", kursk, "--published", "2025-02-30"], { env: OFFLINE })).code).toBe(2);
    expect((await runCli(["extract", kursk, "--no-such-flag"], { env: OFFLINE })).code).toBe(2);
    expect((await runCli(["frobnicate"], { env: OFFLINE })).code).toBe(2);
  });

  it("fetches a URL with a plain GET (private addresses allowed by the setting)", async () => {
    const r = await runCli(["extract", server.url("/story")], { env: { ...OFFLINE, TALLY_FETCH_ALLOW_PRIVATE: "1" } });
    expect(r.code, r.stderr).toBe(0);
    const out = ExtractResultSchema.parse(JSON.parse(r.stdout));
    expect(out.article.url).toBe(server.url("/story"));
    expect(out.claims.some((c) => c.party === "RU" && c.value === 1_240)).toBe(true);
  });

  it("refuses a loopback URL without the setting", async () => {
    const r = await runCli(["extract", server.url("/story")], { env: { ...OFFLINE, TALLY_FETCH_ALLOW_PRIVATE: "" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/address_refused/);
  });
});
