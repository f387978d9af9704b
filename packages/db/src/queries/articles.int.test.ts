import { AppError, type Claim } from "@tally/core";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../../test/helpers/db.js";
import { createDb } from "../client.js";
import {
  findDuplicateCandidates,
  getArticleStatusByUrls,
  listFailed,
  markArticleFailed,
  resetFailedForRetry,
  setArticleStatus,
  statusCounts,
  storeExtraction,
  upsertQueuedArticles,
  type ExtractionToStore,
} from "./articles.js";
import { articleClaims } from "./claims.js";

const db = testDb(createDb);
beforeEach(() => resetDb(db));

const url = (n: number | string) => `https://press.example/story/${n}`;
const queue = async (...urls: string[]) => upsertQueuedArticles(db, urls.map((u) => ({ url: u, inputUrl: `${u}?utm_source=x` })));
const hash = (c: string) => `sha256:${c.repeat(64)}`;

function claim(n: number, sentence = `Roughly ${n} soldiers were reported killed in the fighting.`): Claim {
  return { metric: "killed", party: "RU", item: null, value: n, qualifier: "approx", low: n, high: n, attributedTo: null, sourceParty: null, asOf: "2024-05-01", sentence, start: 0, end: sentence.length };
}

function extraction(claims: Claim[], over: Partial<ExtractionToStore["article"]> = {}, signature: string | null = "sig"): ExtractionToStore {
  return {
    article: { title: "A title", outlet: "Press Example", author: "R. Writer", publishedAt: "2024-05-02", language: "en", wordCount: 420, contentHash: hash("b"), text: "Main text.", ...over },
    sentiment: { score: -0.5, label: "negative" },
    claims,
    signature,
  };
}

describe("upsertQueuedArticles", () => {
  it("inserts new URLs as queued and answers known ones with their status, in input order", async () => {
    const first = await queue(url(1), url(2));
    expect(first).toEqual([
      { id: expect.any(String), url: url(1), status: "queued", created: true },
      { id: expect.any(String), url: url(2), status: "queued", created: true },
    ]);
    await setArticleStatus(db, first[1]!.id, "done");

    const second = await queue(url(3), url(2), url(1), url(3));
    expect(second).toEqual([
      { id: expect.any(String), url: url(3), status: "queued", created: true },
      { id: first[1]!.id, url: url(2), status: "done", created: false },
      { id: first[0]!.id, url: url(1), status: "queued", created: false },
      { id: second[0]!.id, url: url(3), status: "queued", created: false },
    ]);
    expect(await db.article.count()).toBe(3);
    const row = await db.article.findUniqueOrThrow({ where: { url: url(1) } });
    expect(row.inputUrl).toBe(`${url(1)}?utm_source=x`);
  });

  it("never duplicates a URL when callers race", async () => {
    const urls = Array.from({ length: 100 }, (_, i) => url(i));
    const shuffled = () => [...urls].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(Array.from({ length: 6 }, () => queue(...shuffled())));
    expect(await db.article.count()).toBe(100);
    const createdTimes = new Map<string, number>();
    for (const a of answers.flat()) createdTimes.set(a.url, (createdTimes.get(a.url) ?? 0) + (a.created ? 1 : 0));
    expect([...createdTimes.values()]).toEqual(Array(100).fill(1));
    const idsByUrl = new Map<string, Set<string>>();
    for (const a of answers.flat()) idsByUrl.set(a.url, (idsByUrl.get(a.url) ?? new Set()).add(a.id));
    expect([...idsByUrl.values()].every((ids) => ids.size === 1)).toBe(true);
  });

  it("answers an empty list with an empty list", async () => {
    expect(await upsertQueuedArticles(db, [])).toEqual([]);
  });
});

