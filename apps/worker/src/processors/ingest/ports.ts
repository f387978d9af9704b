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

/** A stored original the new article may copy, as the store offers it. */
export interface OriginalCandidate {
  id: string;
  signature: string | null;
  /** Same normalised main text: a copy whatever the signatures say. */
  sameContent: boolean;
}

export interface IngestStore {
  /** Moves the article to a non-final status; `attempt` records the attempt number when fetching starts. */
  setStatus(articleId: string, status: ProgressStatus, attempt?: number): Promise<void>;
  markFailed(articleId: string, code: ReasonCode, message: string): Promise<void>;
  /**
   * Stores the extraction atomically (fields, claims replaced, status done)
   * and decides whether it copies an earlier original: `isCopyOf` is asked
   * about stored originals, including any stored by another worker at the
   * same moment, so two copies of one story make one original. Answers the
   * original's id, or null.
   */
  storeExtraction(
    articleId: string,
    extraction: Extraction,
    extra: { fetchedAt: Date; isCopyOf: (candidate: OriginalCandidate) => boolean },
  ): Promise<{ duplicateOfId: string | null }>;
}
