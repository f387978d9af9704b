import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodePage, htmlToArticle, textToArticle } from "./index.js";

const page = (name: string) => readFileSync(fileURLToPath(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url)), "utf8");

function ok<T>(r: { ok: true; value: T } | { ok: false; reason: string; message: string }): T {
  if (!r.ok) throw new Error(`expected an article, got ${r.reason}: ${r.message}`);
  return r.value;
}

describe("htmlToArticle on a publisher page with JSON-LD", () => {
  const a = ok(htmlToArticle(page("publisher.html"), { url: "https://www.harbourledger.example/asia/troops" }));

  it("reads the metadata", () => {
    expect(a.title).toBe("Seoul says thousands more North Korean troops sent to Russia");
    expect(a.outlet).toBe("The Harbour Ledger");
    expect(a.author).toBe("Mina Park, Tomas Reyes");
    expect(a.publishedAt).toBe("2025-02-27");
    expect(a.language).toBe("en");
    expect(a.url).toBe("https://www.harbourledger.example/asia/troops");
  });

  it("keeps the story, its paragraphs and its list lines", () => {
    expect(a.text.startsWith("North Korea has sent roughly 3,000 additional soldiers")).toBe(true);
    expect(a.text).toContain("citing its own assessment.\n\nOfficials in Kyiv have put the toll higher.");
    expect(a.text).toContain("The reinforcements reportedly include:\n\ninfantry drawn from the storm corps\ncrews for self-propelled artillery\noperators trained to fly attack drones\n\nNeither Moscow");
    expect(a.text.endsWith("planners in Seoul and Tokyo alike.")).toBe(true);
  });

  it("leaves out every piece of furniture", () => {
    for (const junk of ["cookies", "Opinion", "shares", "newsletter", "Subscribe", "Read more", "tip jar", "Donate", "comments", "Related", "Drone strikes hit", "Most read", "All rights reserved", "By Mina Park"]) {
      expect(a.text, junk).not.toContain(junk);
    }
  });

  it("counts words and hashes the normalised text", () => {
    expect(a.wordCount).toBe(a.text.split(/\s+/).length);
    expect(a.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The same story with other layout and curly quotes hashes the same.
    const relaid = ok(htmlToArticle(page("publisher.html").replace("South Korea's", "South Korea\u2019s").replace(/<\/p>\s*<p>/g, "</p>\n\n\n<p>"), {}));
    expect(relaid.contentHash).toBe(a.contentHash);
  });
});

describe("htmlToArticle on a page without semantic markup", () => {
  const a = ok(htmlToArticle(page("divsoup.html"), { url: "https://www.steppe.example/war/pokrovsk-update" }));

  it("finds the story and drops the headline repeat, date stamp, newsletter ask, comments and sidebar", () => {
    expect(a.text.startsWith("Russian forces pressed attacks near Pokrovsk")).toBe(true);
    expect(a.text.endsWith("Russian artillery and glide bombs.")).toBe(true);
    expect(a.text.split("\n\n")).toHaveLength(3);
  });

  it("falls back to the <title> without its site, the host, and a visible date", () => {
    expect(a.title).toBe("Bulletin: front line update");
    expect(a.outlet).toBe("steppe.example");
    expect(a.publishedAt).toBe("2024-09-03");
    expect(a.author).toBeNull();
  });
});

describe("htmlToArticle: dates from the URL and languages without a declaration", () => {
  const body = "<p>Die Behörden meldeten am Abend neue Angriffe auf die Stadt. Nach Angaben der Verwaltung wurden mehrere Wohnhäuser beschädigt und zwei Menschen verletzt, die Rettungskräfte waren bis in die Nacht im Einsatz.</p><p>Der Gouverneur rief die Bewohner auf, Schutzräume aufzusuchen, und kündigte weitere Evakuierungen aus den grenznahen Dörfern an, sobald die Lage es zulasse.</p><p>In der Nacht heulten erneut die Sirenen, und die Menschen verbrachten Stunden in Kellern und U-Bahn-Stationen, bis die Entwarnung kam.</p>";
  it("takes the date from the URL path when the page has none, and franc's language", () => {
    const a = ok(htmlToArticle(`<html><body><article>${body}</article></body></html>`, { url: "https://zeitung.example/politik/2024/08/07/angriff" }));
    expect(a.publishedAt).toBe("2024-08-07");
    expect(a.language).toBe("de");
  });
});

describe("htmlToArticle on a windows-1252 page", () => {
  const story = [
    "Ukraine\u2019s air force said on Sunday that it had shot down 31 of the 40 drones launched overnight \u2013 a share in line with recent weeks.",
    "\u201cThe attack targeted energy sites in the south,\u201d the spokesman told reporters, adding that repair crews were already at work and that power would be restored by the evening.",
    "Officials in the Odesa region said debris damaged a warehouse and two private houses, but nobody was hurt in the night\u2019s attack.",
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="windows-1252"><title>Drones downed \u2013 Black Sea Wire</title></head><body><article>${story.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const bytes = new Uint8Array(iconv.encode(html, "windows-1252"));

  it("decodes curly quotes and dashes right", () => {
    const a = ok(htmlToArticle(decodePage(bytes, "text/html"), {}));
    expect(a.text).toBe(story.join("\n\n"));
    expect(a.title).toBe("Drones downed");
  });
});

describe("htmlToArticle reasons", () => {
  it("empty for an empty page", () => {
    expect(htmlToArticle("   \n ", {})).toMatchObject({ ok: false, reason: "empty" });
  });
  it("empty for a page with no text", () => {
    expect(htmlToArticle("<html><body><img src=x><script>var a=1</script></body></html>", {})).toMatchObject({ ok: false, reason: "empty" });
  });
  it("not_article for a login page", () => {
    expect(htmlToArticle(page("login.html"), {})).toMatchObject({ ok: false, reason: "not_article" });
  });
  it("not_article for an index of headlines", () => {
    expect(htmlToArticle(page("index.html"), {})).toMatchObject({ ok: false, reason: "not_article" });
  });
  it("not_article for a page nested thousands of levels deep (unclosed tags)", () => {
    const para = "<p>Officials said the shelling had continued through the night and that repair crews could not reach the damaged substation until the morning.</p>";
    // Readability alone needs minutes on this page: without the depth check the test's timeout fails it.
    const r = htmlToArticle(`<html><body>${"<div>".repeat(5000)}${para.repeat(5)}</body></html>`, {});
    expect(r).toMatchObject({ ok: false, reason: "not_article", message: expect.stringContaining("levels deep") });
  });
  it("not_article for a page of a few short sentences", () => {
    expect(htmlToArticle("<html><body><p>This page has moved. Please update your bookmarks.</p></body></html>", {})).toMatchObject({ ok: false, reason: "not_article" });
  });
});

describe("textToArticle", () => {
  const raw = "Frontline diary: a week in Kupiansk\r\n\r\nMarch 3, 2025\r\nBy Iryna Hnatiuk\r\n\r\n" +
    "The town has been without running water for nine days, residents said, as shelling continued on both banks of the river and volunteers brought bottled water on the few roads still open.\r\n\r\n" +
    "Local officials estimate that about 3,000 people remain, most of them elderly, and say evacuation buses leave each morning when the shelling allows it.\r\n\r\n" +
    "A school on the eastern bank now serves as a shelter, with a generator, a field kitchen and a room where people can charge their phones.\r\n";
  const a = ok(textToArticle(raw, { url: null }));

  it("keeps the whole file as main text with unified line endings", () => {
    expect(a.text.startsWith("Frontline diary: a week in Kupiansk\n\nMarch 3, 2025\nBy Iryna Hnatiuk\n\nThe town")).toBe(true);
    expect(a.text).not.toContain("\r");
  });

  it("takes the first line as title, and the dateline and byline under it", () => {
    expect(a.title).toBe("Frontline diary: a week in Kupiansk");
    expect(a.publishedAt).toBe("2025-03-03");
    expect(a.author).toBe("Iryna Hnatiuk");
    expect(a.outlet).toBeNull();
    expect(a.language).toBe("en");
  });

  it("gives reasons for empty and too-short text", () => {
    expect(textToArticle(" \n\n ", {})).toMatchObject({ ok: false, reason: "empty" });
    expect(textToArticle("Just a title\nand a line.", {})).toMatchObject({ ok: false, reason: "not_article" });
  });
});

describe("htmlToArticle: a byline paragraph with no markup", () => {
  it("is the author and not part of the main text", () => {
    const story = "<p>Officials in the region said the shelling had continued through the night and that repair crews could not reach the damaged substation until the morning.</p>".repeat(3);
    const a = ok(htmlToArticle(`<html><head><title>Grid repairs stall under shelling</title></head><body><article><p>By Olena Kovalenko</p>${story}</article></body></html>`, {}));
    expect(a.author).toBe("Olena Kovalenko");
    expect(a.text.startsWith("Officials in the region")).toBe(true);
  });
});

describe("htmlToArticle: JSON-LD articleBody", () => {
  const paras = [
    "Officials in the region said the shelling had continued through the night and that repair crews could not reach the damaged substation until the morning.",
    "The regional governor said 14 homes were damaged and two people were wounded, and that schools would stay closed for the rest of the week.",
    "Ukraine's air force said it had shot down 31 of 40 drones launched overnight, most of them over the south of the country.",
  ];
  const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Night of shelling", articleBody: body })}</script>`;

  it("is the main text of a page its scripts would render", () => {
    const a = ok(htmlToArticle(`<html><head>${ld(paras.join("\n\n"))}</head><body><div id="root">Loading…</div></body></html>`, {}));
    expect(a.text).toBe(paras.join("\n\n"));
    expect(a.title).toBe("Night of shelling");
  });

  it("reads markup and entities inside it", () => {
    const a = ok(htmlToArticle(`<html><head>${ld(paras.map((p) => `<p>${p.replace("and", "&amp;")}</p>`).join(""))}</head><body><div id="root"></div></body></html>`, {}));
    expect(a.text.split("\n\n")).toHaveLength(3);
    expect(a.text).toContain("& that repair crews");
  });

  it("does not replace a page's own full text with a shorter teaser", () => {
    const page = `<html><head>${ld(paras[0]!)}</head><body><article>${paras.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(ok(htmlToArticle(page, {})).text).toBe(paras.join("\n\n"));
  });
});