describe("status, failure and retry", () => {
  it("moves an article through its statuses and records attempts", async () => {
    const [a] = await queue(url(1));
    expect(await setArticleStatus(db, a!.id, "fetching", { attempts: 2 })).toBe(true);
    expect(await db.article.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: "fetching", attempts: 2 });
    expect(await setArticleStatus(db, "00000000-0000-7000-8000-000000000000", "done")).toBe(false);
  });

  it("commits a status on the way without waiting for its flush, and leaves the connection's setting alone", async () => {
    const one = createDb(testDatabaseUrl(), { max: 1 });
    try {
      const [a] = await queue(url(1));
      await one.$executeRawUnsafe("SET synchronous_commit = remote_write");
      expect(await setArticleStatus(one, a!.id, "fetching", { attempts: 1 })).toBe(true);
      expect(await setArticleStatus(one, a!.id, "extracting")).toBe(true);
      expect(await setArticleStatus(one, a!.id, "failed")).toBe(true);
      // The one pooled connection: its own setting is what it was before each statement.
      expect(await one.$queryRawUnsafe("SHOW synchronous_commit")).toEqual([{ synchronous_commit: "remote_write" }]);
      expect(await db.article.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ status: "failed", attempts: 1 });
    } finally {
      await one.$disconnect();
    }
  });

  it("stores a failure, lists it, counts it, and clears it on a new status", async () => {
    const [a, b, c] = await queue(url(1), url(2), url(3));
    await markArticleFailed(db, a!.id, "timeout", "no answer in 20 s");
    await new Promise((r) => setTimeout(r, 5));
    await markArticleFailed(db, b!.id, "too_large", "x".repeat(5_000));
    await setArticleStatus(db, c!.id, "extracting");

    const failed = await listFailed(db, { limit: 10 });
    expect(failed.map((f) => [f.url, f.code])).toEqual([
      [url(2), "too_large"],
      [url(1), "timeout"],
    ]);
    expect(failed[0]!.message).toHaveLength(2_000);
    expect(failed[1]).toMatchObject({ id: a!.id, message: "no answer in 20 s", updatedAt: expect.any(Date) });
    expect(await listFailed(db, { limit: 1 })).toHaveLength(1);
    expect(await statusCounts(db)).toEqual({ queued: 0, fetching: 0, extracting: 1, done: 0, failed: 2 });

    await setArticleStatus(db, a!.id, "fetching");
    expect(await db.article.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ failureCode: null, failureMessage: null });
  });

  it("resets failed articles by id, by URL or all, leaving the others alone", async () => {
    const rows = await queue(url(1), url(2), url(3), url(4));
    for (const r of rows.slice(0, 3)) await markArticleFailed(db, r.id, "server_error", "503");
    await setArticleStatus(db, rows[0]!.id, "failed", { attempts: 5 });

    expect(await resetFailedForRetry(db, { ids: [rows[0]!.id, rows[3]!.id] })).toEqual([{ id: rows[0]!.id, url: url(1), status: "queued" }]);
    expect(await db.article.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({ attempts: 0, failureCode: null });
    expect(await resetFailedForRetry(db, { urls: [url(2)] })).toEqual([{ id: rows[1]!.id, url: url(2), status: "queued" }]);
    expect(await resetFailedForRetry(db, "all")).toEqual([{ id: rows[2]!.id, url: url(3), status: "queued" }]);
    expect(await resetFailedForRetry(db, "all")).toEqual([]);
    expect(await statusCounts(db)).toEqual({ queued: 4, fetching: 0, extracting: 0, done: 0, failed: 0 });
  });

  it("reads progress by URL, in the order asked, skipping unknown URLs", async () => {
    const [a, b] = await queue(url(1), url(2));
    await markArticleFailed(db, b!.id, "not_html", "image/png");
    const progress = await getArticleStatusByUrls(db, [url(2), url(9), url(1)]);
    expect(progress.map((p) => [p.id, p.status, p.failureCode])).toEqual([
      [b!.id, "failed", "not_html"],
      [a!.id, "queued", null],
    ]);
    expect(await getArticleStatusByUrls(db, [])).toEqual([]);
  });
});

