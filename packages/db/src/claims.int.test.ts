import type { Claim } from "@tally/core";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../test/helpers/db.js";
import { createDb } from "./client.js";
import { articleClaims } from "./queries/claims.js";
import { storeExtraction, upsertQueuedArticles } from "./queries/articles.js";

const db = testDb(createDb);
beforeEach(() => resetDb(db));

const sentence = "Officials in Kyiv said between 40 and 52 armoured vehicles were lost near the river crossing by March.";
// Every field set, none at its default, so a dropped or renamed column shows.
const fullClaim: Claim = {
  metric: "equipment_lost",
  party: "RU",
  item: "ifv",
  value: 46,
  qualifier: "range",
  low: 40,
  high: 52,
  attributedTo: "officials in Kyiv",
  sourceParty: "UA",
  asOf: "2024-03",
  sentence,
  start: 118,
  end: 118 + sentence.length,
  sentiment: { score: -0.375, label: "negative" },
};

async function newArticle(url = "https://news.example/a"): Promise<string> {
  const [row] = await upsertQueuedArticles(db, [{ url, inputUrl: url }]);
  return row!.id;
}

describe("a claim through the client", () => {
  it("round-trips every column through Prisma", async () => {
    const articleId = await newArticle();
    const data = {
      articleId,
      ordinal: 3,
      metric: "equipment_lost",
      party: "RU",
      item: "ifv",
      value: 46.5,
      qualifier: "range",
      low: 40,
      high: 53,
      attributedTo: "officials in Kyiv",
      sourceParty: "UA",
      asOf: new Date("2024-03-01T00:00:00Z"),
      asOfPrecision: "month",
      sentence,
      start: 7,
      end: 7 + sentence.length,
      sentimentScore: -0.25,
      sentimentLabel: "negative",
      isEcho: true,
    } as const;
    const created = await db.claim.create({ data });
    const read = await db.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(read).toEqual({ ...data, id: created.id, createdAt: created.createdAt });
    expect(read.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/); // Prisma's uuid(7)
  });

  it("round-trips core's Claim through storeExtraction and articleClaims", async () => {
    const articleId = await newArticle();
    const plain: Claim = { ...fullClaim, metric: "killed", item: null, qualifier: "exact", value: 7, low: 7, high: 7, asOf: "2024-03-09", attributedTo: null, sourceParty: null, party: null };
    delete plain.sentiment;
    const yearOnly: Claim = { ...plain, asOf: "2023", qualifier: "at_least", high: null };
    await storeExtraction(
      db,
      articleId,
      {
        article: { title: "T", outlet: "Example News", author: null, publishedAt: "2024-03-10", language: "en", wordCount: 300, contentHash: `sha256:${"a".repeat(64)}` },
        sentiment: null,
        claims: [fullClaim, plain, yearOnly],
      },
      { duplicateOfId: null, fetchedAt: new Date() },
    );
    const stored = await articleClaims(db, articleId);
    expect(stored.map(({ id: _id, articleId: _a, ordinal: _o, isEcho: _e, ...claim }) => claim)).toEqual([fullClaim, plain, yearOnly]);
    expect(stored.map((c) => [c.ordinal, c.isEcho, c.articleId])).toEqual([
      [0, false, articleId],
      [1, false, articleId],
      [2, false, articleId],
    ]);
  });
});

describe("the database rejects a claim outside the vocabulary", () => {
  // Raw inserts, so nothing but the database stands in the way.
  async function insert(overrides: Record<string, string>): Promise<void> {
    const articleId = await newArticle(`https://news.example/${Math.random()}`);
    const columns: Record<string, string> = {
      metric: "'killed'",
      party: "'KP'",
      item: "NULL",
      value: "300",
      qualifier: "'approx'",
      low: "300",
      high: "300",
      source_party: "NULL",
      as_of: "NULL",
      as_of_precision: "NULL",
      start: "0",
      end: "10",
      ...overrides,
    };
    const names = Object.keys(columns).map((c) => `"${c}"`).join(", ");
    await db.$executeRawUnsafe(
      `INSERT INTO claim (id, article_id, ordinal, sentence, ${names}) VALUES (gen_random_uuid(), '${articleId}', 0, 'About 300 died.', ${Object.values(columns).join(", ")})`,
    );
  }

  it("accepts the baseline row the other cases vary", async () => {
    await expect(insert({})).resolves.toBeUndefined();
  });

  it.each([
    ["a metric not in the list", { metric: "'deaths'" }, /invalid input value for enum "Metric"/],
    ["an item not in the list", { metric: "'equipment_lost'", item: "'submarines'" }, /invalid input value for enum "Item"/],
    ["a qualifier not in the list", { qualifier: "'about'" }, /invalid input value for enum "Qualifier"/],
    ["party XX1", { party: "'XX1'" }, /too long|claim_party_check/],
    ["a lower-case party", { party: "'kp'" }, /claim_party_check/],
    ["a one-letter party", { party: "'K'" }, /claim_party_check/],
    ["a source party that is not a code", { source_party: "'R1'" }, /claim_source_party_check/],
    ["an item on a non-equipment metric", { item: "'tanks'" }, /claim_item_check/],
    ["equipment_lost without an item", { metric: "'equipment_lost'" }, /claim_item_check/],
    ["a negative value", { value: "-1" }, /claim_value_check/],
    ["a NaN value", { value: "'NaN'" }, /claim_value_check/],
    ["low above high", { low: "10", high: "5" }, /claim_bounds_check/],
    ["end before start", { start: "10", end: "5" }, /claim_offsets_check/],
    ["asOf without its precision", { as_of: "'2024-01-01'" }, /claim_as_of_precision_check/],
  ])("%s", async (_case, overrides, error) => {
    await expect(insert(overrides)).rejects.toThrow(error);
  });
});
