/**
 * `@tally/core/extract`: page → article, claims, tone and near-duplicate
 * signature. Pure: no network, no database, no environment; the only files it
 * reads are the models bundled in its npm dependencies.
 */
import type { Result } from "../errors.js";
import { extractClaims } from "./claims/index.js";
import { extractPageWith, type ExtractReason, type ExtractedPage, type PageInput } from "./page.js";

export type { ExtractedPage, PageInput, ExtractReason, ClaimsExtractor } from "./page.js";
export { extractPageWith } from "./page.js";
export { htmlToArticle, textToArticle, decodePage, detectEncoding, looksBinary, looksBinaryText, type Article } from "./article/index.js";
export { contentHash } from "./article/hash.js";
export { sentiment, sentenceSentiments, sentimentOfSentence, splitSentences, labelOf, NEUTRAL_BAND, type Sentence } from "./sentiment.js";
export { signature, similarity, similarityParts, isNearDuplicate, NEAR_DUPLICATE_THRESHOLD, type SimilarityParts } from "./signature.js";
export { extractClaims } from "./claims/index.js";

/**
 * Extracts one page or text file: article metadata, main text, claims with
 * the tone of their sentences, the article's tone and its signature. Never
 * throws; an empty, binary or non-article input gives its reason.
 */
export function extractPage(input: PageInput): Result<ExtractedPage, ExtractReason> {
  return extractPageWith(input, extractClaims);
}
