import type { Db } from "@tally/db";
import { findDuplicateCandidates, markArticleFailed, setArticleStatus, storeExtraction } from "@tally/db";
import { AppError } from "@tally/core";
import type { IngestStore } from "./ports.js";

/** How many earlier articles a new one is compared with; signatures compare in microseconds. */
const DUPLICATE_CANDIDATES = 200;

/** The ingest job's store over @tally/db's queries. */
export function createDbStore(db: Db): IngestStore {
  return {
    async setStatus(articleId, status, attempt) {
      const found = await setArticleStatus(db, articleId, status, attempt === undefined ? {} : { attempts: attempt });
      // The row is created before its job; without it the job can never succeed.
      if (!found) throw new AppError("not_found", `article ${articleId} does not exist`);
    },
    async markFailed(articleId, code, message) {
      await markArticleFailed(db, articleId, code, message);
    },
    async duplicateCandidates(articleId, extraction) {
      const rows = await findDuplicateCandidates(db, {
        excludeId: articleId,
        contentHash: extraction.article.contentHash,
        publishedAt: extraction.article.publishedAt,
        limit: DUPLICATE_CANDIDATES,
      });
      // An identical text is a copy whatever the signatures say: put those first, as the query orders them.
      return rows.flatMap((r) => (r.signature ? [{ id: r.id, signature: r.signature, sameContent: r.sameContent }] : []));
    },
    async storeExtraction(articleId, extraction, extra) {
      await storeExtraction(
        db,
        articleId,
        {
          article: { ...extraction.article, text: extraction.text },
          sentiment: extraction.sentiment,
          claims: extraction.claims,
          signature: extraction.signature,
        },
        extra,
      );
    },
  };
}
