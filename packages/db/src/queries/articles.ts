import type { ArticleStatus, Claim, PartialDate, ReasonCode, Sentiment } from "@tally/core";
import { AppError } from "@tally/core";
import { claimToRow } from "../claim-rows.js";
import { poolOf, type Db } from "../client.js";
import { partialDateToDate } from "../dates.js";
import { uuid7 } from "../uuid7.js";

/** An article row as ingestion sees it. */
export interface ArticleRef {
  id: string;
  /** Canonical URL. */
  url: string;
  status: ArticleStatus;
}

/** {@link upsertQueuedArticles}'s answer for one URL. */
export interface QueuedArticle extends ArticleRef {
  /** True when this call inserted the row; false when the URL was known. */
  created: boolean;
}

const refSelect = { id: true, url: true, status: true } as const;

/**
 * Makes sure each canonical URL has an article row: new ones are inserted as
 * `queued`, known ones come back with their status unchanged. Answers in input
 * order; safe when callers race on the same URL (INSERT … ON CONFLICT DO
 * NOTHING, then a read of what it skipped).
 */
export async function upsertQueuedArticles(db: Db, items: readonly { url: string; inputUrl: string }[]): Promise<QueuedArticle[]> {
  const firstInput = new Map<string, string>();
  for (const item of items) if (!firstInput.has(item.url)) firstInput.set(item.url, item.inputUrl);
  if (firstInput.size === 0) return [];

  const inserted = await db.article.createManyAndReturn({
    // Sorted, so concurrent callers take the unique index's row locks in the
    // same order and cannot deadlock on overlapping lists.
    data: [...firstInput].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([url, inputUrl]) => ({ url, inputUrl })),
    skipDuplicates: true,
    select: refSelect,
  });
  const createdUrls = new Set(inserted.map((row) => row.url));
  const known = await db.article.findMany({
    where: { url: { in: [...firstInput.keys()].filter((url) => !createdUrls.has(url)) } },
    select: refSelect,
  });
  const byUrl = new Map([...inserted, ...known].map((row) => [row.url, row]));

  // A URL given twice in one call is created once: only its first mention says so.
  const answered = new Set<string>();
  return items.map(({ url }) => {
    const row = byUrl.get(url);
    if (!row) throw new Error(`article row for ${url} vanished between insert and read`);
    const created = createdUrls.has(url) && !answered.has(url);
    answered.add(url);
    return { ...row, created };
  });
}

/**
 * Moves an article to `status` (and records the attempt number when given).
 * Any status but `failed` clears the stored failure. False when no such article.
 */
export async function setArticleStatus(db: Db, id: string, status: ArticleStatus, options: { attempts?: number } = {}): Promise<boolean> {
  // Straight through pg's pool: this runs twice for every article the worker
  // takes, and Prisma's updateMany cost ~1 ms of CPU a call, its $executeRaw
  // ~0.25 ms, this ~0.07 ms (measured on the bench's database).
  const clearFailure = status === "failed" ? "" : ", failure_code = NULL, failure_message = NULL";
  const { rowCount } = await poolOf(db).query(
    `UPDATE article SET status = $1::"ArticleStatus", attempts = coalesce($2::int, attempts)${clearFailure}, updated_at = now()
     WHERE id = $3::uuid`,
    [status, options.attempts ?? null, id],
  );
  return rowCount === 1;
}

/** Longest failure message kept; a page's error text can be arbitrarily long. */
const MAX_FAILURE_MESSAGE = 2_000;

/** Marks an article failed with its reason. False when no such article. */
export async function markArticleFailed(db: Db, id: string, code: ReasonCode, message: string): Promise<boolean> {
  const { count } = await db.article.updateMany({
    where: { id },
    data: { status: "failed", failureCode: code, failureMessage: message.slice(0, MAX_FAILURE_MESSAGE) },
  });
  return count === 1;
}

