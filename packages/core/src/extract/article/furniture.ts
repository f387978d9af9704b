import type { DomDocument, DomElement, DomNode } from "./dom.js";
import { classOf, descendantsWhere, forEachText } from "./dom.js";
import { collapseSpaces, words as wordRuns } from "./chars.js";
import { findFeedPosts } from "./feed.js";
import { countWords } from "./text.js";

/**
 * Page furniture: everything on a page that is not the story. General rules
 * only (tags, ARIA roles, words in class names and ids, short boilerplate
 * texts); never one site's markup.
 */

/** Tags that never hold the story's prose. */
const DROP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
  "button", "input", "select", "textarea", "option", "label", "dialog", "nav", "footer", "aside", "menu",
  "figcaption", "link", "meta", "title", "head",
]);

/** ARIA roles of landmarks and widgets around the story. */
const DROP_ROLES = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
  "toolbar", "tablist", "button", "form",
]);

/** Words in class names and ids that mark furniture. Matched as whole words of the class, split on "-", "_" and case. */
const FURNITURE_WORDS = new Set([
  "share", "sharing", "sharebar", "social", "socials", "newsletter", "newsletters", "subscribe", "subscription",
  "subscriptions", "signup", "donate", "donation", "donations", "tipjar", "paywall", "related", "recommended",
  "recommendations", "recirculation", "recirc", "comments", "comment", "disqus", "cookie", "cookies", "consent",
  "gdpr", "breadcrumb", "breadcrumbs", "promo", "advert", "advertisement", "ads", "ad", "adslot", "sponsored",
  "sponsor", "outbrain", "taboola", "sidebar", "widget", "footer", "nav", "navbar", "navigation", "menu", "modal",
  "popup", "toolbar", "masthead", "skiplink", "tags", "tagcloud", "trending", "popular", "mostread", "readmore",
  "banner", "byline", "printfriendly", "authorbio", "bio",
]);
/** Pairs of class words that mark furniture together but not alone ("read-more", "most-read", "sign-up"). */
const FURNITURE_PAIRS = [
  ["read", "more"], ["most", "read"], ["most", "popular"], ["sign", "up"], ["tip", "jar"], ["support", "us"],
  ["see", "also"], ["also", "read"], ["more", "stories"], ["you", "may"], ["up", "next"], ["author", "box"],
  ["follow", "us"], ["related", "posts"],
  // (A channel's description and counters beside its posts: Telegram's web preview, "tgme_channel_info".)
  ["channel", "info"],
];

/** Class and id words that mark the story: an element with one of these is never furniture. */
const CONTENT_WORDS = new Set(["article", "story", "content", "entry", "post", "body", "main", "text", "prose"]);

/** An id of more words than this is a slug of a heading ("sharing-with-a-single-developer"), not a name for a box. */
const MAX_ID_WORDS = 3;

