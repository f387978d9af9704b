import { countWords } from "./text.js";

/**
 * Fewest words of running prose an article has. A login page, a cookie wall
 * or an index of headlines has less; the shortest wire brief has more.
 */
export const MIN_PROSE_WORDS = 60;
/** A line is prose when it has this many words and ends a sentence somewhere: headlines and link lists do not. */
const PROSE_LINE_WORDS = 8;

/** Words of main text that sit in sentence-like lines (not headline lists, menus or form labels). */
export function proseWords(text: string): number {
  let n = 0;
  for (const line of text.split("\n")) {
    const w = countWords(line);
    if (w >= PROSE_LINE_WORDS && /[.!?…。]["'”’»)\]]?(?:\s|$)/.test(line)) n += w;
  }
  return n;
}

/** True when the text has enough running prose to be an article. */
export function hasEnoughProse(text: string): boolean {
  return proseWords(text) >= MIN_PROSE_WORDS;
}
