import type { Claim } from "../schemas/claim.js";
import { ClaimSchema } from "../schemas/claim.js";
import type { ExtractResult } from "../schemas/article.js";
import type { Result } from "../errors.js";
import { htmlToArticle, textToArticle } from "./article/index.js";
import type { Article } from "./article/index.js";
import { looksBinary, looksBinaryText } from "./article/binary.js";
import { decodePage } from "./article/decode.js";
import { parseDate } from "./article/dates.js";
import { sentiment, spanSentiment } from "./sentiment.js";
import { signature } from "./signature.js";

/** One page or text file to extract, as fetched or read. */
export interface PageInput {
  body: Uint8Array | string;
  /** The HTTP Content-Type (its charset decides the decoding; its type, html or text). */
  contentType?: string | null;
  /** Overrides what the content type and a sniff of the body say. */
  kind?: "html" | "text";
  url?: string | null;
  /** YYYY-MM-DD to use when the page gives no publication date. */
  published?: string | null;
}

/** What `extractPage` gives: the JSON of claims.md plus the main text and the near-duplicate signature. */
export type ExtractedPage = ExtractResult & { text: string; signature: string };

/** The claims engine's entry point (claims/index.ts). */
export type ClaimsExtractor = (text: string, ctx: { publishedAt: string | null; outlet?: string | null; url?: string | null }) => Claim[];

/** Reason codes extraction can give. */
export type ExtractReason = "empty" | "binary" | "not_article" | "invalid_input" | "internal";

// Markup that makes a body a page: a doctype or one of the tags every page has near its top.
const LOOKS_HTML = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|script|link|!--)\b/i;

function kindOf(input: PageInput, text: string): "html" | "text" {
  if (input.kind) return input.kind;
  const type = (input.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain" || type === "text/markdown") return "text";
  return LOOKS_HTML.test(text.slice(0, 4096)) ? "html" : "text";
}

function decode(input: PageInput): Result<string, ExtractReason> {
  const { body } = input;
  if (typeof body === "string") {
    if (!body.trim()) return { ok: false, reason: "empty", message: "the input is empty" };
    if (looksBinaryText(body)) return { ok: false, reason: "binary", message: "the input is binary, not text" };
    return { ok: true, value: body };
  }
  if (body.length === 0) return { ok: false, reason: "empty", message: "the input is empty" };
  if (looksBinary(body)) return { ok: false, reason: "binary", message: "the input is binary, not text" };
  const text = decodePage(body, input.contentType);
  if (!text.trim()) return { ok: false, reason: "empty", message: "the input is empty" };
  return { ok: true, value: text };
}

function withSentenceTone(text: string, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const claim = { ...c, sentiment: spanSentiment(text, c.start, c.end, c.sentence) };
    // The contract is claims.md's JSON: a claim that does not fit it is dropped, not printed.
    if (ClaimSchema.safeParse(claim).success) out.push(claim);
  }
  return out;
}

function assemble(article: Article, claims: Claim[]): ExtractedPage {
  const { text, ...meta } = article;
  return {
    article: meta,
    sentiment: sentiment(text),
    claims: withSentenceTone(text, claims),
    text,
    signature: signature(text),
  };
}

/**
 * The whole extraction with a given claims engine: decode, main text and
 * metadata, claims, tone, signature. Expected failures come back as reasons.
 */
export function extractPageWith(input: PageInput, extractClaims: ClaimsExtractor): Result<ExtractedPage, ExtractReason> {
  try {
    let published: string | null = null;
    if (input.published != null && input.published !== "") {
      published = parseDate(input.published);
      if (!published) return { ok: false, reason: "invalid_input", message: `not a date: ${String(input.published).slice(0, 40)}` };
    }
    const decoded = decode(input);
    if (!decoded.ok) return decoded;
    const kind = kindOf(input, decoded.value);
    const res = kind === "html" ? htmlToArticle(decoded.value, { url: input.url ?? null }) : textToArticle(decoded.value, { url: input.url ?? null });
    if (!res.ok) return res as Result<ExtractedPage, ExtractReason>;
    const article: Article = { ...res.value, publishedAt: res.value.publishedAt ?? published };
    const claims = extractClaims(article.text, { publishedAt: article.publishedAt, outlet: article.outlet, url: input.url ?? null });
    return { ok: true, value: assemble(article, claims) };
  } catch (e) {
    // A bug in a parser must not take a worker down with it; "internal" tells it apart from a bad page.
    return { ok: false, reason: "internal", message: `extraction failed: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300) };
  }
}
