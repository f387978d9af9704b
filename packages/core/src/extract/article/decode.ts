import { createRequire } from "node:module";
import type * as Iconv from "iconv-lite";

// iconv-lite (~8 MB of tables) is loaded on the first page that is not UTF-8:
// most pages are, and Node's TextDecoder reads those natively.
const requireLazy = createRequire(import.meta.url);
let iconv: typeof Iconv | null = null;
function getIconv(): typeof Iconv {
  iconv ??= requireLazy("iconv-lite") as typeof Iconv;
  return iconv;
}

/** Bytes in which a `<meta charset>` is looked for: the WHATWG prescan stops at 1024, many real heads are longer. */
const META_SCAN_BYTES = 64 * 1024;

/**
 * Labels that the WHATWG Encoding Standard reads as windows-1252 or UTF-8
 * (a page saying ISO-8859-1 is decoded as windows-1252 by every browser: its
 * 0x80–0x9F bytes are curly quotes and dashes, not control codes).
 */
const WINDOWS_1252 = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "iso-ir-100", "cp819", "ibm819", "csisolatin1"]);
const UTF8 = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);

/** The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1" → "ISO-8859-1"). */
export function charsetOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)["']?/i.exec(contentType);
  return m?.[1] ?? null;
}

/** A label as the name we decode with, or null when it names nothing we can decode. */
function canonical(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (UTF8.has(l)) return "utf-8";
  if (WINDOWS_1252.has(l)) return "windows-1252";
  if (l === "utf-16" || l === "utf-16le" || l === "unicode") return "utf-16le";
  if (l === "utf-16be") return "utf-16be";
  try {
    return getIconv().encodingExists(l) ? l : null;
  } catch {
    return null;
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** A `<meta charset>`, http-equiv Content-Type or XML declaration in the page's first 64 KB, comments skipped. */
function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES))
    .toString("latin1")
    .replace(/<!--[\s\S]*?-->/g, "");
  const m =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The character encoding of a page: byte-order mark, then the header's
 * charset, then the markup's declaration; with none, UTF-8 when the bytes are
 * valid UTF-8 (nearly every modern page) and windows-1252 otherwise (the WHATWG default).
 */
export function detectEncoding(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const header = canonical(charsetOf(contentType));
  if (header) return header;
  const declared = canonical(declaredInMarkup(bytes));
  // A page that declares UTF-16 in ASCII markup cannot be UTF-16: browsers read it as UTF-8 too.
  if (declared && !declared.startsWith("utf-16")) return declared;
  return isValidUtf8(bytes) ? "utf-8" : "windows-1252";
}

/** Decodes a page's bytes to text with the right charset; windows-1252 keeps its curly quotes and dashes. */
export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  const encoding = detectEncoding(bytes, contentType);
  // TextDecoder strips a matching BOM; Node's own decoder is right for these three.
  if (encoding === "utf-8" || encoding === "utf-16le" || encoding === "utf-16be") return new TextDecoder(encoding).decode(bytes);
  return getIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
