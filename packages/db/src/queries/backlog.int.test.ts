import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../../test/helpers/db.js";
import { createDb } from "../client.js";
import { countArticles, listStaleUnfinished } from "./backlog.js";
import { markArticleFailed, upsertQueuedArticles } from "./articles.js";

const db = testDb(createDb);
beforeEach(() => resetDb(db));

describe("listStaleUnfinished", () => {
  it("lists unfinished articles untouched since the cut-off, oldest first, and nothing final", async () => {
    const [a, b, c] = await upsertQueuedArticles(db, ["a", "b", "c"].map((x) => ({ url: `https://s.example/${x}`, inputUrl: `https://s.example/${x}` })));
    await db.article.update({ where: { id: a!.id }, data: { status: "fetching", updatedAt: new Date("2020-01-02") } });
    await db.article.update({ where: { id: b!.id }, data: { updatedAt: new Date("2020-01-01") } });
    await markArticleFailed(db, c!.id, "not_html", "a PDF");
    await db.article.update({ where: { id: c!.id }, data: { updatedAt: new Date("2020-01-01") } });

    const stale = await listStaleUnfinished(db, new Date("2021-01-01"), 10);
    expect(stale.map((s) => [s.id, s.status])).toEqual([
      [b!.id, "queued"],
      [a!.id, "fetching"],
    ]);
    expect(await listStaleUnfinished(db, new Date("2020-01-01T12:00:00Z"), 10)).toHaveLength(1);
    expect(await listStaleUnfinished(db, new Date("2021-01-01"), 1)).toHaveLength(1);
  });
});

describe("countArticles", () => {
  it("counts every article", async () => {
    expect(await countArticles(db)).toBe(0);
    await upsertQueuedArticles(db, [{ url: "https://s.example/x", inputUrl: "https://s.example/x" }]);
    expect(await countArticles(db)).toBe(1);
  });
});
