/**
 * Counts over a text's characters that would otherwise build strings or arrays of it: words, and the
 * length once its spaces are collapsed. Spaces are JavaScript's `\s`.
 */

/** Whether a UTF-16 code unit is one of JavaScript's `\s` characters. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of non-space characters: the count `s.split(/\s+/)` gives, without building the array (pages are long). */
export function words(s: string): number {
  return countRuns(s, false).n;
}

/** Words of `s` read on from a previous piece that ended inside a word (`inWord`), and whether `s` ends in one. */
export function countRuns(s: string, inWord: boolean): { n: number; inWord: boolean } {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return { n, inWord };
}

/** Length of `s` with its runs of space made one space and its ends trimmed: `s.replace(/\s+/g, " ").trim().length`. */
export function collapsedLength(s: string): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) n++;
    pendingSpace = false;
    n++;
  }
  return n;
}

/**
 * The runs of space that are not already a single " ": `s.replace(SPACE_RUNS, " ")` gives
 * `s.replace(/\s+/g, " ")` without rewriting each single space between words, most of a text's matches.
 */
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/** `s.replace(/\s+/g, " ")`: every run of space made one space. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUNS, " ");
}
