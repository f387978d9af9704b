import type { Db } from "@tally/db";
import { markArticleFailed, setArticleStatus, storeExtraction } from "@tally/db";
import { AppError } from "@tally/core";
import type { IngestStore } from "./ports.js";

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
    async storeExtraction(articleId, extraction, { fetchedAt, isCopyOf }) {
      return storeExtraction(
        db,
        articleId,
        {
          article: { ...extraction.article, text: extraction.text },
          sentiment: extraction.sentiment,
          claims: extraction.claims,
          signature: extraction.signature,
        },
        {
          fetchedAt,
          // Candidates come best first (identical text, then the most recent); the first copy wins.
          pickOriginal: (candidates) => candidates.find(isCopyOf)?.id ?? null,
        },
      );
    },
  };
}
