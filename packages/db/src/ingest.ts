import { AppError, canonicalUrl, type ArticleStatus, type ReasonCode } from "@tally/core";
import type { Db } from "./client.js";
import { upsertQueuedArticles } from "./queries/articles.js";

/** Most URLs one call (one API request, one chunk of `tally add`) takes. */
export const MAX_URLS_PER_CALL = 1_000;

/** One URL accepted: a new article just queued, or a known one with its current status. */
export interface AcceptedUrl {
  /** As given. */
  url: string;
  canonicalUrl: string;
  id: string;
  status: ArticleStatus;
  /** True when this call created the article and queued its job. */
  queued: boolean;
}

export interface RejectedUrl {
  url: string;
  error: { code: ReasonCode; message: string };
}

export interface AddUrlsResult {
  /** In input order, rejected ones left out. */
  accepted: AcceptedUrl[];
  rejected: RejectedUrl[];
}

export interface AddUrlsDeps {
  db: Db;
  /**
   * Queues the ingest job of a new article. The caller's producer, over core's
   * JOBS contract: payload `{ articleId, url }`, job id `ingestJobId(articleId)`.
   */
  enqueue(article: { id: string; url: string }): Promise<unknown>;
}

/**
 * Drops URLs into Tally: the one function behind `POST /api/articles` and
 * `tally add`. Each URL is validated and canonicalised; new ones get an
 * article row (`queued`) and a job; known ones (the same canonical URL, from
 * this call or any earlier one) are answered with their status and not queued
 * twice. Throws AppError("invalid_input") beyond MAX_URLS_PER_CALL.
 *
 * If enqueueing fails (Redis down) the error is thrown after the rows exist;
 * those articles stay `queued` and the worker's reconciler queues them later.
 */
export async function addUrls(deps: AddUrlsDeps, urls: readonly string[]): Promise<AddUrlsResult> {
  if (urls.length > MAX_URLS_PER_CALL) {
    throw new AppError("invalid_input", `at most ${MAX_URLS_PER_CALL} URLs at once (got ${urls.length})`);
  }
  const rejected: RejectedUrl[] = [];
  const valid: { url: string; canonical: string }[] = [];
  for (const url of urls) {
    const c = canonicalUrl(url);
    if (c.ok) valid.push({ url, canonical: c.value });
    else rejected.push({ url, error: { code: c.reason, message: c.message } });
  }

  const rows = await upsertQueuedArticles(
    deps.db,
    valid.map((v) => ({ url: v.canonical, inputUrl: v.url.trim() })),
  );
  // Enqueue in parallel: each add is one Redis round trip, a thousand of them in series would be slow.
  await Promise.all(rows.filter((r) => r.created).map((r) => deps.enqueue({ id: r.id, url: r.url })));

  const accepted = rows.map((row, i) => ({
    url: valid[i]!.url,
    canonicalUrl: row.url,
    id: row.id,
    status: row.status,
    queued: row.created,
  }));
  return { accepted, rejected };
}