/** Which failed articles to retry. */
export type RetryTarget = "all" | { ids: readonly string[] } | { urls: readonly string[] };

/**
 * Moves failed articles back to `queued`, clearing their reason and attempt
 * count, and returns them (the caller enqueues their jobs). Articles that are
 * not failed are left alone and not returned.
 */
export async function resetFailedForRetry(db: Db, target: RetryTarget): Promise<ArticleRef[]> {
  const which = target === "all" ? {} : "ids" in target ? { id: { in: [...target.ids] } } : { url: { in: [...target.urls] } };
  return db.article.updateManyAndReturn({
    where: { status: "failed", ...which },
    data: { status: "queued", failureCode: null, failureMessage: null, attempts: 0 },
    select: refSelect,
  });
}

/** What {@link storeExtraction} writes: the extractor's result for one article. */
export interface ExtractionToStore {
  article: {
    title: string | null;
    /** Publisher name or host, as the extractor found it. */
    outlet: string | null;
    author: string | null;
    publishedAt: PartialDate | null;
    language: string | null;
    wordCount: number;
    contentHash: string;
    /** The extracted main text, which claims' offsets point into. */
    text?: string;
  };
  sentiment: Sentiment | null;
  claims: readonly Claim[];
  /** Near-duplicate signature from core (opaque here). */
  signature?: string | null;
}

/**
 * Stores one article's extraction in a single transaction: its fields, its
 * outlet, status `done`, and its claims replacing any earlier set (ordinal =
 * position). Claims of a near-duplicate (`duplicateOfId`) are stored as echoes.
 * The article row is locked first, so two workers racing on one article leave
 * exactly one set. Throws AppError("not_found") when the article is gone.
 */
