import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findFeedPosts } from "./feed.js";
import { htmlToArticle } from "./index.js";
import { parsePage } from "./markup.js";

const page = (name: string) => readFileSync(fileURLToPath(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url)), "utf8");

function posts(html: string): string[] {
  const doc = parsePage(html);
  return findFeedPosts(doc.body!).map((p) => (p.textContent ?? "").replace(/\s+/g, " ").trim());
}

const STORY = [
  "Ukrainian forces pushed back a series of assaults on the southern front overnight, the regional command said on Sunday, describing the fighting near the river as the heaviest in weeks.",
  "Officers said the attacks came in small groups on motorcycles and light vehicles, a pattern seen along much of the line since the spring, and that artillery broke up most of them before they reached the trenches.",
  "The command gave no figure for its own losses. Independent analysts said the claims could not be checked, but satellite images showed fresh craters around two villages close to the crossing points.",
  "Civilian officials meanwhile reported damage to a school and a power line in the district centre, and said crews were working to restore electricity to several thousand homes before nightfall.",
  "Residents who stayed through the summer described a routine of alerts and short trips outside between them, with shops opening for a few hours a day and buses running only in the morning.",
];

const TEASER = (i: number) =>
  `<div class="related-card"><a href="/s/${i}">Another story number ${i}</a><p>A longer summary of that other story, written to sit under its headline in a row of cards beside the article, number ${i}.</p></div>`;

const storyWithCards = `<html><head><title>Assaults repelled on the southern front</title></head><body>
<div class="story">${STORY.map((p) => `<p>${p}</p>`).join("")}</div>
<div class="related">${[1, 2, 3].map(TEASER).join("")}</div>
</body></html>`;

describe("findFeedPosts", () => {
  it("finds each post's own box in a channel's feed, not its wrapper with the author line and the counters", () => {
    const found = posts(page("channel-feed.html"));
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^🇺🇦 General Staff: defenders repelled 41 assaults/);
    expect(found[3]).toMatch(/water supply is expected back by morning\.$/);
    for (const p of found) expect(p).not.toMatch(/Lowland Signal|K$|\d\d:\d\d/);
  });

  it("finds no feed in a story with a row of teaser cards: the cards are a small part of the page", () => {
    expect(posts(storyWithCards)).toEqual([]);
  });

  it("needs three posts: two boxes that share a class are a pair", () => {
    const two = `<html><body>${[STORY[0], STORY[1]].map((p) => `<div class="widget-post">${p}</div>`).join("")}</body></html>`;
    expect(posts(two)).toEqual([]);
    const three = `<html><body>${STORY.slice(0, 3).map((p) => `<div class="widget-post">${p}</div>`).join("")}</body></html>`;
    expect(posts(three)).toHaveLength(3);
  });

  it("takes no list of links for posts", () => {
    const links = `<html><body>${STORY.map((p, i) => `<div class="widget-item"><a href="/${i}">${p}</a></div>`).join("")}</body></html>`;
    expect(posts(links)).toEqual([]);
  });
});

describe("htmlToArticle on a feed of short posts", () => {
  it("keeps every post of a channel's feed, in order, and none of its furniture", () => {
    const r = htmlToArticle(page("channel-feed.html"), { url: "https://feedline.example/lowland_signal" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const paragraphs = r.value.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    // Each post is a paragraph; the flag or emoji that opened it is gone with the rest of the decoration.
    expect(paragraphs[0]).toMatch(/^General Staff: defenders repelled 41 assaults near Huliaipole/);
    expect(paragraphs[1]).toMatch(/^Air raid alert in three southern regions;/);
    expect(paragraphs[2]).toMatch(/^According to the regional governor, two people were injured/);
    expect(paragraphs[3]).toMatch(/^Evening summary: engineers restored power/);
    for (const junk of ["254K", "followers", "Open in app", "12.4K", "9.8K", "06:05", "edited", "Lowland Signal", "Show older posts", "About Feedline"]) {
      expect(r.value.text, junk).not.toContain(junk);
    }
    expect(r.value.title).toBe("Lowland Signal");
    expect(r.value.publishedAt).toBe("2025-08-02");
  });

  it("leaves a story with teaser cards to Readability: the story, without the cards", () => {
    const r = htmlToArticle(storyWithCards);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(STORY.join("\n\n"));
  });
});

describe("feed posts and the furniture rules", () => {
  it("reads a nested post once and leaves out a hidden one", () => {
    const html = `<html><body><div class="timeline">
<div class="entry">${STORY[0]}<div class="entry">${STORY[1]}</div></div>
<div class="entry">${STORY[2]}</div>
<div class="entry">${STORY[3]}</div>
<div class="entry" hidden>Hidden words that a reader never sees on the page, in a post the site has folded away.</div>
</div></body></html>`;
    const r = htmlToArticle(html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text.split(STORY[1]!).length).toBe(2);
    expect(r.value.text).not.toContain("Hidden words");
  });
});