describe("storeExtraction", () => {
  it("fills the article, its outlet and its claims, and marks it done", async () => {
    const [a, b] = await queue(url(1), url(2));
    await markArticleFailed(db, a!.id, "timeout", "earlier attempt");
    const fetchedAt = new Date("2024-05-03T10:00:00.123Z");
    await storeExtraction(db, a!.id, extraction([claim(10), claim(20)]), { duplicateOfId: null, fetchedAt });
    await storeExtraction(db, b!.id, extraction([claim(30)], { contentHash: hash("c") }), { duplicateOfId: a!.id, fetchedAt });

    const row = await db.article.findUniqueOrThrow({ where: { id: a!.id }, include: { outlet: true } });
    expect(row).toMatchObject({
      status: "done",
      failureCode: null,
      failureMessage: null,
      title: "A title",
      author: "R. Writer",
      publishedAt: new Date("2024-05-02T00:00:00Z"),
      language: "en",
      wordCount: 420,
      text: "Main text.",
      contentHash: hash("b"),
      signature: "sig",
      sentimentScore: -0.5,
      sentimentLabel: "negative",
      fetchedAt,
      duplicateOfId: null,
      outlet: { name: "Press Example", host: "press.example" },
    });
    expect(await db.outlet.count()).toBe(1);
    expect((await articleClaims(db, a!.id)).map((c) => [c.value, c.ordinal, c.isEcho])).toEqual([
      [10, 0, false],
      [20, 1, false],
    ]);
    // A near-duplicate's figures are echoes of the original's.
    expect(await db.article.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ duplicateOfId: a!.id });
    expect((await articleClaims(db, b!.id)).map((c) => c.isEcho)).toEqual([true]);
  });

  it("replaces an earlier set of claims", async () => {
    const [a] = await queue(url(1));
    await storeExtraction(db, a!.id, extraction([claim(1), claim(2), claim(3)]), { duplicateOfId: null, fetchedAt: new Date() });
    await storeExtraction(db, a!.id, extraction([claim(9)], { outlet: null, title: "Second" }), { duplicateOfId: null, fetchedAt: new Date() });
    expect((await articleClaims(db, a!.id)).map((c) => [c.value, c.ordinal])).toEqual([[9, 0]]);
    expect(await db.article.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ title: "Second", outletId: null });
  });

  it("writes nothing when any part fails: the earlier set and fields stay", async () => {
    const [a] = await queue(url(1));
    await storeExtraction(db, a!.id, extraction([claim(1), claim(2)]), { duplicateOfId: null, fetchedAt: new Date() });
    // Past core's schema but not past the database: the party CHECK fails on the second claim.
    const bad = { ...claim(4), party: "ru" };
    await expect(
      storeExtraction(db, a!.id, extraction([claim(3), bad], { title: "Never stored", outlet: "Other Outlet" }), { duplicateOfId: null, fetchedAt: new Date() }),
    ).rejects.toThrow();
    expect((await articleClaims(db, a!.id)).map((c) => c.value)).toEqual([1, 2]);
    expect(await db.article.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ title: "A title" });
    expect(await db.outlet.findMany({ select: { name: true } })).toEqual([{ name: "Press Example" }]);
  });

  it("leaves exactly one whole set when two workers store the same article at once", async () => {
    const [a] = await queue(url(1));
    const setA = [claim(1, "Set A first."), claim(2, "Set A second."), claim(3, "Set A third.")];
    const setB = Array.from({ length: 5 }, (_, i) => claim(10 + i, `Set B number ${i}.`));
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([
        storeExtraction(db, a!.id, extraction(setA), { duplicateOfId: null, fetchedAt: new Date() }),
        storeExtraction(db, a!.id, extraction(setB), { duplicateOfId: null, fetchedAt: new Date() }),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const sentences = (await articleClaims(db, a!.id)).map((c) => c.sentence);
      expect([setA.map((c) => c.sentence), setB.map((c) => c.sentence)]).toContainEqual(sentences);
    }
  });

  it("keeps every character of text and names, quotes and backslashes included", async () => {
    const [a] = await queue(url(1));
    const text = "It's \\ a 'quoted' $$ text;\nwith -- no comment, E'\\x41', emoji 🇺🇦 and ünïcode.";
    const odd = claim(5, "O'Brien said 5 soldiers \\ were killed; DROP TABLE claim; --");
    await storeExtraction(db, a!.id, extraction([odd], { text, outlet: "L'Écho \\ du Front", title: "A 'title'" }), { duplicateOfId: null, fetchedAt: new Date() });
    const row = await db.article.findUniqueOrThrow({ where: { id: a!.id }, include: { outlet: true } });
    expect(row).toMatchObject({ text, title: "A 'title'", outlet: { name: "L'Écho \\ du Front", host: "press.example" } });
    expect((await articleClaims(db, a!.id)).map((c) => c.sentence)).toEqual([odd.sentence]);
  });

  it("answers the original the judge picked and stores the copy's claims as echoes", async () => {
    const [a, b] = await queue(url(1), url(2));
    const fetchedAt = new Date();
    expect(await storeExtraction(db, a!.id, extraction([claim(1)], {}, "story-1"), { fetchedAt, pickOriginal: () => null })).toEqual({ duplicateOfId: null });
    const offered: string[][] = [];
    const judge = (cs: readonly { id: string; signature: string | null }[]) => {
      offered.push(cs.map((c) => c.id));
      return cs.find((c) => c.signature === "story-1")?.id ?? null;
    };
    expect(await storeExtraction(db, b!.id, extraction([claim(1)], { contentHash: hash("c") }, "story-1"), { fetchedAt, pickOriginal: judge })).toEqual({ duplicateOfId: a!.id });
    expect(offered).toEqual([[a!.id]]);
    expect((await articleClaims(db, b!.id)).map((c) => c.isEcho)).toEqual([true]);
  });

  it("makes one original of two copies of a story stored at the same moment", async () => {
    // Each round: two articles of one story (same signature, different texts)
    // read their candidates before either writes, the race of two workers.
    for (let round = 0; round < 8; round++) {
      const story = `story-${round}`;
      const [a, b] = await queue(url(`${round}a`), url(`${round}b`));
      const sameStory = (cs: readonly { id: string; signature: string | null }[]) => cs.find((c) => c.signature === story)?.id ?? null;
      const store = (id: string, text: string) =>
        storeExtraction(db, id, extraction([claim(round)], { contentHash: hash(text), publishedAt: "2024-06-10" }, story), { fetchedAt: new Date(), pickOriginal: sameStory });
      const [ra, rb] = await Promise.all([store(a!.id, "d"), store(b!.id, "e")]);
      const originals = [ra, rb].filter((r) => r.duplicateOfId === null);
      expect(originals).toHaveLength(1);
      const rows = await db.article.findMany({ where: { id: { in: [a!.id, b!.id] } }, select: { id: true, duplicateOfId: true } });
      const original = rows.find((r) => r.duplicateOfId === null);
      expect(rows.filter((r) => r.duplicateOfId === original?.id)).toHaveLength(1);
    }
  });

  it("stores an article that copies nothing in the window as an original without asking the judge", async () => {
    const [a] = await queue(url(1));
    let asked = 0;
    const result = await storeExtraction(db, a!.id, extraction([]), { fetchedAt: new Date(), pickOriginal: () => (asked++, null) });
    expect(result).toEqual({ duplicateOfId: null });
    expect(asked).toBe(0);
  });

  it("refuses an article that does not exist", async () => {
    const missing = "00000000-0000-7000-8000-000000000001";
    const attempt = storeExtraction(db, missing, extraction([claim(1)]), { duplicateOfId: null, fetchedAt: new Date() });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    expect(await db.claim.count()).toBe(0);
  });
});

