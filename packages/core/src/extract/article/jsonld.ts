/** Schema.org types whose JSON-LD describes the article itself (not the site, a person or a breadcrumb). */
const ARTICLE_TYPES = /^(?:\w+:)?(?:(?:News|Scholarly|Tech|Satirical|Analysis|Opinion|Reportage|Background|Review|Report|AskPublicNews)?Article|NewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/i;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function typesOf(o: Json): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** Every object in a JSON-LD block, following `@graph` and arrays. */
function flatten(v: unknown, out: Json[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out, depth + 1);
  } else if (isObject(v)) {
    out.push(v);
    if (v["@graph"]) flatten(v["@graph"], out, depth + 1);
  }
}

/** JSON.parse, then once more after the usual publisher faults: raw newlines in strings, trailing commas, HTML comments. */
function parseLenient(raw: string): unknown {
  // CDATA wrappers ("<![CDATA[ … ]]>", with or without "//") are common and harmless.
  const text = raw.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, "");
  try {
    return JSON.parse(text);
  } catch {
    const cleaned = text
      .replace(/^\s*<!--|-->\s*$/g, "")
      .replace(/[\u0000-\u001f]+/g, " ")
      .replace(/,\s*([}\]])/g, "$1");
    try {
      return JSON.parse(cleaned);
    } catch {
      return null;
    }
  }
}

/** What the page's JSON-LD says about the article. */
export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  inLanguage: string | null;
  /** The story's full text, which many news sites put in their JSON-LD (and some render only with scripts). */
  articleBody: string | null;
}

function nameOf(v: unknown, byId: Map<string, Json>): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, byId)).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(", ") : null;
  }
  if (isObject(v)) {
    const ref = typeof v["@id"] === "string" ? byId.get(v["@id"]) : undefined;
    const name = v["name"] ?? ref?.["name"];
    if (typeof name === "string" && name.trim()) return name.trim();
  }
  return null;
}

/** Reads the article's facts from the texts of `<script type="application/ld+json">` blocks. */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const all: Json[] = [];
  for (const raw of blocks) flatten(parseLenient(raw), all);
  const byId = new Map<string, Json>();
  for (const o of all) if (typeof o["@id"] === "string") byId.set(o["@id"], o);
  const articles = all.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  // Pages list related stories as articles too: the page's own is the one that names itself the
  // page's main entity, else the first with a headline and a date, else the first.
  const article =
    articles.find((o) => o["mainEntityOfPage"] !== undefined) ??
    articles.find((o) => typeof o["headline"] === "string" && typeof o["datePublished"] === "string") ??
    articles[0] ??
    all.find((o) => typeof o["datePublished"] === "string");
  const facts: JsonLdFacts = { headline: null, datePublished: null, author: null, publisher: null, inLanguage: null, articleBody: null };
  if (!article) return facts;
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  facts.headline = str(article["headline"]) ?? str(article["name"]);
  facts.datePublished = str(article["datePublished"]) ?? str(article["dateCreated"]);
  facts.author = nameOf(article["author"], byId) ?? nameOf(article["creator"], byId);
  facts.publisher = nameOf(article["publisher"], byId) ?? nameOf(article["sourceOrganization"], byId);
  facts.articleBody = str(article["articleBody"]) ?? str(article["text"]);
  const lang = article["inLanguage"];
  facts.inLanguage = str(lang) ?? (isObject(lang) ? str(lang["alternateName"]) ?? str(lang["name"]) : null);
  return facts;
}
