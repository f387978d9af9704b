import { countWords } from "./text.js";

/**
 * Fewest words of running prose an article has. A login page, a cookie wall
 * or an index of headlines has less; the shortest wire brief has more.
 */
export const MIN_PROSE_WORDS = 60;
/** A line is prose when it has this many words and ends a sentence (or opens a list with ":"): headlines and link lists do not. */
const PROSE_LINE_WORDS = 8;
/**
 * A loss bulletin is a sentence or two over a long list ("The enemy's losses
 * were approximately: personnel – about 893,120…"): a page of this many words
 * with some prose is an article too, if it is not mostly links.
 */
const LIST_ARTICLE_WORDS = 60;
const LIST_ARTICLE_PROSE_WORDS = 10;
const LIST_ARTICLE_MAX_LINK_SHARE = 0.3;

const SENTENCE_END = /[.!?…:]["'”’»)\]]?(?:\s|$)|[。！？]/;

/**
 * Words of main text that sit in sentence-like lines (not headline lists, menus or form labels);
 * the count stops once it reaches `enough`, which is all a caller asking "at least so many" needs.
 */
export function proseWords(text: string, enough = Infinity): number {
  let n = 0;
  for (let from = 0; from <= text.length && n < enough; ) {
    const nl = text.indexOf("\n", from);
    const line = text.slice(from, nl < 0 ? text.length : nl);
    from = nl < 0 ? text.length + 1 : nl + 1;
    // A line shorter than eight characters cannot hold eight words (one a character, in Chinese).
    if (line.length < PROSE_LINE_WORDS) continue;
    const w = countWords(line);
    if (w >= PROSE_LINE_WORDS && SENTENCE_END.test(line)) n += w;
  }
  return n;
}

/** True when the text reads as an article: enough running prose, or a little prose over a long list that is not links. */
export function isArticleLike(text: string, linkShare: number): boolean {
  const prose = proseWords(text, MIN_PROSE_WORDS);
  if (prose >= MIN_PROSE_WORDS) return true;
  return prose >= LIST_ARTICLE_PROSE_WORDS && linkShare < LIST_ARTICLE_MAX_LINK_SHARE && countWords(text) >= LIST_ARTICLE_WORDS;
}
