import type { DomDocument, DomElement } from "./dom.js";
import { readJsonLd } from "./jsonld.js";
import { findWrittenDate, parseDate } from "./dates.js";

/** An article's metadata as the page states it, before the main text is known. */
export interface PageMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** From JSON-LD, meta tags, `<time>` or a dated element; the URL and the text's dateline come later. */
  publishedAt: string | null;
  /** The page's declared language (html lang, content-language, JSON-LD), as a two- or three-letter code. */
  declaredLanguage: string | null;
  /** JSON-LD's articleBody, when the page has one. */
  articleBody: string | null;
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t || null;
}

// One map of a page's <meta> tags, built on the first look-up: readPageMeta asks five times.
const metaMaps = new WeakMap<DomDocument, Map<string, string>>();

function metaMap(doc: DomDocument): Map<string, string> {
  let map = metaMaps.get(doc);
  if (map) return map;
  map = new Map<string, string>();
  const metas = doc.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? m.getAttribute("http-equiv") ?? "").toLowerCase().trim();
    const content = m.getAttribute("content");
    if (key && content && !map.has(key)) map.set(key, content);
  }
  metaMaps.set(doc, map);
  return map;
}

/** `<meta>` content by name, property or itemprop, first hit in the order given. */
function metaContent(doc: DomDocument, keys: readonly string[]): string | null {
  const map = metaMap(doc);
  for (const k of keys) {
    const v = clean(map.get(k));
    if (v) return v;
  }
  return null;
}

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title"];
const OUTLET_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];
const AUTHOR_KEYS = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator"];
const DATE_KEYS = [
  "article:published_time", "og:article:published_time", "datepublished", "article.published", "published_time",
  "publish-date", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
  "parsely-pub-date", "sailthru.date", "og:published_time", "article:published", "cxenseparse:recs:publishtime",
];

/** Host of a URL without "www.": the outlet when the page names none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h.replace(/^www\d?\./, "") || null;
  } catch {
    return null;
  }
}

/** "By Jane Doe and John Roe | Reuters" → "Jane Doe and John Roe". Null when it is a URL, a date or too long for a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = clean(raw);
  if (!s) return null;
  if (/^https?:\/\//i.test(s) || s.startsWith("@")) return null;
  // "By" in the languages of outlets we read (French par, Spanish/Portuguese por, Polish przez); German
  // von, Italian di and Dutch door only in lower case, since "Di Maria" and "Von Trier" are names.
  s = s.replace(/^(?:written\s+)?(?:by|par|por|przez)[:\s]+/i, "").replace(/^(?:von|di|door)\s+/, "");
  // Byline tails: "| Reuters", " - Updated 3 hours ago", dates, "Staff Writer".
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=(?:updated|published|posted|\d))/i)[0]!.trim();
  const dateAt = s.search(/\b(?:updated|published|posted)\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/i);
  if (dateAt > 0) s = s.slice(0, dateAt).replace(/[\s,;|–—-]+$/, "");
  // A name has a word of two letters or more: avatar initials ("J J") and numbers are not bylines.
  if (!s || s.length > 120 || /^\d/.test(s) || !/\p{L}{2}/u.test(s)) return null;
  return s;
}

/** Words of a site name at most: "The Kyiv Independent", "Black Sea Wire". */
const SITE_NAME_MAX_WORDS = 4;