describe("findDuplicateCandidates", () => {
  async function stored(n: number, over: Partial<ExtractionToStore["article"]>, signature: string | null = `sig-${n}`, duplicateOfId: string | null = null) {
    const [row] = await queue(url(n));
    await storeExtraction(db, row!.id, extraction([], { contentHash: hash("0"), ...over }, signature), { duplicateOfId, fetchedAt: new Date() });
    return row!.id;
  }

  it("offers same-content articles first, then those published within a week, most recent first", async () => {
    const self = await stored(0, { contentHash: hash("e"), publishedAt: "2024-06-10" });
    const sameText = await stored(1, { contentHash: hash("e"), publishedAt: "2023-01-01" });
    const threeDaysBefore = await stored(2, { publishedAt: "2024-06-07" });
    const sixDaysAfter = await stored(3, { publishedAt: "2024-06-16" });
    await stored(4, { publishedAt: "2024-05-20" }); // three weeks before: too far
    await stored(5, { publishedAt: "2024-06-11" }, null); // no signature to compare
    await stored(6, { publishedAt: "2024-06-11" }, "sig-6", threeDaysBefore); // itself a duplicate
    const [queued] = await queue(url(7)); // not extracted yet
    expect(queued).toBeDefined();

    const candidates = await findDuplicateCandidates(db, { excludeId: self, contentHash: hash("e"), publishedAt: "2024-06-10", limit: 10 });
    expect(candidates.map((c) => c.id)).toEqual([sameText, sixDaysAfter, threeDaysBefore]);
    expect(candidates[0]).toMatchObject({ url: url(1), signature: "sig-1", sameContent: true });
    expect(candidates[1]).toMatchObject({ sameContent: false, signature: "sig-3" });
    expect(candidates[1]!.publishedAt?.toISOString().slice(0, 10)).toBe("2024-06-16");

    const capped = await findDuplicateCandidates(db, { excludeId: self, contentHash: hash("e"), publishedAt: new Date("2024-06-10T00:00:00Z"), limit: 2 });
    expect(capped.map((c) => c.id)).toEqual([sameText, sixDaysAfter]);
  });

  it("without a publication date compares against articles stored this week", async () => {
    const self = await stored(0, { contentHash: hash("f"), publishedAt: null });
    const recentUndated = await stored(1, { publishedAt: null });
    await stored(2, { publishedAt: "2020-01-01" });
    const candidates = await findDuplicateCandidates(db, { excludeId: self, contentHash: hash("f"), limit: 10 });
    expect(candidates.map((c) => c.id)).toEqual([recentUndated]);
  });
});
