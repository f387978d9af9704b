import type { DomElement } from "./dom.js";
import { collapsedLength, countRuns, isSpace, words } from "./chars.js";
import { classOf, descendantsWhere, forEachText } from "./dom.js";

/**
 * A feed: a page made of a series of short posts (a channel's web preview, a
 * live blog, a timeline, a thread reader). Each post is too short to pass as a
 * story's paragraph on its own, and feeds wrap them in classes like "widget"
 * or "card" that mark furniture elsewhere; together they are the page's text.
 */

/** Posts a series needs: two boxes that share a class are a pair of teasers, three that hold sentences a feed. */
const MIN_POSTS = 3;
/** A post holds at least one sentence of this many words (the prose-line length of `prose.ts`). */
const POST_MIN_WORDS = 8;
/** Words the posts hold together, at least: `prose.ts`'s article minimum. */
const FEED_MIN_WORDS = 60;
/**
 * Share of the page's visible words the posts hold, at least: on a feed the posts
 * are the page; a row of teaser cards under a story holds a small part of it.
 */
const FEED_MIN_SHARE = 0.5;
/** A post is not mostly links (a list of headlines shares classes too). */
const MAX_POST_LINK_SHARE = 0.3;
/** Tags whose text is never seen on the page. */
const INVISIBLE = new Set(["script", "style", "noscript", "template", "svg"]);

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]?(?:\s|$)/;

/** The first run of non-space characters, or "". */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  let j = i;
  while (j < s.length && !isSpace(s.charCodeAt(j))) j++;
  return s.slice(i, j);
}

function linkChars(el: DomElement): number {
  const links = el.getElementsByTagName("a");
  let n = 0;
  for (let i = 0; i < links.length; i++) n += (links[i]!.textContent ?? "").trim().length;
  return n;
}

/**
 * Words of text a reader sees under `root`: its text less that of scripts, styles and templates, counted
 * along the text nodes without building the page's text (a page's scripts can be most of its bytes).
 */
function visibleWords(root: DomElement): number {
  let inWord = false;
  let total = 0;
  forEachText(
    root,
    (t) => {
      const run = countRuns(t, inWord);
      inWord = run.inWord;
      total += run.n;
    },
    (el) => !INVISIBLE.has(el.localName),
  );
  return total;
}

function isPost(el: DomElement): { ok: boolean; words: number } {
  const raw = el.textContent ?? "";
  // Words and a sentence end read the same on the raw text as on the tidied one (a space run is one
  // space there, or its end): the tidied copy is made only for the boxes that pass.
  const n = words(raw);
  if (n < POST_MIN_WORDS || !SENTENCE_END.test(raw)) return { ok: false, words: n };
  return { ok: linkChars(el) <= MAX_POST_LINK_SHARE * collapsedLength(raw), words: n };
}

/**
 * The posts of a feed under `root`: elements of one tag and first class word
 * of which at least three hold a sentence each, together most of the page's
 * words. Only the posts are returned (their wrappers and footers are not).
 * Empty on an ordinary article page.
 */
export function findFeedPosts(root: DomElement): DomElement[] {
  const classed = descendantsWhere(root, (el) => classOf(el) !== null);
  // The first class word names the kind of box; later ones are modifiers ("post post--pinned").
  const groups = new Map<string, DomElement[]>();
  for (let i = 0; i < classed.length; i++) {
    const el = classed[i]!;
    const first = firstWord(classOf(el) ?? "");
    if (!first) continue;
    const key = `${el.localName} ${first}`;
    const g = groups.get(key);
    if (g) g.push(el);
    else groups.set(key, [el]);
  }
  let visible = -1;
  let best: { posts: DomElement[]; words: number } | null = null;
  for (const members of groups.values()) {
    if (members.length < MIN_POSTS) continue;
    const posts: DomElement[] = [];
    let total = 0;
    for (const el of members) {
      const p = isPost(el);
      if (!p.ok) continue;
      posts.push(el);
      total += p.words;
    }
    if (posts.length < MIN_POSTS || total < FEED_MIN_WORDS) continue;
    // Counted once, and only on pages that have a candidate series at all.
    if (visible < 0) visible = visibleWords(root);
    if (total < FEED_MIN_SHARE * visible) continue;
    // A post's wrapper (post + author line + footer) qualifies too, with more words: the posts' own box is
    // the qualifying group with the fewest words, so the author lines and footers stay furniture.
    if (!best || total < best.words) best = { posts, words: total };
  }
  if (!best) return [];
  // Boxes of one class nest at times (a reply inside a post): the outer one holds the inner one's text.
  const chosen = new Set(best.posts);
  return best.posts.filter((p) => {
    for (let e = p.parentElement; e && e !== root; e = e.parentElement) if (chosen.has(e)) return false;
    return true;
  });
}
