import { describe, expect, it } from "vitest";
import { parsePage } from "./markup.js";
import { cleanAuthor, hostOf, readPageMeta } from "./metadata.js";

function meta(head: string, body = "", url: string | null = null) {
  const document = parsePage(`<html><head>${head}</head><body>${body}</body></html>`);
  return readPageMeta(document, url);
}

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("readPageMeta: outlet", () => {
  it("prefers og:site_name", () => {
    expect(meta('<meta property="og:site_name" content="Kyiv Courier">' + ld({ "@type": "NewsArticle", publisher: { name: "Courier Media" } })).outlet).toBe("Kyiv Courier");
  });
  it("then JSON-LD publisher, following an @id reference in a @graph", () => {
    const graph = ld({ "@graph": [{ "@type": "Organization", "@id": "#o", name: "Courier Media" }, { "@type": "NewsArticle", publisher: { "@id": "#o" } }] });
    expect(meta(graph).outlet).toBe("Courier Media");
  });
  it("then the host without www.", () => {
    expect(meta("", "", "https://www.kyivcourier.example/a").outlet).toBe("kyivcourier.example");
    expect(hostOf("https://www2.example.org/x")).toBe("example.org");
  });
  it("takes a government body named only in the title's last part as the publisher, no other title's part", () => {
    expect(meta("<title>Sudzha liberated by units of the North group of forces | Ministry of Defence of the Russian Federation</title>", "", "https://eng.mil-ru.example/news/1").outlet).toBe("Ministry of Defence of the Russian Federation");
    expect(meta("<title>Situation in Kherson region over the past day: 3 killed, 14 injured | Kherson Regional Military Administration</title>", "", "https://khoda.example/n").outlet).toBe("Kherson Regional Military Administration");
    expect(meta("<title>Three killed in overnight strike | The Evening Courier</title>", "", "https://courier.example/a").outlet).toBe("courier.example");
    expect(meta("<title>Kyiv strike — Ministry of Defence says 12 killed</title>", "", "https://courier.example/b").outlet).toBe("courier.example");
    expect(meta("<title>115 defenders return home — Coordination Headquarters for the Treatment of Prisoners of War</title>", "", "https://hq.example/n").outlet).toBe("Coordination Headquarters for the Treatment of Prisoners of War");
  });
  it("takes a government body named only in the page's logo as the publisher, no other outlet's logo", () => {
    const body = (name: string) => `<header><a href="/en/" class="header__logo">${name}</a><nav><a href="/en/news">News</a></nav></header><main><p>Text.</p></main>`;
    expect(meta("<title>Tatyana Moskalkova: 246 servicemen have returned home</title>", body("High Commissioner for Human Rights in the Russian Federation"), "https://ombudsman.example/n/1").outlet).toBe("High Commissioner for Human Rights in the Russian Federation");
    expect(meta("<title>Three killed in overnight strike</title>", body("The Evening Courier"), "https://courier.example/a").outlet).toBe("courier.example");
    expect(meta("<title>Senior Defense Official Holds a Background Briefing</title>", '<header><a href="/" class="seal">U.S. Department of Defense</a></header>', "https://www.defense.example/t/1").outlet).toBe("U.S. Department of Defense");
  });
});

describe("readPageMeta: author", () => {
  it("reads JSON-LD authors, several joined", () => {
    expect(meta(ld({ "@type": "NewsArticle", author: [{ "@type": "Person", name: "Olena K." }, "Jon Rees"] })).author).toBe("Olena K., Jon Rees");
  });
  it("reads <meta name=author> but not when it is a profile URL", () => {
    expect(meta('<meta name="author" content="Olena Kovalenko">').author).toBe("Olena Kovalenko");
    expect(meta('<meta name="author" content="https://x.example/olena">').author).toBeNull();
  });
  it("reads a visible byline and trims its prefix and tail", () => {
    expect(meta("", '<div class="byline">By Olena Kovalenko | Reuters</div>').author).toBe("Olena Kovalenko");
    expect(cleanAuthor("By Jon Rees, Published 3 March 2025")).toBe("Jon Rees");
    expect(cleanAuthor("Par Sophie Martin")).toBe("Sophie Martin");
    expect(cleanAuthor("Byron Ellis")).toBe("Byron Ellis");
    expect(cleanAuthor("di Marco Rossi")).toBe("Marco Rossi");
    expect(cleanAuthor("Di Maria Lopez")).toBe("Di Maria Lopez");
  });
});

