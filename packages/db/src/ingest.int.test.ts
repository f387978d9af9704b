import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../test/helpers/db.js";
import { createDb } from "./client.js";
import { addUrls, MAX_URLS_PER_CALL } from "./ingest.js";

const db = testDb(createDb);
beforeEach(() => resetDb(db));

describe("addUrls", () => {
  it("queues new URLs once, answers known ones with their status, rejects bad ones", async () => {
    const queued: { id: string; url: string }[] = [];
    const deps = { db, enqueue: async (a: { id: string; url: string }) => void queued.push(a) };

    const first = await addUrls(deps, [
      "https://News.example/war/1?utm_source=x#top",
      "ftp://news.example/file",
      "https://news.example/war/1",
      "https://news.example/war/2",
    ]);
    expect(first.rejected).toEqual([{ url: "ftp://news.example/file", error: { code: "invalid_url", message: expect.any(String) } }]);
    expect(first.accepted.map((a) => [a.canonicalUrl, a.status, a.queued])).toEqual([
      ["https://news.example/war/1", "queued", true],
      ["https://news.example/war/1", "queued", false],
      ["https://news.example/war/2", "queued", true],
    ]);
    expect(queued.map((q) => q.url)).toEqual(["https://news.example/war/1", "https://news.example/war/2"]);

    await db.article.update({ where: { url: "https://news.example/war/2" }, data: { status: "done" } });
    const again = await addUrls(deps, ["https://news.example/war/2?gclid=abc"]);
    expect(again.accepted).toEqual([expect.objectContaining({ status: "done", queued: false })]);
    expect(queued).toHaveLength(2);
    expect(await db.article.count()).toBe(2);
  });

  it("refuses more than the limit at once", async () => {
    const urls = Array.from({ length: MAX_URLS_PER_CALL + 1 }, (_, i) => `https://n.example/${i}`);
    await expect(addUrls({ db, enqueue: async () => {} }, urls)).rejects.toMatchObject({ code: "invalid_input" });
  });
});
