import type { DomElement, DomNode } from "./dom.js";
import { ELEMENT_NODE, TEXT_NODE } from "./dom.js";
import { isBoilerplateText } from "./furniture.js";
import { collapseSpaces } from "./chars.js";

/** Elements that start a new paragraph of main text. */
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
  "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "figure", "address", "hr", "details", "summary", "center",
]);
/** Elements that are one line of a list or a table: their own line, no blank line between them. */
const LINE_TAGS = new Set(["li", "dt", "dd", "tr"]);
const CELL_TAGS = new Set(["td", "th"]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea"]);

/**
 * Main text from Readability's article element: blocks separated by a blank
 * line, list items and table rows on lines of their own, `<br>` as a line break.
 */
export function elementToText(root: DomElement): string {
  const out: string[] = [];
  // Break markers between runs of inline text: 2 = paragraph, 1 = line.
  let pending = 0;
  let cellOpen = false;
  const br = (n: number) => {
    if (n > pending) pending = n;
  };
  const emit = (s: string) => {
    if (!s) return;
    if (out.length > 0 && pending > 0) out.push(pending === 2 ? "\n\n" : "\n");
    pending = 0;
    out.push(s);
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = collapseSpaces(node.textContent ?? "");
      if (t.trim() || (t && out.length && pending === 0)) emit(t);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "br") {
      br(1);
      return;
    }
    // ("… in the first quarter of 2024.<sup>8</sup> Our count …": a note's number is no part of the text, and glued to
    // the sentence it would read as "2024.8". Not "km<sup>2</sup>", a unit's power.)
    if (tag === "sup" && isNoteMarker(el.textContent ?? "", out.at(-1) ?? "")) return;
    const block = BLOCK_TAGS.has(tag);
    const line = LINE_TAGS.has(tag);
    if (block) br(2);
    else if (line) br(1);
    else if (CELL_TAGS.has(tag) && cellOpen) emit(" | ");
    if (CELL_TAGS.has(tag)) cellOpen = true;
    if (tag === "tr") cellOpen = false;
    // Along child and sibling pointers: linkedom builds a new list for every `childNodes`.
    for (let kid = el.firstChild; kid; kid = kid.nextSibling) visit(kid);
    if (block) br(2);
    else if (line) br(1);
    if (tag === "tr") cellOpen = false;
  };
  visit(root);
  return normaliseText(out.join(""));
}

/** A footnote's or endnote's number in a `<sup>`, by its text and the text just before it. */
function isNoteMarker(sup: string, before: string): boolean {
  const t = sup.trim();
  if (/^\[\d{1,3}\]$|^[*†‡]$/.test(t)) return true;
  if (!/^\d{1,3}(?:[,–-]\d{1,3})*$/.test(t)) return false;
  // After punctuation it is a note; after a word too, unless it is a power ("km²", "m³").
  return /[.,;:!?"”’)\]]\s*$/.test(before) || (/\p{L}$/u.test(before) && t !== "2" && t !== "3");
}

/** Tidies extracted text: spaces collapsed in each line, lines trimmed, at most one blank line between blocks. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Drops lines that are furniture after Readability (it keeps a "Read more"
 * link or a newsletter line when they sit inside the story's container), then
 * re-tidies the blank lines.
 */
export function dropBoilerplateLines(text: string): string {
  const kept = text.split("\n").filter((l) => !isBoilerplateText(l));
  return kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// Chinese and Japanese write without spaces: each character counts as a word (the usual convention).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Words: whitespace-separated runs that hold a letter or a digit; in Chinese and Japanese, characters.
 * A loop over character codes: every page's text is counted several times, and a Unicode regex per
 * word cost more than the rest of the page's tidying. Non-ASCII characters take the regex path.
 */
export function countWords(text: string): number {
  let n = 0;
  let t = text;
  CJK.lastIndex = 0;
  if (CJK.test(text)) {
    n += text.match(CJK)?.length ?? 0;
    t = text.replace(CJK, " ");
  }
  let inRun = false;
  let counted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(t[i]!);
    if (space) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    const alnum = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(String.fromCodePoint(t.codePointAt(i)!));
    if (alnum) {
      n++;
      counted = true;
    }
  }
  return n;
}

/**
 * Pictographs and flags that open a line as its bullet ("⚡️ Russian MOD: …", "📊 In total …", as
 * channels and live blogs write): decoration, and they hide the line's first word, a speaker's label
 * among them. ©, ® and ™ are text, not bullets.
 */
const LEAD_PICTOGRAPHS = /^(?:(?![©®™])[\p{Extended_Pictographic}\p{Regional_Indicator}][\u{fe0f}\u{200d}\u{1f3fb}-\u{1f3ff}]*)+[ \t]*/gmu;

/** Drops the pictographs (emoji, flags) that open lines of main text as bullets. */
export function dropLeadingPictographs(text: string): string {
  return text.replace(LEAD_PICTOGRAPHS, "");
}
