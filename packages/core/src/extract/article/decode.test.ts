import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { charsetOf, decodePage, detectEncoding } from "./decode.js";

// A page written in windows-1252: curly quotes (0x93/0x94), an en dash (0x96),
// an apostrophe (0x92) and a euro sign (0x80), which Latin-1 decoding loses.
const BODY = "<p>Kyiv\u2019s governor said \u201cmore than 40\u201d buildings were hit \u2013 damage put at \u20ac2m.</p>";
function cp1252Page(head: string): Uint8Array {
  return new Uint8Array(iconv.encode(`<!doctype html><html><head>${head}</head><body>${BODY}</body></html>`, "windows-1252"));
}

describe("decodePage", () => {
  it("decodes windows-1252 named in <meta charset> with its quotes, dashes and euro", () => {
    const bytes = cp1252Page('<meta charset="windows-1252">');
    // The bytes really are single-byte: 0x93 opens the quote.
    expect(Array.from(bytes)).toContain(0x93);
    expect(decodePage(bytes)).toContain(BODY);
  });

  it("treats ISO-8859-1 in the header as windows-1252, as browsers do", () => {
    const bytes = cp1252Page("");
    expect(detectEncoding(bytes, "text/html; charset=ISO-8859-1")).toBe("windows-1252");
    expect(decodePage(bytes, "text/html; charset=ISO-8859-1")).toContain(BODY);
  });

  it("reads the http-equiv form of the declaration", () => {
    const bytes = cp1252Page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    expect(decodePage(bytes)).toContain("\u201cmore than 40\u201d");
  });

  it("finds a declaration beyond the first 1024 bytes", () => {
    const bytes = cp1252Page(`<title>t</title><style>${"x{}".repeat(600)}</style><meta charset="windows-1252">`);
    expect(decodePage(bytes)).toContain(BODY);
  });

  it("lets the header win over <meta>", () => {
    const bytes = new Uint8Array(Buffer.from(`<meta charset="windows-1252"><p>${BODY}</p>`, "utf8"));
    expect(decodePage(bytes, "text/html; charset=utf-8")).toContain(BODY);
  });

  it("reads undeclared UTF-8 as UTF-8 and undeclared invalid UTF-8 as windows-1252", () => {
    expect(decodePage(new Uint8Array(Buffer.from(BODY, "utf8")))).toBe(BODY);
    expect(decodePage(new Uint8Array(iconv.encode(BODY, "windows-1252")))).toBe(BODY);
  });

  it("honours a byte-order mark and drops it", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("<p>hi</p>")]);
    expect(decodePage(bom, "text/html; charset=windows-1252")).toBe("<p>hi</p>");
  });

  it("ignores a charset it cannot decode", () => {
    expect(decodePage(new Uint8Array(Buffer.from(BODY)), "text/html; charset=x-nonsense")).toBe(BODY);
  });
});

describe("charsetOf", () => {
  it("reads quoted and unquoted parameters", () => {
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe("Shift_JIS");
    expect(charsetOf("text/html;charset=utf-8")).toBe("utf-8");
    expect(charsetOf("text/html")).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});
