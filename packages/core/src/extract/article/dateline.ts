import { findWrittenDate, parseDate } from "./dates.js";
import { countWords } from "./text.js";

/** How many lines from the top of the main text can hold a dateline. */
const DATELINE_LINES = 6;
/** A line this short that carries a full date can be a dateline, not a sentence about a date. */
const DATELINE_MAX_CHARS = 100;
/** Wire style: "KYIV, Jan. 20, 2025 (Reuters) –" opens the first paragraph; the date follows the city at once. */
const WIRE_DATELINE = /^[A-Z][A-Z .'’-]{2,40},\s+([^()–—-]{6,30}?)\s*(?:\(|[–—-]\s)/;

/** A line that is only a date stamp: "Published 3 September 2024 at 18:05", "Updated: 2025-01-20 10:00". */
export function isDateStamp(line: string): boolean {
  if (countWords(line) > 12) return false;
  const rest = line
    .replace(/\b(?:published|updated|posted|last updated|first published|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{1,3}[sd]t|msk|cet|eet|\d{1,2}[:.]\d{2})\b/gi, " ")
    .replace(/[|,:;·•–—-]/g, " ");
  return (findWrittenDate(line) !== null || parseDate(line) !== null) && countWords(rest) <= 5;
}

/**
 * A publication date written at the top of the main text: a line that is only
 * a date stamp ("January 20th, 2025", "Published 3 September 2024 at 18:05")
 * or a wire dateline. A sentence that starts with a date ("On April 26, 2024,
 * a development…") is about that date, not a dateline.
 */
export function datelineFromText(text: string): string | null {
  let seen = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > DATELINE_LINES) break;
    const wire = WIRE_DATELINE.exec(line);
    if (wire) {
      const d = findWrittenDate(wire[1]!);
      if (d) return d;
    }
    if (line.length <= DATELINE_MAX_CHARS && isDateStamp(line)) {
      const d = findWrittenDate(line) ?? parseDate(line);
      if (d) return d;
    }
    // ("By K. Vos · Posted 14 Oct 2025 · 9 min read": a byline's line of parts, one a date stamp, the others its author
    // and its reading time.)
    const stamp = line.length <= DATELINE_MAX_CHARS ? bylineStamp(line) : null;
    if (stamp) {
      const d = findWrittenDate(stamp) ?? parseDate(stamp);
      if (d) return d;
    }
  }
  return null;
}

/** The date stamp of a byline's line of parts, when every other part is an author or a reading time. */
function bylineStamp(line: string): string | null {
  if (!/[·•|]/.test(line)) return null;
  let stamp: string | undefined;
  const others: string[] = [];
  for (const part of line.split(/\s*[·•|]\s*/).filter(Boolean)) {
    if (isDateStamp(part)) stamp ??= part;
    else others.push(part);
  }
  if (stamp === undefined || others.length > 2) return null;
  return others.every((p) => BYLINE_PART.test(p)) ? stamp : null;
}
/** A byline's other parts: "By K. Vos", "9 min read". */
const BYLINE_PART = /^(?:[Bb]y\s+\p{Lu}[\p{L}.'’ -]{1,50}|\d{1,3}\s+min(?:ute)?s?(?:\s+read)?)$/u;

/** "By Jane Doe" or a bare name beside the dateline, in the first lines of a plain-text article. */
export function bylineFromText(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, DATELINE_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Case-sensitive on purpose: with /i, \p{Lu} would match lower case too ("By nightfall the town fell").
    const by = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]+){0,5})\s*$/u.exec(line);
    if (by) return by[1]!;
    // A line of two to four capitalised words right next to a dateline is the author's name.
    const isName = /^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,3}$/u.test(line);
    const nearDate = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.length <= DATELINE_MAX_CHARS && findWrittenDate(l) !== null);
    if (isName && nearDate && i > 0) return line;
  }
  return null;
}