describe("readPageMeta: publication date", () => {
  it("reads JSON-LD datePublished before anything else", () => {
    expect(meta(ld({ "@type": "NewsArticle", datePublished: "2025-01-20T08:00:00Z" }) + '<meta property="article:published_time" content="2025-01-19">').publishedAt).toBe("2025-01-20");
  });
  it("reads article:published_time", () => {
    expect(meta('<meta property="article:published_time" content="2024-11-05T10:00:00+02:00">').publishedAt).toBe("2024-11-05");
  });
  it("reads <time datetime>, preferring the one marked as published", () => {
    expect(meta("", '<time datetime="2025-02-01">Feb 1</time>').publishedAt).toBe("2025-02-01");
    expect(meta("", '<time class="updated" datetime="2025-02-03">u</time><time itemprop="datePublished" datetime="2025-02-01">p</time>').publishedAt).toBe("2025-02-01");
  });
  it("reads a visible dateline element", () => {
    expect(meta("", '<p class="post-date">Posted on 14 March 2025</p>').publishedAt).toBe("2025-03-14");
  });
  it("reads a visible date stamp in figures, day first ('14.08.2024 11:37'), and nothing else in figures", () => {
    expect(meta("", '<div class="newsMeta"><span class="newsDate">14.08.2024 11:37</span> <span class="views">2 451</span></div>').publishedAt).toBe("2024-08-14");
    expect(meta("", '<div class="post-info"><span class="date">06.10.2023, 09:40</span></div>').publishedAt).toBe("2023-10-06");
    expect(meta("", '<span class="date-views">Views: 12.05.2024 was our best day</span>').publishedAt).toBeNull();
  });
  it("reads the scholarly and Dublin Core terms' publication dates", () => {
    expect(meta('<meta name="citation_publication_date" content="2025/07/31">').publishedAt).toBe("2025-07-31");
    expect(meta('<meta name="dcterms.date" content="2025-07-30">').publishedAt).toBe("2025-07-30");
  });
  it("is null when the page says nothing (the URL and text come later)", () => {
    expect(meta("<title>t</title>", "<p>x</p>", "https://a.example/2025/01/02/x").publishedAt).toBeNull();
  });
});

describe("readPageMeta: title and language", () => {
  it("takes og:title over <title>, and cuts the site off <title>", () => {
    expect(meta('<meta property="og:title" content="Depot hit"><title>Depot hit | Courier</title>').title).toBe("Depot hit");
    expect(meta('<meta property="og:site_name" content="Courier"><title>Drone depot hit overnight | Courier</title>').title).toBe("Drone depot hit overnight");
  });
  it("reads the html lang, reduced to its language", () => {
    const document = parsePage('<html lang="uk-UA"><head></head><body></body></html>');
    expect(readPageMeta(document, null).declaredLanguage).toBe("uk");
  });
  it("survives broken JSON-LD", () => {
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A\nB",}</script>').title).toBe("A B");
    expect(meta('<script type="application/ld+json">{nonsense</script>').title).toBeNull();
  });
});

describe("readPageMeta: several JSON-LD articles on one page", () => {
  it("takes the one that is the page's main entity, not a related story listed before it", () => {
    const related = { "@type": "NewsArticle", headline: "Older story", datePublished: "2024-01-01", author: { name: "Someone Else" } };
    const main = { "@type": "NewsArticle", mainEntityOfPage: { "@id": "https://x.example/a" }, headline: "This story", datePublished: "2025-02-02", author: { name: "Olena K." } };
    const m = meta(ld(related) + ld(main));
    expect(m.title).toBe("This story");
    expect(m.publishedAt).toBe("2025-02-02");
    expect(m.author).toBe("Olena K.");
  });
});

describe("readPageMeta: a site name repeated in og:title", () => {
  it("cuts it when it is the outlet's name, and only then", () => {
    expect(meta('<meta property="og:site_name" content="Kyiv Courier"><meta property="og:title" content="Depot hit overnight | Kyiv Courier">').title).toBe("Depot hit overnight");
    expect(meta('<meta property="og:site_name" content="Kyiv Courier"><meta property="og:title" content="Kharkiv - a city under fire">').title).toBe("Kharkiv - a city under fire");
  });
});

