import { isDateStamp } from "./dateline.js";
import { countWords } from "./text.js";

/** How many lines at the top of the main text can be headline furniture. */
const LEAD_LINES = 4;
/** A byline of its own: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,7}$/u;

/** A kicker ("Front line", "Exclusive") above the headline is at most this many words. */
const KICKER_MAX_WORDS = 5;

function same(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return n(a) === n(b);
}

/**
 * Drops the headline's furniture that Readability leaves at the top of the
 * main text when a page marks nothing up: the headline repeated, a kicker
 * above it, a bare date stamp, a byline. The story starts after them.
 */
export function dropLeadChrome(text: string, title: string | null): string {
  const lines = text.split("\n");
  const content: number[] = [];
  for (let i = 0; i < lines.length && content.length < LEAD_LINES; i++) if (lines[i]!.trim()) content.push(i);
  let cut = -1;
  const titleAt = title ? content.findIndex((i) => same(lines[i]!, title)) : -1;
  // Short lines before the repeated headline are kickers and section names.
  if (titleAt >= 0 && content.slice(0, titleAt).every((i) => countWords(lines[i]!) <= KICKER_MAX_WORDS)) cut = content[titleAt]!;
  for (const i of content) {
    if (i <= cut) continue;
    if (isDateStamp(lines[i]!) || BYLINE.test(lines[i]!.trim())) cut = i;
    else break;
  }
  if (cut < 0) return text;
  return lines.slice(cut + 1).join("\n").replace(/^\n+/, "");
}