export async function storeExtraction(
  db: Db,
  id: string,
  data: ExtractionToStore,
  options: { duplicateOfId: string | null; fetchedAt: Date },
): Promise<void> {
  if (options.duplicateOfId === id) throw new Error("an article cannot be a duplicate of itself");
  const isEcho = options.duplicateOfId !== null;
  const outletName = data.article.outlet?.trim() || null;
  const published = data.article.publishedAt === null ? null : isoDay(partialDateToDate(data.article.publishedAt).date);
  // Ids as Prisma's uuid(7) would make them; the rows go to PostgreSQL as one JSON array.
  const rows = data.claims.map((claim, i) => {
    const row = claimToRow(claim, id, i, isEcho);
    return { ...row, id: uuid7(), asOf: row.asOf instanceof Date ? isoDay(row.asOf) : null };
  });
  // Two statements between BEGIN and COMMIT, on a pg connection of the
  // client's pool: every statement is a round trip the worker pays for in CPU,
  // and Prisma's interactive transaction added ~0.6 ms of its own (measured
  // for bench/pipeline.mjs).
  const conn = await poolOf(db).connect();
  let broken: Error | undefined;
  try {
    await conn.query("BEGIN");
    // The lock comes first and alone: a statement's snapshot is taken when it
    // starts, so only a statement that starts after the lock is granted sees
    // the claims a racing store committed meanwhile (and replaces them). The
    // outlet's id is read in the same trip: it is almost always known.
    const locked = await conn.query<{ url: string; outlet_id: string | null }>(
      `SELECT a.url, o.id::text AS outlet_id
       FROM article a LEFT JOIN outlet o ON o.name = $2
       WHERE a.id = $1::uuid
       FOR UPDATE OF a`,
      [id, outletName],
    );
    const url = locked.rows[0]?.url;
    if (url === undefined) throw new AppError("not_found", `article ${id} does not exist`);

    let outletId = locked.rows[0]?.outlet_id ?? null;
    if (outletName !== null && outletId === null) {
      // A new outlet: insert-if-missing then read, safe when two articles of a
      // new outlet land at once (the read sees the other's committed row).
      await conn.query(`INSERT INTO outlet (id, name, host) VALUES ($1::uuid, $2, $3) ON CONFLICT (name) DO NOTHING`, [uuid7(), outletName, hostOf(url)]);
      outletId = (await conn.query<{ id: string }>(`SELECT id::text AS id FROM outlet WHERE name = $1`, [outletName])).rows[0]?.id ?? null;
    }

    // The article's fields and status, and its claims replacing the earlier
    // set, in one statement. Claims are upserted on (article_id, ordinal) and
    // the ordinals past the new set deleted: a DELETE of the whole set and an
    // INSERT in one statement would collide on that unique key (both run on
    // the statement's snapshot), and two statements cost another round trip.
    await conn.query(
      `WITH upd AS (
        UPDATE article SET
          title = $2, outlet_id = $3::uuid, author = $4, published_at = $5::date, language = $6, word_count = $7::int,
          text = $8, content_hash = $9, signature = $10, sentiment_score = $11::float8, sentiment_label = $12::"SentimentLabel",
          fetched_at = $13::timestamptz, duplicate_of_id = $14::uuid,
          status = 'done', failure_code = NULL, failure_message = NULL, updated_at = now()
        WHERE id = $1::uuid
      ), gone AS (
        DELETE FROM claim WHERE article_id = $1::uuid AND ordinal >= $15::int
      )
      INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high, attributed_to,
                         source_party, as_of, as_of_precision, sentence, start, "end", sentiment_score, sentiment_label, is_echo)
      SELECT r.id, r."articleId", r.ordinal, r.metric::"Metric", r.party, r.item::"Item", r.value, r.qualifier::"Qualifier",
             r.low, r.high, r."attributedTo", r."sourceParty", r."asOf"::date, r."asOfPrecision"::"DatePrecision",
             r.sentence, r.start, r."end", r."sentimentScore", r."sentimentLabel"::"SentimentLabel", r."isEcho"
      FROM jsonb_to_recordset($16::jsonb) AS r(
        id uuid, "articleId" uuid, ordinal int, metric text, party text, item text, value float8, qualifier text,
        low float8, high float8, "attributedTo" text, "sourceParty" text, "asOf" text, "asOfPrecision" text,
        sentence text, start int, "end" int, "sentimentScore" float8, "sentimentLabel" text, "isEcho" boolean)
      ON CONFLICT (article_id, ordinal) DO UPDATE SET
        id = EXCLUDED.id, metric = EXCLUDED.metric, party = EXCLUDED.party, item = EXCLUDED.item, value = EXCLUDED.value,
        qualifier = EXCLUDED.qualifier, low = EXCLUDED.low, high = EXCLUDED.high, attributed_to = EXCLUDED.attributed_to,
        source_party = EXCLUDED.source_party, as_of = EXCLUDED.as_of, as_of_precision = EXCLUDED.as_of_precision,
        sentence = EXCLUDED.sentence, start = EXCLUDED.start, "end" = EXCLUDED."end", sentiment_score = EXCLUDED.sentiment_score,
        sentiment_label = EXCLUDED.sentiment_label, is_echo = EXCLUDED.is_echo, created_at = now()`,
      [
        id,
        data.article.title,
        outletId,
        data.article.author,
        published,
        data.article.language,
        data.article.wordCount,
        data.article.text ?? null,
        data.article.contentHash,
        data.signature ?? null,
        data.sentiment?.score ?? null,
        data.sentiment?.label ?? null,
        options.fetchedAt.toISOString(),
        options.duplicateOfId,
        rows.length,
        JSON.stringify(rows),
      ],
    );
    await conn.query("COMMIT");
  } catch (e) {
    // A connection that cannot even roll back is broken: released with the error, the pool drops it.
    await conn.query("ROLLBACK").catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw e;
  } finally {
    conn.release(broken);
  }
}

