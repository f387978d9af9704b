/** The ingestion backlog: articles not yet final that the queue may have lost, and the size of the store. */
import type { ArticleStatus } from "@tally/core";
import type { Db } from "../client.js";

/** An unfinished article the worker's reconciler looks at. */
export interface StaleArticle {
  id: string;
  url: string;
  status: ArticleStatus;
  updatedAt: Date;
}

/**
 * Articles still queued, fetching or extracting that nothing has touched
 * since `before`, oldest first, at most `limit`: candidates for a job the
 * queue lost (a Redis restart without persistence, a failed enqueue).
 */
export async function listStaleUnfinished(db: Db, before: Date, limit: number): Promise<StaleArticle[]> {
  return db.article.findMany({
    where: { status: { in: ["queued", "fetching", "extracting"] }, updatedAt: { lt: before } },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, url: true, status: true, updatedAt: true },
  });
}

/** How many articles the database holds, whatever their status. */
export async function countArticles(db: Db): Promise<number> {
  return db.article.count();
}
