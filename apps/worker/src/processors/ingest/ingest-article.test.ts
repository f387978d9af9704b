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

/** The job's steps as the store sees them, and the candidates it offers. */
function harness(candidates: OriginalCandidate[] = []) {
  const steps: string[] = [];
  const store: IngestStore = {
    async setStatus(_id, status, attempt) {
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
      steps.push("fetched");
      return { ok: true, value: { body: "<p>x</p>", contentType: "text/html", url } };
    },
  };
  const extractor: Extractor = {
    extractPage: () => ({ ok: true, value: extraction("mine") }),
    isNearDuplicate: (a, b) => a === b,
  };
  const run = createIngestArticle({ store, fetcher, extractor, logger: pino({ level: "silent" }) });
  const job = { id: "article-a1", attemptsMade: 0, opts: { attempts: 5 } } as unknown as Job;
  return { steps, run: (payload: Parameters<typeof run>[0]) => run(payload, job) };
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
});