/** The site's name cut off a `<title>`: "Headline | Outlet" → "Headline". */
function stripTitleSuffix(title: string, outlet: string | null): string {
  const seps = [...title.matchAll(/\s+[|–—»·:-]\s+/g)];
  if (seps.length === 0) return title;
  const firstSep = seps[0]!;
  const lastSep = seps[seps.length - 1]!;
  const parts = [title.slice(0, firstSep.index), title.slice(lastSep.index + lastSep[0].length)];
  const withoutLast = title.slice(0, lastSep.index);
  const withoutFirst = title.slice(firstSep.index + firstSep[0].length);
  const squash = (s: string) => s.toLowerCase().replace(/^www\./, "").replace(/\.[a-z.]+$/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  const last = squash(parts[parts.length - 1]!);
  const first = squash(parts[0]!);
  const site = outlet ? squash(outlet) : null;
  if (site && last && (last.includes(site) || site.includes(last))) return withoutLast;
  if (site && first && (first.includes(site) || site.includes(first))) return withoutFirst;
  // Without a known site name: a short last part is the site; headlines are longer.
  const lastWords = parts[parts.length - 1]!.split(/\s+/).length;
  return lastWords <= SITE_NAME_MAX_WORDS && parts[0]!.split(/\s+/).length >= 2 ? withoutLast : title;
}

/** "Headline | Outlet" → "Headline" when the last part is the outlet's name; the title as it is otherwise. */
function stripKnownSite(title: string, outlet: string): string {
  const seps = [...title.matchAll(/\s+[|–—»·-]\s+/g)];
  const last = seps[seps.length - 1];
  if (!last) return title;
  const squash = (x: string) => x.toLowerCase().replace(/^www\./, "").replace(/\.[a-z.]+$/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  const tail = squash(title.slice(last.index + last[0].length));
  const site = squash(outlet);
  return tail && site && (tail === site || tail.includes(site) || site.includes(tail)) ? title.slice(0, last.index) : title;
}

// Class and id words of elements that hold a byline or a dateline.
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author-name"], [class*="author__name"], [class*="contributor"]';
const DATE_SELECTOR = '[itemprop="datePublished"], [class*="dateline"], [class*="date"], [class*="publish"], [class*="posted"], [class*="timestamp"], [id*="date"]';

function firstText(doc: DomDocument, selector: string, max = 200): string | null {
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < 20; i++) {
    const t = clean(els[i]!.textContent);
    if (t && t.length <= max) return t;
  }
  return null;
}

function timeElementDate(doc: DomDocument): string | null {
  const times = doc.querySelectorAll("time");
  let fallback: string | null = null;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const d = parseDate(t.getAttribute("datetime") ?? t.textContent);
    if (!d) continue;
    // A `<time>` marked as the publication date wins over the first one (which may be a "last updated" stamp).
    if (t.hasAttribute("pubdate") || /published|datepublished/i.test(`${t.getAttribute("itemprop") ?? ""} ${t.getAttribute("class") ?? ""}`)) return d;
    fallback ??= d;
  }
  return fallback;
}

function visibleDateline(doc: DomDocument): string | null {
  const els = doc.querySelectorAll(DATE_SELECTOR);
  for (let i = 0; i < els.length && i < 30; i++) {
    const el: DomElement = els[i]!;
    const text = clean(el.textContent);
    if (!text || text.length > 200) continue;
    const d = findWrittenDate(text) ?? parseDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? "");
    if (d) return d;
  }
  return null;
}

function langOf(doc: DomDocument): string | null {
  const raw = doc.documentElement?.getAttribute("lang") ?? doc.documentElement?.getAttribute("xml:lang") ?? metaContent(doc, ["content-language", "og:locale", "language", "dc.language"]);
  const m = raw ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Reads title, outlet, author, publication date and declared language from a page, before Readability alters it. */
export function readPageMeta(doc: DomDocument, url: string | null): PageMeta {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const blocks: string[] = [];
  for (let i = 0; i < scripts.length; i++) blocks.push(scripts[i]!.textContent ?? "");
  const ld = readJsonLd(blocks);

  const outlet = clean(metaContent(doc, ["og:site_name"])) ?? clean(ld.publisher) ?? clean(metaContent(doc, OUTLET_KEYS.slice(1, 4))) ?? hostOf(url);

  const h1 = doc.querySelectorAll("h1");
  const h1Text = h1.length === 1 ? clean(h1[0]!.textContent) : null;
  const docTitle = clean(doc.querySelector("title")?.textContent);
  // <title> before <h1>, as Readability does: a page's only <h1> is often a section or site name.
  // A <title> of one or two words ("Home", "Video") is the exception.
  const stripped = docTitle ? stripTitleSuffix(docTitle, outlet) : null;
  const usableTitle = stripped && stripped.split(" ").length > 2 ? stripped : null;
  const declared = clean(ld.headline) ?? metaContent(doc, TITLE_KEYS);
  // Some sites repeat their name in og:title too ("Headline | Outlet"): cut it only when it is the outlet's name.
  const title = (declared && outlet ? stripKnownSite(declared, outlet) : declared) ?? usableTitle ?? h1Text ?? stripped;

  const author =
    cleanAuthor(ld.author) ??
    cleanAuthor(metaContent(doc, AUTHOR_KEYS)) ??
    cleanAuthor(firstText(doc, BYLINE_SELECTOR));

  const publishedAt =
    parseDate(ld.datePublished) ??
    parseDate(metaContent(doc, DATE_KEYS)) ??
    timeElementDate(doc) ??
    visibleDateline(doc);

  const declaredLanguage = langOf(doc) ?? (ld.inLanguage ? /^([a-z]{2,3})/i.exec(ld.inLanguage)?.[1]?.toLowerCase() ?? null : null);
  return { title, outlet, author, publishedAt, declaredLanguage, articleBody: ld.articleBody };
}
