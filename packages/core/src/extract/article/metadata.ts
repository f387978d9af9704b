import { collapseSpaces, collapsedLength } from "./chars.js";
import type { DomDocument, DomElement } from "./dom.js";
import { classOf, elementsWhere } from "./dom.js";
import { readJsonLd } from "./jsonld.js";
import { findWrittenDate, parseDate } from "./dates.js";
import { OFFICIAL_PUBLISHER, squashName } from "../official.js";

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
  const t = collapseSpaces(s).trim();
  return t || null;
}

/** The elements metadata is read from, by tag, in document order. */
interface Tagged {
  meta: DomElement[];
  script: DomElement[];
  title: DomElement[];
  h1: DomElement[];
  time: DomElement[];
  /** The <meta> tags by name, property, itemprop or http-equiv (lower case), first one kept. */
  metaByKey: Map<string, string>;
}

const READ_TAGS = new Set(["meta", "script", "title", "h1", "time"]);

// One walk of the page for all the tags readPageMeta reads (a walk and a selector compile per
// querySelectorAll otherwise), kept for the page: readPageMeta asks for meta tags several times.
const tagged = new WeakMap<DomDocument, Tagged>();

function tagsOf(doc: DomDocument): Tagged {
  let t = tagged.get(doc);
  if (t) return t;
  t = { meta: [], script: [], title: [], h1: [], time: [], metaByKey: new Map() };
  const root = doc.documentElement;
  const els = root ? elementsWhere(root, (el) => READ_TAGS.has(el.localName)) : [];
  for (const el of els) t[el.localName as "meta" | "script" | "title" | "h1" | "time"].push(el);
  for (const m of t.meta) {
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? m.getAttribute("http-equiv") ?? "").toLowerCase().trim();
    const content = m.getAttribute("content");
    if (key && content && !t.metaByKey.has(key)) t.metaByKey.set(key, content);
  }
  tagged.set(doc, t);
  return t;
}

/** `<meta>` content by name, property or itemprop, first hit in the order given. */
function metaContent(doc: DomDocument, keys: readonly string[]): string | null {
  const map = tagsOf(doc).metaByKey;
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
  // Scholarly and think-tank pages (Highwire/Google Scholar tags, Dublin Core terms), and a few publishing systems'.
  "citation_publication_date", "citation_date", "citation_online_date", "dcterms.date", "dc.date.created",
  "originalpublicationdate", "article_date_original", "date_published",
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

/** What separates a `<title>`'s parts: "Headline | Outlet", "Headline — Outlet", "Headline : Ministry of …". */
const TITLE_SEPARATOR = /\s+[|–—»·:-]\s+/g;

/** The site's name cut off a `<title>`: "Headline | Outlet" → "Headline". */
function stripTitleSuffix(title: string, outlet: string | null): string {
  const seps = [...title.matchAll(TITLE_SEPARATOR)];
  if (seps.length === 0) return title;
  const firstSep = seps[0]!;
  const lastSep = seps[seps.length - 1]!;
  const parts = [title.slice(0, firstSep.index), title.slice(lastSep.index + lastSep[0].length)];
  const withoutLast = title.slice(0, lastSep.index);
  const withoutFirst = title.slice(firstSep.index + firstSep[0].length);
  const last = squashName(parts[parts.length - 1]!);
  const first = squashName(parts[0]!);
  const site = outlet ? squashName(outlet) : null;
  if (site && last && (last.includes(site) || site.includes(last))) return withoutLast;
  if (site && first && (first.includes(site) || site.includes(first))) return withoutFirst;
  // Without a known site name: a short last part is the site; headlines are longer.
  const lastWords = parts[parts.length - 1]!.split(/\s+/).length;
  return lastWords <= SITE_NAME_MAX_WORDS && parts[0]!.split(/\s+/).length >= 2 ? withoutLast : title;
}

/**
 * The last part of a `<title>` after its separator when it is the name of a government, military or state body, or
 * null (not a headline's clause: "Kyiv strike: Ministry of Defence says 12 killed").
 */
function officialTitleSuffix(title: string | null): string | null {
  const last = title ? [...title.matchAll(TITLE_SEPARATOR)].at(-1) : undefined;
  const tail = last ? title!.slice(last.index + last[0].length).trim() : "";
  return tail && tail.split(/\s+/).length <= 12 && BODY_NAME.test(tail) && OFFICIAL_PUBLISHER.test(tail) ? tail : null;
}
/**
 * The name of a government, military or state body in the page's logo or site-name element (a header's
 * `<a class="header__logo">High Commissioner for Human Rights in the Russian Federation</a>`), or null: an official
 * site often gives its name nowhere else. Only official bodies, as with the title's last part: a logo's text is too
 * often a word ("Menu", "Home") or an image's caption to name every outlet.
 */
function officialLogoName(doc: DomDocument): string | null {
  const name = firstText(doc, isLogoElement, 160);
  return name && name.split(/\s+/).length <= 12 && BODY_NAME.test(name) && OFFICIAL_PUBLISHER.test(name) ? name : null;
}
const LOGO_CLASS = ["logo", "seal", "site-name", "site-title", "sitename", "site__name"];
function isLogoElement(el: DomElement): boolean {
  const cls = classOf(el)?.toLowerCase();
  return !!cls && LOGO_CLASS.some((w) => cls.includes(w));
}
/** A name: capitalised words (an ordinal among them) joined by "of", "the", "and", "for", "in", "on". */
const BODY_NAME = /^[A-Z0-9][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|the|and|for|in|on))*$/;

