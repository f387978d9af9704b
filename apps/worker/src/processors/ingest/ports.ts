import type { ArticleMeta, Claim, ReasonCode, Sentiment } from "@tally/core";

/**
 * What the ingest job needs from the outside, as narrow interfaces: the real
 * ones are the fetcher (src/fetch), core's extractor and @tally/db's queries,
 * wired in worker.ts.
 */

/** The fetcher's answer for one URL. */
export type FetchOutcome =
  | { ok: true; value: { body: Uint8Array | string; contentType: string; url: string } }
  | { ok: false; reason: ReasonCode; message: string; retryable?: boolean; retryAfterMs?: number };

export interface PageFetcher {
  fetchPage(url: string): Promise<FetchOutcome>;
}

/** What core's extractPage returns for one page. */
export interface Extraction {
  article: ArticleMeta;
  sentiment: Sentiment;
  claims: Claim[];
  text: string;
  signature: string;
}

export interface Extractor {
  extractPage(input: {
    body: Uint8Array | string;
    contentType: string;
    kind?: "html" | "text";
    url?: string | null;
    published?: string | null;
  }): { ok: true; value: Extraction } | { ok: false; reason: ReasonCode; message: string };
  isNearDuplicate(a: string, b: string): boolean;
}

export type ProgressStatus = "queued" | "fetching" | "extracting";

export interface IngestStore {
  /** Moves the article to a non-final status; `attempt` records the attempt number when fetching starts. */
  setStatus(articleId: string, status: ProgressStatus, attempt?: number): Promise<void>;
  markFailed(articleId: string, code: ReasonCode, message: string): Promise<void>;
  /** Stored articles that could be this one's original (the original is older; never the article itself). */
  duplicateCandidates(articleId: string, extraction: Extraction): Promise<Array<{ id: string; signature: string; sameContent?: boolean }>>;
  /** One transaction: fields, claims (replaced), duplicateOf, status done. */
  storeExtraction(articleId: string, extraction: Extraction, extra: { duplicateOfId: string | null; fetchedAt: Date }): Promise<void>;
}