function split(raw: string): string[] {
  return raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function wordsOf(el: DomElement): string[] {
  const cls = classOf(el);
  const id = el.getAttribute("id");
  const words = cls ? split(cls) : [];
  if (id) {
    const idWords = split(id);
    if (idWords.length <= MAX_ID_WORDS) words.push(...idWords);
  }
  return words;
}

function classMarksFurniture(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  for (const [a, b] of FURNITURE_PAIRS) {
    const i = words.indexOf(a!);
    if (i >= 0 && words[i + 1] === b) return true;
  }
  return false;
}

/** Elements that hold the story by their own declaration: never removed, nor their ancestors. */
function isDeclaredMain(el: DomElement): boolean {
  // article, main, [role="main"], [itemprop="articleBody"], [itemprop="articleBody text"]
  if (el.localName === "article" || el.localName === "main") return true;
  if (el.getAttribute("role") === "main") return true;
  const itemprop = el.getAttribute("itemprop");
  return itemprop === "articleBody" || itemprop === "articleBody text";
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Short blocks whose whole text is boilerplate. Anchored at both ends, so a
 * sentence that merely mentions a newsletter stays.
 */
const BOILERPLATE_TEXT: readonly RegExp[] = [
  // A linked headline follows ("Read also: Kyiv says …"): headlines run to ~160 characters.
  /^(?:read|see|click)\s+(?:more|the full story|full article|also|here)\b.{0,160}$/i,
  /^(?:continue|keep)\s+reading\b.{0,40}$/i,
  // A heading alone or followed by ":" and a headline: "Related fighting killed 12 soldiers" is a sentence.
  /^(?:related|more on this(?: story)?|more from\b.{0,40}|recommended|also read|most read|most popular|trending(?: now)?|you (?:may|might) also like|what to read next|top stories)(?:\s+(?:stories|articles|news|coverage|content|reading|posts|links|topics))?\s*(?:[:.]\s*.{0,160})?$/i,
  /^(?:share|tweet|email|print|copy link|save)(?:\s+(?:this|on|via)\b.{0,40})?[:.!]?$/i,
  /^(?:share|follow us|find us)\s+on\b.{0,80}$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print)(?:[\s,|•·/]+(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|copy link))*$/i,
  /^[\d.,]+\s*[km]?\s*(?:comments?|shares?|subscribers?|followers?|views?|likes?|reads?|responses?)$/i,
  /^(?:comments?|shares?|subscribers?|views?)\s*[:(]?\s*[\d.,]+\s*[km]?\)?$/i,
  /^(?:\d+\s+)?comments?\s*(?:\(\d+\))?$/i,
  /^(?:leave a comment|add a comment|join the (?:conversation|discussion)|show comments|view comments|load comments)\b.{0,40}$/i,
  /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|updates|inbox|email|free)\b/i,
  /\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox|delivered)\b/i,
  // Asks made of the reader; "residents were urged to donate blood" is news.
  /\b(?:donate (?:now|today|here|to (?:us|our|the|keep))|make a (?:one-off |monthly |small )?donation|tip jar|buy (?:me|us) a coffee|become a (?:patron|member|supporter|subscriber)|support (?:our|independent|this|us)\b.{0,30}\b(?:journalism|work|reporting|newsroom)|chip in)\b/i,
  /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b/i,
  /^(?:advertisement|sponsored(?: content)?|ad|promoted|skip to (?:main )?content|skip advertisement|back to top)$/i,
  /^(?:©|\(c\)|copyright\b).{0,160}$/i,
  /\ball rights reserved\b/i,
  /^(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credit)?\s*[:|]\s*.{0,80}$/i,
  /^(?:image|photo) (?:source|caption)\b.{0,120}$/i,
  /^(?:tags?|topics?|filed under)\s*:.{0,200}$/i,
  /^(?:log ?in|sign ?in|register|subscribe|menu|search|close|home)$/i,
  /^(?:the )?(?:story|article|text) continues (?:below|after)\b.{0,30}$/i,
  /^this (?:article|story) is more than \d+ (?:years?|months?) old$/i,
  /^listen to (?:this|the) (?:article|story)\b.{0,40}$/i,
  /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$/i,
  // Wire credit lines: "(Reporting by … in Kyiv; Editing by …)".
  /^\((?:additional )?(?:reporting|writing|compiled|editing) by\b.{0,240}$/i,
  /^(?:additional )?(?:reporting|writing) by\b[^.]{0,200}(?:;|\bediting by\b)/i,
  /^editing by\b.{0,120}$/i,
  /^our standards\s*:/i,
  /\bjoin (?:us|our)\b.{0,40}\b(?:telegram|whatsapp|viber|channel|facebook|community)\b/i,
  /^(?:follow|subscribe to) (?:us|our\b.{0,30}) on\b.{0,60}$/i,
];

/** Boilerplate text blocks are short: a paragraph of the story that mentions a cookie is not a cookie banner. */
const MAX_BOILERPLATE_WORDS = 30;
const MAX_BOILERPLATE_CHARS = 400;

/**
 * The element's text when it has at most `max` characters, else null. Boilerplate is short: the walk
 * asks this of every block, and building the whole text of each wrapper of the story would cost as
 * much as the page has text times its depth.
 */
