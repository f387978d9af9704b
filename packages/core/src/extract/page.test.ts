import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { ExtractResultSchema } from "../schemas/article.js";
import { extractPage } from "./index.js";

const pageBytes = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test/fixtures/pages/${name}`, import.meta.url))));

const REPORT =
  "Ukraine's General Staff said on Monday that Russian forces had lost about 1,200 soldiers over the past day. " +
  "The figures could not be independently verified, and Moscow does not publish its own losses. " +
  "Fighting was heaviest near Pokrovsk, where the army said it had repelled more than 40 assaults since dawn and destroyed several armoured vehicles. " +
  "Officials also reported that shelling had damaged homes and a school in two villages of the Donetsk region overnight.";

describe("extractPage", () => {
  it("gives the claims.md JSON plus the text and a signature for a page", () => {
    const r = extractPage({ body: pageBytes("publisher.html"), contentType: "text/html; charset=utf-8", url: "https://harbourledger.example/a" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { text, signature, ...json } = r.value;
    expect(ExtractResultSchema.safeParse(json).success).toBe(true);
    expect(signature).toMatch(/^s2\./);
    expect(json.article.publishedAt).toBe("2025-02-27");
    expect(json.claims.length).toBeGreaterThan(0);
    for (const c of json.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.sentence);
      expect(c.sentiment?.label).toMatch(/^(negative|neutral|positive)$/);
    }
  });

  it("reads a plain-text file whole, by kind or by content type", () => {
    const body = `Losses report\n\n${REPORT}`;
    for (const input of [{ body, kind: "text" as const }, { body, contentType: "text/plain" }, { body }]) {
      const r = extractPage(input);
      expect(r.ok && r.value.text).toBe(body);
      expect(r.ok && r.value.article.title).toBe("Losses report");
    }
  });

  it("uses `published` only when the page has no date of its own", () => {
    const undated = extractPage({ body: REPORT, kind: "text", published: "2025-03-10" });
    expect(undated.ok && undated.value.article.publishedAt).toBe("2025-03-10");
    const dated = extractPage({ body: pageBytes("publisher.html"), published: "2025-03-10" });
    expect(dated.ok && dated.value.article.publishedAt).toBe("2025-02-27");
  });

  it("resolves claim dates against the supplied publication date", () => {
    const r = extractPage({ body: REPORT, kind: "text", published: "2025-03-10" });
    expect(r.ok).toBe(true);
    if (r.ok) for (const c of r.value.claims) expect(c.asOf?.startsWith("2025-03")).toBe(true);
  });

  it("rejects a `published` that is not a date", () => {
    expect(extractPage({ body: REPORT, published: "last week" })).toMatchObject({ ok: false, reason: "invalid_input" });
  });

  it("decodes windows-1252 bytes by their <meta> declaration", () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><article><p>${REPORT.replace("Ukraine's", "Ukraine\u2019s")} \u201cWe hold the line\u201d, a commander said \u2013 briefly.</p></article></body></html>`;
    const r = extractPage({ body: new Uint8Array(iconv.encode(html, "windows-1252")) });
    expect(r.ok && r.value.text).toContain("Ukraine\u2019s General Staff");
    expect(r.ok && r.value.text).toContain("\u201cWe hold the line\u201d, a commander said \u2013 briefly.");
  });

  it("returns reasons as values: empty, binary, not_article", () => {
    expect(extractPage({ body: new Uint8Array() })).toMatchObject({ ok: false, reason: "empty" });
    expect(extractPage({ body: "  \n" })).toMatchObject({ ok: false, reason: "empty" });
    expect(extractPage({ body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) })).toMatchObject({ ok: false, reason: "binary" });
    expect(extractPage({ body: "abc\u0000def" })).toMatchObject({ ok: false, reason: "binary" });
    expect(extractPage({ body: pageBytes("login.html") })).toMatchObject({ ok: false, reason: "not_article" });
    expect(extractPage({ body: pageBytes("index.html"), contentType: "text/html" })).toMatchObject({ ok: false, reason: "not_article" });
  });
});
