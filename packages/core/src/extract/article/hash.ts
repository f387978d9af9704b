import { createHash } from "node:crypto";
import { collapseSpaces } from "./chars.js";

// Typographic quotes and dashes, and the plain character each stands for: one pass over the text.
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212]/g;
const PLAIN: Record<string, string> = {};
for (const c of "\u2018\u2019\u201a\u201b\u2032") PLAIN[c] = "'";
for (const c of "\u201c\u201d\u201e\u201f\u2033") PLAIN[c] = '"';
for (const c of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") PLAIN[c] = "-";

/**
 * The text a content hash is taken of: Unicode-normalised (NFKC), lower case,
 * typographic quotes and dashes made plain, all whitespace one space. Two
 * extractions that differ only in layout or in curly quotes hash the same.
 */
export function hashableText(text: string): string {
  return collapseSpaces(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c),
  ).trim();
}

/** "sha256:" + hex digest of the normalised main text. */
export function contentHash(text: string): string {
  return `sha256:${createHash("sha256").update(hashableText(text), "utf8").digest("hex")}`;
}