function textUpTo(el: DomNode, max: number): string | null {
  let out = "";
  let over = false;
  forEachText(el, (t) => {
    out += t;
    over = out.length > max;
    return !over;
  });
  return over ? null : out;
}

/** True when a short block of text is page furniture ("Read more here:", "1.2k shares", a newsletter ask). */
export function isBoilerplateText(text: string): boolean {
  // 30 words never take 400 characters of furniture; longer text is prose, and the regexes below need not run.
  if (text.length > MAX_BOILERPLATE_CHARS) return false;
  // Words counted before the text is tidied: most blocks asked are prose, and end here.
  const n = wordRuns(text);
  if (n === 0 || n > MAX_BOILERPLATE_WORDS) return false;
  const t = collapseSpaces(text).trim();
  return BOILERPLATE_TEXT.some((re) => re.test(t));
}

/** Words above which an element that also calls itself content is the story's wrapper, not a box beside it. */
const WRAPPER_MIN_WORDS = 200;
/** A paragraph this long is prose; boxes beside a story (share, newsletter, related, bio) have at most one. */
const PROSE_PARAGRAPH_WORDS = 25;
const PROSE_PARAGRAPHS = 2;

/** An element with this many words that is not mostly links holds the story (Blogger's "widget Blog"). */
const LONG_TEXT_WORDS = 300;
const MAX_LINK_SHARE = 0.3;

function linkShare(el: DomElement, textLength: number): number {
  const links = el.getElementsByTagName("a");
  let n = 0;
  for (let i = 0; i < links.length; i++) n += (links[i]!.textContent ?? "").length;
  return textLength ? n / textLength : 0;
}

/**
 * True when an element a class word marks as furniture holds the story all
 * the same: it calls itself content and is long, or it holds paragraphs of
 * prose. Blogger wraps posts in "widget Blog", sites put the rest of a story
 * in "read-more" expanders; share bars and newsletter boxes hold no prose.
 */
function looksLikeStoryWrapper(el: DomElement, words: readonly string[]): boolean {
  const text = el.textContent ?? "";
  // Cheap bound first: two prose paragraphs need at least ~250 characters.
  if (text.length < PROSE_PARAGRAPH_WORDS * PROSE_PARAGRAPHS * 5) return false;
  const words_ = wordRuns(text);
  if (words.some((w) => CONTENT_WORDS.has(w)) && words_ > WRAPPER_MIN_WORDS) return true;
  // Long and not a list of links: a story's container whatever its class says.
  if (words_ > LONG_TEXT_WORDS && linkShare(el, text.length) < MAX_LINK_SHARE) return true;
  const paragraphs = el.getElementsByTagName("p");
  let prose = 0;
  for (let i = 0; i < paragraphs.length && prose < PROSE_PARAGRAPHS; i++) {
    const t = paragraphs[i]!.textContent ?? "";
    if (t.length >= PROSE_PARAGRAPH_WORDS * 4 && wordRuns(t) >= PROSE_PARAGRAPH_WORDS && /[.!?。！？]/.test(t)) prose++;
  }
  return prose >= PROSE_PARAGRAPHS;
}

