import { Readability } from "@mozilla/readability";
import type { Result } from "../../errors.js";
import type { Article } from "./article.js";
import { dateFromUrl, parseDate } from "./dates.js";
import { bylineFromText, datelineFromText } from "./dateline.js";
import type { DomElement } from "./dom.js";
import { removeFurniture } from "./furniture.js";
import { maxDepth, parsePage } from "./markup.js";
import { contentHash } from "./hash.js";
import { detectLanguage } from "./language.js";
import { cleanAuthor, hostOf, readPageMeta } from "./metadata.js";
import { isArticleLike } from "./prose.js";
import { dropLeadChrome } from "./lead.js";
import { countWords, dropBoilerplateLines, dropLeadingPictographs, elementToText, normaliseText } from "./text.js";

export type { Article } from "./article.js";
export { decodePage, detectEncoding } from "./decode.js";
export { looksBinary, looksBinaryText } from "./binary.js";
export { isBoilerplateText } from "./furniture.js";

/** Deepest nesting we read: ten times what real article pages use, and Readability still takes well under a second. */
const MAX_DEPTH = 400;

/** Share of an article's text inside links above which it is an index of links, not a story. */
const MAX_LINK_DENSITY = 0.5;

interface ReadabilityOut {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  content?: unknown;
}

/**
 * Readability as the extractor needs it: text, not HTML to display. Its last
 * pass makes every link and image address absolute for a page shown
 * elsewhere; that pass costs a URL parse per link and changes no word.
 */
class TextReadability extends Readability<unknown> {
  _fixRelativeUris(): void {}
}

function linkDensity(els: readonly DomElement[], textLength: number): number {
  if (textLength === 0) return 0;
  let inLinks = 0;
  for (const el of els) {
    const links = el.getElementsByTagName("a");
    for (let i = 0; i < links.length; i++) inLinks += (links[i]!.textContent ?? "").replace(/\s+/g, " ").trim().length;
  }
  return inLinks / textLength;
}

/** JSON-LD strings sometimes carry markup and entities ("<p>…</p>", "&amp;"): plain text with paragraph breaks. */
function htmlEntitiesToText(s: string): string {
  if (!/[<&]/.test(s)) return s;
  const doc = parsePage(`<html><body><div>${s.replace(/\n/g, "<br>")}</div></body></html>`);
  return doc.body ? elementToText(doc.body) : s;
}

function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function fail(reason: "empty" | "not_article", message: string): Result<Article> {
  return { ok: false, reason, message };
}

/**
 * Main text and metadata of an HTML page: one linkedom parse serves the
 * metadata readers, the furniture rules and Readability, in that order
 * (Readability rewrites the document it reads).
 */
export function htmlToArticle(html: string, opts: { url?: string | null } = {}): Result<Article> {
  const url = safeUrl(opts.url);
  if (!html.trim()) return fail("empty", "the page is empty");
  const document = parsePage(html);
  if (!document.documentElement) return fail("not_article", "the page has no document");
  // Readability's time grows with the square of the nesting (1,000 levels: seconds; 5,000: minutes)
  // and the DOM walks recurse; real pages nest a few dozen levels, broken ones with unclosed tags more.
  const depth = maxDepth(document.documentElement, MAX_DEPTH);
  if (depth > MAX_DEPTH) return fail("not_article", `the page nests elements more than ${MAX_DEPTH} levels deep`);
  const meta = readPageMeta(document, url);
  const posts = removeFurniture(document);
  // A feed's posts, read before Readability rewrites them: it scores each short post on its own and may
  // keep a few of them, or one, as "the" story.
  const fromFeed = posts.length ? dropBoilerplateLines(posts.map((p) => elementToText(p)).filter(Boolean).join("\n\n")) : "";
  // serializer: hand back the element itself; serialising and re-parsing it would double the work.
  let parsed: ReadabilityOut | null = null;
  try {
    // keepClasses: classes are not text, and stripping them is a walk of the whole article.
    parsed = new TextReadability(document as never, { serializer: (el: unknown) => el, keepClasses: true }).parse() as ReadabilityOut | null;
  } catch {
    // Readability walks up from its best candidate to <body> and fails on malformed trees where content
    // ended up outside it (an unclosed <script> in <head>, say); the body as a whole is then the content.
    parsed = null;
  }
  const content = (parsed?.content ?? document.body ?? document.documentElement) as DomElement | null;
  if (!content) return fail("not_article", "the page has no body");
  const title = meta.title ?? (parsed?.title?.trim() || null);
  const fromReadability = dropBoilerplateLines(elementToText(content));
  // On a feed the posts are the main text unless Readability found more (the posts are the paragraphs of a
  // story that classes each of them alike, and Readability has the headings and lists between them too).
  const useFeed = fromFeed !== "" && countWords(fromFeed) > countWords(fromReadability);
  const fromDom = useFeed ? fromFeed : fromReadability;
  // Pages rendered by scripts have little in their DOM but the whole story in JSON-LD's articleBody:
  // when that holds twice the words the DOM gave, it is the main text.
  const fromLd = meta.articleBody ? dropBoilerplateLines(normaliseText(htmlEntitiesToText(meta.articleBody))) : "";
  const useLd = fromLd !== "" && countWords(fromLd) > 2 * countWords(fromDom) && isArticleLike(fromLd, 0);
  const fullText = dropLeadingPictographs(useLd ? fromLd : fromDom);
  const text = dropLeadChrome(fullText, title);
  if (!text) return fail("empty", "the page has no text");
  const links = useLd ? 0 : linkDensity(useFeed ? posts : [content], text.length);
  if (links > MAX_LINK_DENSITY) return fail("not_article", "the page is mostly links");
  if (!isArticleLike(text, links)) return fail("not_article", "the page has too little running prose to be an article");

  const publishedAt = meta.publishedAt ?? datelineFromText(fullText) ?? parseDate(parsed?.publishedTime) ?? dateFromUrl(url);
  return {
    ok: true,
    value: {
      url,
      title,
      outlet: meta.outlet ?? (parsed?.siteName?.trim() || null),
      author: meta.author ?? cleanAuthor(parsed?.byline) ?? bylineFromText(fullText),
      publishedAt,
      language: meta.declaredLanguage ?? detectLanguage(text),
      wordCount: countWords(text),
      contentHash: contentHash(text),
      text,
    },
  };
}

/**
 * A plain-text article: the main text is the whole file (line endings
 * unified, spaces tidied), the title its first non-empty line.
 */
export function textToArticle(raw: string, opts: { url?: string | null } = {}): Result<Article> {
  const url = safeUrl(opts.url);
  const text = dropLeadingPictographs(normaliseText(raw));
  if (!text) return fail("empty", "the file is empty");
  if (!isArticleLike(text, 0)) return fail("not_article", "the text has too little running prose to be an article");
  const title = text.split("\n").find((l) => l.trim())?.trim() ?? null;
  return {
    ok: true,
    value: {
      url,
      title,
      outlet: hostOf(url),
      author: bylineFromText(text),
      publishedAt: datelineFromText(text) ?? dateFromUrl(url),
      language: detectLanguage(text),
      wordCount: countWords(text),
      contentHash: contentHash(text),
      text,
    },
  };
}
