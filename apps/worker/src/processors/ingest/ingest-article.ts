import { UnrecoverableError, type Job } from "bullmq";
import { AppError, type IngestArticlePayload } from "@tally/core";
import type { Logger } from "../../logger.js";
import type { Handler } from "../registry.js";
import { classify, isRetryableReason, RetryableJobError, type Failure } from "./failure.js";
import type { IngestStore, PageFetcher, Extractor } from "./ports.js";

export interface IngestDeps {
  store: IngestStore;
  fetcher: PageFetcher;
  extractor: Extractor;
  logger: Logger;
}

/**
 * One article's job: queued → fetching → extracting → done | failed (a seeded
 * job, whose page came with it, skips fetching).
 *
 * The article's fields and claims are written in one transaction at the end
 * (storeExtraction), replacing any earlier set; so a job that runs twice (a
 * worker SIGKILLed mid-job, its job taken over after the lock expired) still
 * leaves exactly one set of claims. The store also settles whether the
 * article copies an earlier one, against everything stored up to its own
 * write (two copies stored at once make one original).
 *
 * A permanent failure is stored on the article at once and the job fails
 * without retries (UnrecoverableError). A transient one is rethrown so BullMQ
 * backs off; the article is marked failed only when no attempt is left.
 */
export function createIngestArticle(deps: IngestDeps): Handler<"ingest-article"> {
  return async (payload: IngestArticlePayload, job: Job) => {
    const attempt = job.attemptsMade + 1;
    const maxAttempts = job.opts.attempts ?? 1;
    const log = deps.logger.child({ jobId: job.id, url: payload.url, articleId: payload.articleId, attempt });
    const started = performance.now();
    // Where an article's time goes, logged with it: status (the status writes,
    // which can wait behind other jobs' extraction for the event loop), fetch
    // (only for a page that was fetched), extract (CPU), store (with the duplicate check).
    const ms: Record<string, number> = {};
    let mark = started;
    const lap = (name: string) => {
      const now = performance.now();
      ms[name] = (ms[name] ?? 0) + Math.round(now - mark);
      mark = now;
    };
    try {
      let page: { body: Uint8Array | string; contentType: string; url: string; published?: string };
      let fetchedAt: Date;
      if (payload.page) {
        // Seeded: the page came with the job (see core's IngestArticlePayloadSchema), so
        // there is nothing to fetch and the article goes straight to extracting.
        await deps.store.setStatus(payload.articleId, "extracting", attempt);
        lap("status");
        fetchedAt = new Date();
        page = { body: payload.page.body, contentType: payload.page.contentType, url: payload.url, published: payload.page.published };
      } else {
        await deps.store.setStatus(payload.articleId, "fetching", attempt);
        lap("status");
        const fetched = await deps.fetcher.fetchPage(payload.url);
        fetchedAt = new Date();
        lap("fetch");
        if (!fetched.ok) {
          const err = new AppError(fetched.reason, fetched.message, { retryable: fetched.retryable ?? isRetryableReason(fetched.reason) });
          throw Object.assign(err, { retryAfterMs: fetched.retryAfterMs });
        }
        page = { body: fetched.value.body, contentType: fetched.value.contentType, url: fetched.value.url };
        await deps.store.setStatus(payload.articleId, "extracting");
        lap("status");
      }

      // Core decides html or text from the content type (and a sniff when it is vague).
      const extracted = deps.extractor.extractPage({ body: page.body, contentType: page.contentType, url: payload.url, published: page.published });
      if (!extracted.ok) throw new AppError(extracted.reason, extracted.message, { retryable: false });
      lap("extract");

      const signature = extracted.value.signature;
      const { duplicateOfId } = await deps.store.storeExtraction(payload.articleId, extracted.value, {
        fetchedAt,
        // An identical text is a copy whatever the signatures say.
        isCopyOf: (c) => c.sameContent || (c.signature !== null && deps.extractor.isNearDuplicate(signature, c.signature)),
      });
      lap("store");

      log.info(
        { claims: extracted.value.claims.length, duplicateOf: duplicateOfId, ms: { ...ms, total: Math.round(performance.now() - started) } },
        "article done",
      );
      return { claims: extracted.value.claims.length, duplicateOf: duplicateOfId };
    } catch (e) {
      const failure = classify(e);
      const last = !failure.retryable || attempt >= maxAttempts;
      log[last ? "warn" : "info"]({ code: failure.code, err: failure.message, final: last }, last ? "article failed" : "attempt failed; will retry");
      await recordFailure(deps, payload.articleId, failure, last, log);
      if (!failure.retryable) throw new UnrecoverableError(`${failure.code}: ${failure.message}`);
      throw new RetryableJobError(failure, failure.retryAfterMs);
    }
  };
}

/**
 * Stores the outcome of a failed attempt: the reason on the article when it is
 * final, else back to "queued" while the job waits for its retry. If the
 * database itself is down this throws a retryable error, so the job comes back
 * to record its outcome later (or the reconciler does, after the last attempt).
 */
async function recordFailure(deps: IngestDeps, articleId: string, failure: Failure, last: boolean, log: Logger): Promise<void> {
  try {
    if (last) await deps.store.markFailed(articleId, failure.code, failure.message);
    else await deps.store.setStatus(articleId, "queued");
  } catch (e) {
    const dbFailure = classify(e);
    log.error({ code: dbFailure.code, err: dbFailure.message }, "could not record the failure");
    if (last && !failure.retryable) throw new RetryableJobError(dbFailure);
  }
}