const INLINE_TAGS = new Set(["a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "time", "mark", "q", "cite"]);
const TEXT_PARENTS = new Set(["p", "li", "blockquote", "td", "th", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "q"]);

function containsMain(el: DomElement, mains: ReadonlySet<DomElement>): boolean {
  for (const m of mains) {
    for (let p: DomElement | null = m; p; p = p.parentElement) if (p === el) return true;
  }
  return false;
}

/**
 * Tags whose whole text the boilerplate patterns judge: blocks only. An
 * inline element is judged with its block ("…said in an <a>email</a>." must
 * keep its link; a "Read more" link in a paragraph of its own goes with it).
 */
const TEXT_BLOCK_TAGS = new Set(["p", "div", "li", "section", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "header", "aside", "figure", "blockquote", "dl", "dd", "dt"]);

/**
 * Removes furniture from a parsed page in one walk, before Readability sees
 * it, and returns the posts when the page is a feed of them (else nothing). An
 * element that contains the declared story (`<article>`, `<main>`,
 * `itemprop=articleBody`) is kept whatever its class says: sites put words like
 * "has-sidebar" on the wrapper of everything.
 */
/** Whether a page's figure captions (three or more) hold more words than its paragraphs: a gallery's story. */
function captionsAreStory(root: DomElement): boolean {
  const captions = root.getElementsByTagName("figcaption");
  if (captions.length < 3) return false;
  let inCaptions = 0;
  for (let i = 0; i < captions.length; i++) inCaptions += countWords(captions[i]!.textContent ?? "");
  const paragraphs = root.getElementsByTagName("p");
  let inParagraphs = 0;
  // (A caption may hold paragraphs of its own: those are counted as caption.)
  for (let i = 0; i < paragraphs.length && inParagraphs <= inCaptions; i++) if (!insideCaption(paragraphs[i]!, root)) inParagraphs += countWords(paragraphs[i]!.textContent ?? "");
  return inCaptions > inParagraphs;
}

function insideCaption(el: DomElement, root: DomElement): boolean {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement) if (e.localName === "figcaption") return true;
  return false;
}

export function removeFurniture(doc: DomDocument): DomElement[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const mainList = descendantsWhere(root, isDeclaredMain);
  const mains = new Set<DomElement>();
  for (let i = 0; i < mainList.length; i++) mains.add(mainList[i]!);
  // A feed's posts (a channel preview, a live blog) sit in boxes whose classes say "widget" or "card":
  // the posts and the boxes around them are no furniture by their class (their footers still are).
  const posts = new Set(findFeedPosts(root));
  const holdsPost = new Set<DomElement>();
  for (const p of posts) for (let e: DomElement | null = p; e && e !== root && !holdsPost.has(e); e = e.parentElement) holdsPost.add(e);
  // A photo gallery tells its story in its captions: when they hold more words than the paragraphs, they stay.
  const keepCaptions = captionsAreStory(root);
  // The innermost declared story: `header` and `form` outside it are site chrome.
  const doomed: DomElement[] = [];
  const walk = (el: DomElement, insideMain: boolean, insidePost: boolean): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.localName;
      const isMain = mains.has(child);
      let drop = false;
      if ((DROP_TAGS.has(tag) && !(keepCaptions && tag === "figcaption")) || isHidden(child)) drop = true;
      // Site chrome outside the declared story, unless it wraps the story itself (ASP.NET puts the
      // whole page in one <form>; some templates put the lead in a <header>).
      else if ((tag === "header" || tag === "form") && !insideMain && !isMain) drop = !looksLikeStoryWrapper(child, []);
      else {
        const role = child.getAttribute("role");
        if (role && DROP_ROLES.has(role.toLowerCase())) drop = true;
        else if ((INLINE_TAGS.has(tag) && TEXT_PARENTS.has(el.localName)) || insidePost) {
          // Inside running text: a class on a link or a span does not make the sentence furniture.
        } else {
          const words = wordsOf(child);
          if (classMarksFurniture(words) && !holdsPost.has(child) && !looksLikeStoryWrapper(child, words)) drop = true;
          else if (TEXT_BLOCK_TAGS.has(tag)) {
            const text = textUpTo(child, MAX_BOILERPLATE_CHARS);
            if (text !== null && isBoilerplateText(text)) drop = true;
          }
        }
      }
      if (drop && (mains.size === 0 || !containsMain(child, mains))) {
        doomed.push(child);
        continue;
      }
      walk(child, insideMain || isMain, insidePost || posts.has(child));
    }
  };
  walk(root, false, false);
  for (const el of doomed) el.remove();
  // A post that was furniture all the same (hidden, in an <aside>) left the page with its box.
  return [...posts].filter((p) => {
    let e: DomElement | null = p;
    while (e && e !== root) e = e.parentElement;
    return e === root;
  });
}
