import { findWrittenDate } from "./dates.js";

/** How many lines from the top of the main text can hold a dateline. */
const DATELINE_LINES = 6;
/** A line this short that carries a full date is a dateline, not a sentence about a date. */
const DATELINE_MAX_CHARS = 100;
/** Wire style: "KYIV, Jan. 20, 2025 (Reuters) –" opens the first paragraph. */
const WIRE_DATELINE = /^[A-Z][A-Z .'’-]{2,40},\s/;

/** A publication date written at the top of the main text ("January 20th, 2025" under the headline, or a wire dateline). */
export function datelineFromText(text: string): string | null {
  let seen = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > DATELINE_LINES) break;
    if (line.length <= DATELINE_MAX_CHARS || WIRE_DATELINE.test(line)) {
      const d = findWrittenDate(line.slice(0, DATELINE_MAX_CHARS));
      if (d) return d;
    }
  }
  return null;
}

/** "By Jane Doe" or a bare name beside the dateline, in the first lines of a plain-text article. */
export function bylineFromText(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, DATELINE_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const by = /^by\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]+){0,5})\s*$/iu.exec(line);
    if (by) return by[1]!;
    // A line of two to four capitalised words right next to a dateline is the author's name.
    const isName = /^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,3}$/u.test(line);
    const nearDate = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.length <= DATELINE_MAX_CHARS && findWrittenDate(l) !== null);
    if (isName && nearDate && i > 0) return line;
  }
  return null;
}
