import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ExtractResultSchema } from "../src/schemas/article.js";
import { extractPage } from "../src/extract/index.js";

/**
 * No input makes extraction throw or report a bug: whatever the bytes or
 * markup, the answer is an article or one of the expected reasons.
 */
const EXPECTED_REASONS = new Set(["empty", "binary", "not_article"]);

function check(input: Parameters<typeof extractPage>[0]): void {
  const r = extractPage(input);
  if (!r.ok) {
    expect(EXPECTED_REASONS.has(r.reason), `${r.reason}: ${r.message}`).toBe(true);
    return;
  }
  const { text, signature, ...json } = r.value;
  expect(ExtractResultSchema.safeParse(json).success).toBe(true);
  expect(typeof signature).toBe("string");
  for (const c of json.claims) expect(text.slice(c.start, c.end)).toBe(c.sentence);
}

// Words that make the extractor work: figures, qualifiers, parties, equipment, dates, furniture.
const WORDS = [
  "the", "said", "soldiers", "killed", "about", "more than", "1,200", "3.5 million", "two thousand", "nearly three dozen",
  "tanks", "Russia", "Ukraine's", "North Korean", "according to", "the ministry", "on March 3", "last month", "wounded",
  "between 10,000 and 12,000", "Read more", "Subscribe", "\u2013", "\u201c", "%", "$5", "155th", "Kyiv", "drones", ".", ",", "\n",
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }).map((w) => w.join(" "));
const tag = fc.constantFrom("p", "div", "span", "a", "li", "ul", "article", "nav", "footer", "aside", "h1", "h2", "script", "style", "table", "tr", "td", "br", "time", "main", "form", "section");
const attr = fc.oneof(
  fc.constant(""),
  fc.constantFrom(' class="share"', ' class="article-body"', ' role="navigation"', ' hidden', ' id="comments"', ' datetime="2025-01-20"', ' class="byline"', ' style="display:none"', ' lang="en"'),
  fc.string({ maxLength: 20 }).map((s) => ` data-x="${s}"`),
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    sentence,
    fc.string({ maxLength: 40 }),
    fc.tuple(tag, attr, fc.array(tie("node"), { maxLength: 5 })).map(([t, a, kids]) => `<${t}${a}>${kids.join("")}</${t}>`),
    fc.tuple(tag, fc.array(tie("node"), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join("")}`),
  ),
}));
const head = fc.constantFrom(
  "",
  "<!doctype html>",
  '<html><head><meta charset="windows-1252"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-01"',
  '<html lang="uk"><head><meta property="og:site_name" content="X"><title>A | B</title></head>',
  "<?xml version=\"1.0\"?>",
);
const page = fc.tuple(head, fc.array(node, { maxLength: 12 })).map(([h, body]) => `${h}<body>${body.join("")}</body>`);

// Random trees are Readability's worst case (it retries with looser rules on every tiny page): seconds, not ms.
const TIMEOUT = 120_000;

describe("extractPage never throws", () => {
  it("on random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), fc.option(fc.constantFrom("text/html", "text/plain; charset=utf-16", "application/pdf", "text/html; charset=windows-1252")), (bytes, ct) => check({ body: bytes, contentType: ct })), { numRuns: 150 });
  }, TIMEOUT);

  it("on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2000 }), fc.option(fc.constantFrom("html", "text") as fc.Arbitrary<"html" | "text">, { nil: undefined }), (s, kind) => check({ body: s, kind })), { numRuns: 150 });
  }, TIMEOUT);

  it("on random HTML with article-like text and furniture", () => {
    fc.assert(fc.property(page, fc.option(fc.webUrl()), (html, url) => check({ body: html, url })), { numRuns: 200 });
  }, TIMEOUT);

  it("on random HTML as bytes in an odd charset", () => {
    fc.assert(fc.property(page, (html) => check({ body: new Uint8Array(Buffer.from(html, "latin1")), contentType: "text/html; charset=iso-8859-5" })), { numRuns: 60 });
  }, TIMEOUT);

  it("on many paragraphs of generated prose (the article path, claims included)", () => {
    const article = fc.array(sentence, { minLength: 8, maxLength: 40 }).map((s) => `<html><body><article>${s.map((x) => `<p>${x}.</p>`).join("")}</article></body></html>`);
    fc.assert(fc.property(article, (html) => check({ body: html, published: "2025-01-20" })), { numRuns: 60 });
  }, TIMEOUT);
});
