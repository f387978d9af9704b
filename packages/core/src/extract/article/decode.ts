import sniffHtmlEncoding from "html-encoding-sniffer";
import iconv from "iconv-lite";

/** Byte limit for our own `<meta charset>` scan: the WHATWG prescan stops at 1024 bytes, many real heads are longer. */
const META_SCAN_BYTES = 64 * 1024;
const NO_ENCODING = "__none__";

/** The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1" → "ISO-8859-1"). */
export function charsetOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1] ?? null;
}

function canDecode(label: string): boolean {
  try {
    return iconv.encodingExists(label);
  } catch {
    return false;
  }
}

/** A `<meta charset>` or http-equiv declaration anywhere in the first 64 KB (ASCII-compatible pages). */
function metaCharsetBeyondPrescan(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES)).toString("latin1");
  const m =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
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
 * The character encoding of a page: byte-order mark, then the header's charset,
 * then `<meta>`; with none of them, UTF-8 when the bytes are valid UTF-8
 * (what almost every modern page is) and windows-1252 otherwise (the WHATWG default).
 */
export function detectEncoding(bytes: Uint8Array, contentType?: string | null): string {
  const header = charsetOf(contentType);
  const sniffed = sniffHtmlEncoding(bytes, {
    transportLayerEncodingLabel: header && canDecode(header) ? header : undefined,
    defaultEncoding: NO_ENCODING,
  });
  if (sniffed !== NO_ENCODING && canDecode(sniffed)) return sniffed;
  const late = metaCharsetBeyondPrescan(bytes);
  // A page that declares a single-byte charset but is really UTF-8 is common; a
  // late declaration only wins when the bytes are not valid UTF-8.
  if (late && canDecode(late) && !isValidUtf8(bytes)) return late;
  return isValidUtf8(bytes) ? "utf-8" : "windows-1252";
}

/** Decodes a page's bytes to text with the right charset; windows-1252 keeps its curly quotes and dashes. */
export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  const encoding = detectEncoding(bytes, contentType);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // iconv-lite strips a matching BOM by default.
  return iconv.decode(buf, encoding);
}
