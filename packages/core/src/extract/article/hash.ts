import { createHash } from "node:crypto";

/**
 * The text a content hash is taken of: Unicode-normalised (NFKC), lower case,
 * typographic quotes and dashes made plain, all whitespace one space. Two
 * extractions that differ only in layout or in curly quotes hash the same.
 */
export function hashableText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** "sha256:" + hex digest of the normalised main text. */
export function contentHash(text: string): string {
  return `sha256:${createHash("sha256").update(hashableText(text), "utf8").digest("hex")}`;
}