/** "2025-09-15" from a UTC-midnight Date (what a DATE column takes). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** An earlier article the worker compares signatures with. */
export interface DuplicateCandidate {
  id: string;
  url: string;
  signature: string | null;
  /** Same normalised main text: an exact copy. */
  sameContent: boolean;
  publishedAt: Date | null;
}

/** How far apart in days two articles may be published and still be compared. */
const DUPLICATE_WINDOW_DAYS = 7;

/**
 * Stored originals a new article may duplicate: those with the same content
 * hash first, then those published within ±7 days of `publishedAt` (or, when
 * it is unknown, stored within ±7 days of today), most recent first, at most
 * `limit`. Duplicates themselves are left out, so a copy points at the original.
 */
export async function findDuplicateCandidates(
  db: Db,
  query: { excludeId: string; contentHash: string; publishedAt?: PartialDate | Date | null; limit: number },
): Promise<DuplicateCandidate[]> {
  const published =
    query.publishedAt == null
      ? null
      : query.publishedAt instanceof Date
        ? query.publishedAt
        : partialDateToDate(query.publishedAt).date;
  const day = published ? published.toISOString().slice(0, 10) : null;
  // Straight through pg's pool, like the status updates: one query for every article the worker stores.
  const { rows } = await poolOf(db).query<{ id: string; url: string; signature: string | null; same_content: boolean; published_at: string | null }>(
    `SELECT id::text AS id, url, signature, content_hash = $2 AS same_content, published_at::text AS published_at
     FROM article
     WHERE id <> $1::uuid
       AND status = 'done'
       AND duplicate_of_id IS NULL
       AND (
         content_hash = $2
         OR (signature IS NOT NULL
             AND abs(coalesce(published_at, created_at::date) - coalesce($3::date, current_date)) <= $4::int)
       )
     ORDER BY same_content DESC, coalesce(published_at, created_at::date) DESC, created_at DESC
     LIMIT $5::int`,
    [query.excludeId, query.contentHash, day, DUPLICATE_WINDOW_DAYS, query.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    signature: r.signature,
    sameContent: r.same_content,
    // A DATE as text ("2025-09-15"), read as UTC midnight like the rest of the package does.
    publishedAt: r.published_at === null ? null : new Date(`${r.published_at}T00:00:00Z`),
  }));
}

/** Article counts by status, every status present. */
export async function statusCounts(db: Db): Promise<Record<ArticleStatus, number>> {
  const groups = await db.article.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<ArticleStatus, number> = { queued: 0, fetching: 0, extracting: 0, done: 0, failed: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

/** A failed article and why. */
export interface FailedArticle {
  id: string;
  url: string;
  code: string | null;
  message: string | null;
  updatedAt: Date;
}

/** Failed articles, most recently failed first. */
export async function listFailed(db: Db, options: { limit: number }): Promise<FailedArticle[]> {
  const rows = await db.article.findMany({
    where: { status: "failed" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: { id: true, url: true, failureCode: true, failureMessage: true, updatedAt: true },
  });
  return rows.map((r) => ({ id: r.id, url: r.url, code: r.failureCode, message: r.failureMessage, updatedAt: r.updatedAt }));
}

/** An article's progress, by canonical URL. */
export interface ArticleProgress extends ArticleRef {
  failureCode: string | null;
  failureMessage: string | null;
  attempts: number;
  updatedAt: Date;
}

/** The known articles among `urls` (canonical), in the order given; unknown URLs are left out. */
export async function getArticleStatusByUrls(db: Db, urls: readonly string[]): Promise<ArticleProgress[]> {
  if (urls.length === 0) return [];
  const rows = await db.article.findMany({
    where: { url: { in: [...new Set(urls)] } },
    select: { ...refSelect, failureCode: true, failureMessage: true, attempts: true, updatedAt: true },
  });
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  return [...new Set(urls)].flatMap((url) => {
    const row = byUrl.get(url);
    return row ? [row] : [];
  });
}
