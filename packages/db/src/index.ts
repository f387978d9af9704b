/** @tally/db: the database client and the queries the apps run. Prisma's types stay inside. */
export { createDb, pingDb, type Db, type DbOptions } from "./client.js";
export * from "./queries/dashboard.js";
export {
  findDuplicateCandidates,
  getArticleStatusByUrls,
  listFailed,
  markArticleFailed,
  resetFailedForRetry,
  setArticleStatus,
  statusCounts,
  storeExtraction,
  upsertQueuedArticles,
  type ArticleProgress,
  type ArticleRef,
  type DuplicateCandidate,
  type ExtractionToStore,
  type OriginalCandidate,
  type StoreOptions,
  type FailedArticle,
  type QueuedArticle,
  type RetryTarget,
} from "./queries/articles.js";
export { articleClaims, type StoredClaim } from "./queries/claims.js";
export { listStaleUnfinished, countArticles, type StaleArticle } from "./queries/backlog.js";
export { addUrls, MAX_URLS_PER_CALL, type AddUrlsDeps, type AddUrlsResult, type AcceptedUrl, type RejectedUrl } from "./ingest.js";