/** "Headline | Outlet" → "Headline" when the last part is the outlet's name; the title as it is otherwise. */
function stripKnownSite(title: string, outlet: string): string {
  const seps = [...title.matchAll(/\s+[|–—»·-]\s+/g)];
  const last = seps[seps.length - 1];
  if (!last) return title;
  const tail = squashName(title.slice(last.index + last[0].length));
  const site = squashName(outlet);
  return tail && site && (tail === site || tail.includes(site) || site.includes(tail)) ? title.slice(0, last.index) : title;
}

// Elements that hold a byline or a dateline, by their attributes. The walks test the raw attribute
// values with these substrings (what `[class*="byline"]` means): a selector engine asks linkedom for a
// class list of every element of the page to answer the same question.
const BYLINE_CLASS = ["byline", "author-name", "author__name", "contributor"];
const DATE_CLASS = ["dateline", "date", "publish", "posted", "timestamp"];

/** `[rel="author" i], [itemprop="author"], [class*="byline"], [class*="author-name"], …` */
function isBylineElement(el: DomElement): boolean {
  const cls = classOf(el);
  if (cls && BYLINE_CLASS.some((w) => cls.includes(w))) return true;
  return el.getAttribute("itemprop") === "author" || el.getAttribute("rel")?.toLowerCase() === "author";
}

/** `[itemprop="datePublished"], [class*="dateline"], [class*="date"], …, [id*="date"]` */
function isDateElement(el: DomElement): boolean {
  // ("newsDate", "postDate": class names in camel case too.)
  const cls = classOf(el)?.toLowerCase();
  if (cls && DATE_CLASS.some((w) => cls.includes(w))) return true;
  return el.getAttribute("itemprop") === "datePublished" || (el.getAttribute("id")?.includes("date") ?? false);
}

function firstText(doc: DomDocument, test: (el: DomElement) => boolean, max = 200): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  for (const el of elementsWhere(root, test, 20)) {
    // A wrapper the substrings happen to match ("candidate", "update") can hold the whole story: its
    // length is counted before any copy of its text is made.
    const raw = el.textContent ?? "";
    if (collapsedLength(raw) > max) continue;
    const t = clean(raw);
    if (t) return t;
  }
  return null;
}

function timeElementDate(doc: DomDocument): string | null {
  const times = tagsOf(doc).time;
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

/** A date stamp written in figures and nothing but a time besides: "14.08.2024 11:37", "2025-01-20 10:00". */
function numericDate(text: string): string | null {
  return /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*$/.test(text) ? parseDate(text) : null;
}

function visibleDateline(doc: DomDocument): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  for (const el of elementsWhere(root, isDateElement, 30)) {
    const raw = el.textContent ?? "";
    if (collapsedLength(raw) > 200) continue;
    const text = clean(raw);
    if (!text) continue;
    // ("14.08.2024 11:37", "06.10.2023, 09:40": or a date in figures, day first, as most of the world writes it.)
    const d = findWrittenDate(text) ?? parseDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? "") ?? numericDate(text);
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
  const tags = tagsOf(doc);
  const blocks: string[] = [];
  for (const script of tags.script) if (script.getAttribute("type")?.toLowerCase() === "application/ld+json") blocks.push(script.textContent ?? "");
  const ld = readJsonLd(blocks);

  const h1 = tags.h1;
  const h1Text = h1.length === 1 ? clean(h1[0]!.textContent) : null;
  const docTitle = clean(tags.title[0]?.textContent);
  // ("Sudzha liberated … | Ministry of Defence of the Russian Federation": a government body that names itself only
  // in the title's last part, or in its logo, is the publisher; other pages that declare no name are known by their
  // host.)
  const outlet = clean(metaContent(doc, ["og:site_name"])) ?? clean(ld.publisher) ?? clean(metaContent(doc, OUTLET_KEYS.slice(1, 4))) ?? officialTitleSuffix(docTitle) ?? officialLogoName(doc) ?? hostOf(url);
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
    cleanAuthor(firstText(doc, isBylineElement));

  const publishedAt =
    parseDate(ld.datePublished) ??
    parseDate(metaContent(doc, DATE_KEYS)) ??
    timeElementDate(doc) ??
    visibleDateline(doc);

  const declaredLanguage = langOf(doc) ?? (ld.inLanguage ? /^([a-z]{2,3})/i.exec(ld.inLanguage)?.[1]?.toLowerCase() ?? null : null);
  return { title, outlet, author, publishedAt, declaredLanguage, articleBody: ld.articleBody };
}
