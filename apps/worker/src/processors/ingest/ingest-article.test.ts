import { describe, expect, it } from "vitest";
import type { Job } from "bullmq";
import { pino } from "pino";
import { createIngestArticle } from "./ingest-article.js";
import type { Extraction, Extractor, IngestStore, OriginalCandidate, PageFetcher } from "./ports.js";

const extraction = (signature: string): Extraction => ({
  article: { title: "T", outlet: null, author: null, publishedAt: null, language: "en", wordCount: 3, contentHash: "sha256:x" } as Extraction["article"],
  sentiment: { score: 0, label: "neutral" },
  claims: [],
  text: "Some text.",
  signature,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The job's steps as the store sees them, and the candidates it offers. */
function harness(candidates: OriginalCandidate[] = [], delays: { statusMs?: number; fetchMs?: number } = {}) {
  const steps: string[] = [];
  const store: IngestStore = {
    async setStatus(_id, status, attempt) {
      await sleep(delays.statusMs ?? 0);
      steps.push(attempt === undefined ? status : `${status} (attempt ${attempt})`);
    },
    async markFailed(_id, code) {
      steps.push(`failed: ${code}`);
    },
    async storeExtraction(_id, _extraction, { isCopyOf }) {
      steps.push("stored");
      return { duplicateOfId: candidates.find(isCopyOf)?.id ?? null };
    },
  };
  const fetcher: PageFetcher = {
    async fetchPage(url) {
      await sleep(delays.fetchMs ?? 0);
      steps.push("fetched");
      return { ok: true, value: { body: "<p>x</p>", contentType: "text/html", url } };
    },
  };
  const extractor: Extractor = {
    extractPage: () => ({ ok: true, value: extraction("mine") }),
    isNearDuplicate: (a, b) => a === b,
  };
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const run = createIngestArticle({ store, fetcher, extractor, logger });
  const job = { id: "article-a1", attemptsMade: 0, opts: { attempts: 5 } } as unknown as Job;
  return { steps, logs, run: (payload: Parameters<typeof run>[0]) => run(payload, job) };
}

describe("the ingest job", () => {
  it("shows each step of a fetched page: fetching, then extracting, then stored", async () => {
    const { steps, run } = harness();
    await run({ articleId: "a1", url: "https://example.org/x" });
    expect(steps).toEqual(["fetching (attempt 1)", "fetched", "extracting", "stored"]);
  });

  it("takes a seeded page straight to extracting: there is nothing to fetch", async () => {
    const { steps, run } = harness();
    await run({ articleId: "a1", url: "https://example.org/x", page: { body: "<p>x</p>", contentType: "text/html" } });
    expect(steps).toEqual(["extracting (attempt 1)", "stored"]);
  });

  it("is a copy of an identical text or of a near-duplicate, and of nothing else", async () => {
    const other = { id: "o1", signature: "other", sameContent: false };
    expect(await harness([other]).run({ articleId: "a1", url: "https://example.org/x" })).toMatchObject({ duplicateOf: null });
    const near = { id: "o2", signature: "mine", sameContent: false };
    expect(await harness([other, near]).run({ articleId: "a1", url: "https://example.org/x" })).toMatchObject({ duplicateOf: "o2" });
    const identical = { id: "o3", signature: null, sameContent: true };
    expect(await harness([other, identical]).run({ articleId: "a1", url: "https://example.org/x" })).toMatchObject({ duplicateOf: "o3" });
  });

  it("logs how long each phase took under its own name: status writes are not fetching", async () => {
    const timings = (logs: Record<string, unknown>[]) => logs.find((l) => l.msg === "article done")!.ms as Record<string, number>;

    const fetched = harness([], { statusMs: 100, fetchMs: 30 });
    await fetched.run({ articleId: "a1", url: "https://example.org/x" });
    const f = timings(fetched.logs);
    expect(f.fetch).toBeGreaterThanOrEqual(25);
    expect(f.fetch).toBeLessThan(100); // the two 100 ms status writes are not in it
    expect(f.status).toBeGreaterThanOrEqual(190);

    const seeded = harness([], { statusMs: 100 });
    await seeded.run({ articleId: "a1", url: "https://example.org/x", page: { body: "<p>x</p>", contentType: "text/html" } });
    const s = timings(seeded.logs);
    expect(Object.keys(s).sort()).toEqual(["extract", "status", "store", "total"]); // nothing was fetched
    expect(s.status).toBeGreaterThanOrEqual(95);
  });
});
