import type { ArticleStatus, Claim, PartialDate, ReasonCode, Sentiment } from "@tally/core";
import { AppError } from "@tally/core";
import { claimToRow } from "../claim-rows.js";
import pg from "pg";
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
 *
 * Through pg's pool, the URLs as three arrays: one statement for the insert
 * and one for the known rows, whatever the number of URLs. Through Prisma
 * (createManyAndReturn and findMany) a drop of 1,000 new URLs cost its caller
 * 330–560 ms of CPU (1.8 s in a fresh process) in Prisma's query compiler.
 */
export async function upsertQueuedArticles(db: Db, items: readonly { url: string; inputUrl: string }[]): Promise<QueuedArticle[]> {
  const firstInput = new Map<string, string>();
  for (const item of items) if (!firstInput.has(item.url)) firstInput.set(item.url, item.inputUrl);
  if (firstInput.size === 0) return [];

  const pool = poolOf(db);
  // Sorted, so concurrent callers take the unique index's row locks in the
  // same order and cannot deadlock on overlapping lists.
  const sorted = [...firstInput].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { rows: inserted } = await pool.query<ArticleRef>({
    name: "tally_queue_insert",
    text: `INSERT INTO article (id, url, input_url)
           SELECT id, url, input_url FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS i(id, url, input_url, n) ORDER BY n
           ON CONFLICT (url) DO NOTHING
           RETURNING id::text AS id, url, status::text AS status`,
    values: [sorted.map(() => uuid7()), sorted.map(([url]) => url), sorted.map(([, inputUrl]) => inputUrl)],
  });
  const createdUrls = new Set(inserted.map((row) => row.url));
  // A statement of its own, so its snapshot sees the rows that a racing caller committed after the insert began.
  const skipped = [...firstInput.keys()].filter((url) => !createdUrls.has(url));
  const known =
    skipped.length === 0
      ? []
      : (
          await pool.query<ArticleRef>({
            name: "tally_queue_known",
            text: `SELECT id::text AS id, url, status::text AS status FROM article WHERE url = ANY ($1::text[])`,
            values: [skipped],
          })
        ).rows;
  const byUrl = new Map([...inserted, ...known].map((row) => [row.url, row]));

  // A URL given twice in one call is created once: only its first mention says so.
  const answered = new Set<string>();
  return items.map(({ url }) => {
    const row = byUrl.get(url);
    if (!row) throw new Error(`article row for ${url} vanished between insert and read`);
    const created = createdUrls.has(url) && !answered.has(url);
    answered.add(url);
    return { id: row.id, url: row.url, status: row.status, created };
  });
}

/**
 * Moves an article to `status` (and records the attempt number when given).
 * Any status but `failed` clears the stored failure. False when no such article.
 *
 * The worker writes two of these for every article, so each is one statement
 * through pg's pool, prepared once per connection by pg itself (the extended
 * protocol: no SQL text to parse on later calls, the values sent apart).
 * Prisma's updateMany cost ~1 ms of CPU a call. A status on the way (queued,
 * fetching, extracting) is committed without waiting for its WAL flush, which
 * cost PostgreSQL 0.1–0.2 ms of CPU and a few milliseconds a call: the
 * statement itself sets synchronous_commit off for its transaction (the
 * setting is read at commit), so this takes no statement of its own. A crash of
 * PostgreSQL can lose the last fraction of a second of them, leaving an
 * article at an earlier status on the way, which its job (failed by the
 * outage, then retried) writes again. A final status waits for its flush.
 */
export async function setArticleStatus(db: Db, id: string, status: ArticleStatus, options: { attempts?: number } = {}): Promise<boolean> {
  const final = status === "done" || status === "failed";
  const statement = status === "failed" ? SET_STATUS_KEEPING_FAILURE : SET_STATUS;
  const result = await poolOf(db).query({
    name: statement.name,
    text: statement.sql,
    values: [status, options.attempts ?? null, id, final ? null : "off"],
  });
  return result.rowCount === 1;
}

/**
 * The one-time filter that sets synchronous_commit for the statement's
 * transaction: $4 ("off"), or when null the session's own setting (a final
 * status waits for its flush as any commit does).
 */
const SYNC_COMMIT = `(SELECT set_config('synchronous_commit', coalesce($4::text, current_setting('synchronous_commit')), true)) IS NOT NULL`;

/** The status update of {@link setArticleStatus}: $1 status, $2 attempts (null: unchanged), $3 article, $4 synchronous_commit. */
const SET_STATUS = {
  name: "tally_set_status_v2",
  sql: `UPDATE article SET status = $1::"ArticleStatus", attempts = coalesce($2::int, attempts),
          failure_code = NULL, failure_message = NULL, updated_at = now()
        WHERE id = $3::uuid AND ${SYNC_COMMIT}`,
};

/** The same, for `failed`: the stored failure stays. */
const SET_STATUS_KEEPING_FAILURE = {
  name: "tally_set_status_failed_v2",
  sql: `UPDATE article SET status = $1::"ArticleStatus", attempts = coalesce($2::int, attempts), updated_at = now()
        WHERE id = $3::uuid AND ${SYNC_COMMIT}`,
};

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

/** A stored original that a new article may copy, offered to {@link StoreOptions}' `pickOriginal`. */
export interface OriginalCandidate {
  id: string;
  signature: string | null;
  /** Same normalised main text: an exact copy. */
  sameContent: boolean;
}

/** How {@link storeExtraction} learns whether the article copies an earlier one. */
export type StoreOptions = { fetchedAt: Date } & (
  | {
      /**
       * Judges candidates (most likely originals first) and answers the id of
       * the one this article copies, or null. Called with the stored originals
       * that could be this article's, and again with any that another worker
       * stored while this one was judging, so two copies of one story stored
       * at the same moment still make one original and one duplicate.
       */
      pickOriginal: (candidates: readonly OriginalCandidate[]) => string | null;
      /** How many candidates are offered at most (see findDuplicateCandidates). */
      candidateLimit?: number;
    }
  | {
      /** The caller has decided (tests, imports): stored as given, nothing compared. */
      duplicateOfId: string | null;
    }
);

/** How far apart in days two articles may be published and still be compared. */
const DUPLICATE_WINDOW_DAYS = 7;

/** How many earlier originals a new article is compared with by default; signatures compare in microseconds. */
export const DEFAULT_DUPLICATE_CANDIDATES = 200;

/**
 * Every store holds this transaction-scoped advisory lock while it checks for
 * originals stored meanwhile and writes. Stores are therefore serialised in
 * the database (each holds the lock for the few hundred microseconds of its
 * own statement, never across a round trip), which is what makes both the
 * duplicate check and the claim replacement exact. A lock per story is not
 * possible: whether two texts are one story is core's similarity of word
 * shingles, figures, dates and names, which has no key two copies are sure to
 * share. The number is arbitrary and unique in this database.
 */
const STORE_LOCK_KEY = 7_461_726_100_501;

/** Rounds of "another original appeared meanwhile" before a store gives up (the job then retries). */
const MAX_STORE_ROUNDS = 10;

/**
 * Stores one article's extraction atomically: its fields, its outlet, status
 * `done`, its claims replacing any earlier set (ordinal = position), and
 * whether it copies an earlier article (its claims are then stored as echoes).
 * Answers the original it was stored as a duplicate of, or null.
 *
 * With `pickOriginal`: one round trip reads the candidates (the caller judges
 * them in memory), and one more writes. The write is a single message of two
 * statements run as one transaction: the store lock, then one statement that
 * finds originals stored since the candidates were read (it starts after the
 * lock is granted, so it sees every store that committed before) and, only if
 * there are none, writes everything. When there are some, nothing is written,
 * the caller judges them, and the write is tried again.
 *
 * "Stored since the read" is a short range of the (status, updated_at)
 * index, not the window read again: the read holds the lock in shared mode,
 * so a store that it did not see was granted the lock after the read ended,
 * and a store stamps updated_at with the clock after its grant.
 *
 * Two workers storing the same article at once (a retry racing a stalled job)
 * are serialised by the same lock, so exactly one whole set of claims remains.
 * Throws AppError("not_found") when the article is gone.
 */
export async function storeExtraction(db: Db, id: string, data: ExtractionToStore, options: StoreOptions): Promise<{ duplicateOfId: string | null }> {
  const pool = poolOf(db);
  if (!("pickOriginal" in options)) {
    if (options.duplicateOfId === id) throw new Error("an article cannot be a duplicate of itself");
    await writeExtraction(pool, id, data, options.fetchedAt, options.duplicateOfId, null);
    return { duplicateOfId: options.duplicateOfId };
  }
  const limit = options.candidateLimit ?? DEFAULT_DUPLICATE_CANDIDATES;
  const window = { excludeId: id, contentHash: data.article.contentHash, publishedAt: data.article.publishedAt, limit };
  const { readAt, candidates } = await readCandidates(pool, window);
  const compared = candidates.map((c) => c.id);
  let duplicateOfId = candidates.length > 0 ? options.pickOriginal(candidates) : null;
  for (let round = 1; round <= MAX_STORE_ROUNDS; round++) {
    // A duplicate stays one whatever is stored meanwhile; only a would-be original must be checked.
    const check = duplicateOfId === null ? { window, compared, readAt } : null;
    const unseen = await writeExtraction(pool, id, data, options.fetchedAt, duplicateOfId, check);
    if (unseen.length === 0) return { duplicateOfId };
    compared.push(...unseen.map((c) => c.id));
    duplicateOfId = options.pickOriginal(unseen);
  }
  throw new Error(`article ${id}: other originals kept arriving during ${MAX_STORE_ROUNDS} store attempts`);
}

/** An article's candidate window, as SQL expressions (parameters of a prepared statement). */
interface WindowSql {
  excludeId: string;
  contentHash: string;
  /** The article's day: its publication date, or today. */
  day: string;
}

/**
 * Stored originals in an article's window: same content hash, or published
 * within ±7 days of `day` (or, undated, stored within ±7 days). Each arm of
 * the OR is a range on an index (content_hash, published_at, created_at), so
 * this reads the window and not the table.
 */
function inWindowSql(p: WindowSql): string {
  return `id <> ${p.excludeId}
       AND status = 'done'
       AND duplicate_of_id IS NULL
       AND (
         content_hash = ${p.contentHash}
         OR (signature IS NOT NULL AND published_at BETWEEN ${p.day} - ${DUPLICATE_WINDOW_DAYS} AND ${p.day} + ${DUPLICATE_WINDOW_DAYS})
         OR (signature IS NOT NULL AND published_at IS NULL
             AND created_at >= (${p.day} - ${DUPLICATE_WINDOW_DAYS})::timestamptz AND created_at < (${p.day} + ${DUPLICATE_WINDOW_DAYS + 1})::timestamptz)
       )`;
}

/**
 * The best candidates of a window first: same content, then the most recent;
 * the same rows as "WHERE inWindowSql ORDER BY … LIMIT", but asked arm by arm
 * so that each arm walks an index in the order wanted and stops at the limit:
 * the dated arm reads the published_at index backwards from the window's end
 * (sorting only within a day), the undated one the created_at index. Sorting
 * the whole window instead read every original of a fortnight for each
 * article (about 2,000 rows at 50,000 articles a year) to keep 200. Same-content
 * rows come from the first arm only, so no row is offered twice.
 */
function candidatesSql(p: WindowSql & { limit: string; full: boolean }): string {
  // "An original" is wrapped in IS TRUE so that no index can serve it, while the planner still
  // estimates it from the two conditions inside: each arm walks its own range index. On a table
  // never analyzed (just created or restored from a dump, until autovacuum's ANALYZE; the bench's
  // database) the planner rated status = 'done' and duplicate_of_id IS NULL as selective as the
  // range and ANDed their two bitmap indexes instead, reading every original of the table for
  // each article: on the bench's pages stored 1,000 at a time, 1,000–1,240 rows fetched an
  // article against 280–330 (the rest is the store's check below). Both cases, with and without
  // statistics, are in store-plan.int.test.ts.
  const original = `id <> ${p.excludeId} AND (status = 'done' AND duplicate_of_id IS NULL) IS TRUE`;
  const other = `signature IS NOT NULL AND content_hash IS DISTINCT FROM ${p.contentHash} AND ${original}`;
  const cols = "id, url, signature, published_at, created_at";
  // The store needs only id, signature and same_content; 200 rows of URLs and dates are parsed for nothing.
  const answer = p.full ? "id::text AS id, url, signature, same_content, published_at::text AS published_at" : "id::text AS id, signature, same_content";
  return `SELECT ${answer} FROM (
       (SELECT ${cols}, true AS same_content FROM article
         WHERE content_hash = ${p.contentHash} AND ${original}
         ORDER BY coalesce(published_at, created_at::date) DESC, created_at DESC LIMIT ${p.limit})
       UNION ALL
       (SELECT ${cols}, false FROM article
         WHERE published_at BETWEEN ${p.day} - ${DUPLICATE_WINDOW_DAYS} AND ${p.day} + ${DUPLICATE_WINDOW_DAYS} AND ${other}
         ORDER BY published_at DESC, created_at DESC LIMIT ${p.limit})
       UNION ALL
       (SELECT ${cols}, false FROM article
         WHERE published_at IS NULL AND created_at >= (${p.day} - ${DUPLICATE_WINDOW_DAYS})::timestamptz
           AND created_at < (${p.day} + ${DUPLICATE_WINDOW_DAYS + 1})::timestamptz AND ${other}
         ORDER BY created_at DESC LIMIT ${p.limit})
     ) AS candidate
     ORDER BY same_content DESC, coalesce(published_at, created_at::date) DESC, created_at DESC
     LIMIT ${p.limit}`;
}

type CandidateQuery = Parameters<typeof findDuplicateCandidates>[1];

/**
 * A statement each pooled connection prepares once (PREPARE) and then runs
 * with EXECUTE: planning the write costs PostgreSQL more CPU than running it
 * (about 1.1 ms of its 1.6 ms, measured on the bench's database).
 */
export interface Prepared {
  name: string;
  /** Parameter types, in order. */
  types: readonly string[];
  sql: string;
}

/** The candidates of a window, best first (see findDuplicateCandidates); $4 is the limit. Exported for store-plan.int.test.ts. */
export const READ_CANDIDATES: Prepared = {
  name: "tally_store_read",
  types: ["uuid", "text", "date", "int"],
  sql: candidatesSql({ excludeId: "$1", contentHash: "$2", day: "coalesce($3, current_date)", limit: "$4", full: false }),
};

/**
 * The write of {@link storeExtraction}. With the check ($18), originals in the
 * window stored since the read ($20, with a margin of 10 ms, see below) that
 * were not judged ($21) are answered as `unseen` and nothing is written.
 * Otherwise the article's fields and status, its outlet (inserted when new)
 * and its claims replacing the earlier set are written in this one statement,
 * and `stored` answered.
 * Claims are upserted on (article_id, ordinal) and the ordinals past the new
 * set deleted: a DELETE of the whole set and an INSERT in one statement would
 * collide on that unique key (both run on the statement's snapshot). The
 * claims are written only when the article exists (no row from `upd`: not found).
 * Exported for the test of its plan (store-plan.int.test.ts).
 */
export const WRITE_EXTRACTION: Prepared = {
  name: "tally_store_write",
  types: [
    "uuid", "text", "text", "uuid", "text", "date", "text", "int", "text", "text", "text", "float8", "text",
    "timestamptz", "uuid", "int", "jsonb", "boolean", "date", "timestamptz", "text[]",
  ],
  sql: `WITH unseen AS (
      SELECT id::text AS id, signature, content_hash = $10 AS same_content
      FROM article
      WHERE $18
        AND ${inWindowSql({ excludeId: "$1", contentHash: "$10", day: "coalesce($19, current_date)" })}
        -- The upper bound excludes nothing; it makes this a bounded range, which the prepared
        -- statement's generic plan estimates at 0.5% of rows (an open one at a third), so it reads
        -- the few entries of the (status, updated_at) index stored since the read. Without it the
        -- plan read every original in the window (or, with stale statistics, every original), all
        -- while holding the lock that every store waits for.
        -- The margin: a store the read missed took the lock after the read's transaction began
        -- ($20 is its now()) and stamps clock_timestamp() after that, rounded to the millisecond,
        -- so it is at most 0.5 ms early; a slewed clock drifts microseconds over a store's few ms.
        -- 10 ms covers both twentyfold. A second (the margin before) made this re-read every
        -- store of the last second under the lock: at 100–250 articles/s, that many rows each.
        AND updated_at > $20 - interval '10 milliseconds' AND updated_at <= 'infinity'
        AND id::text <> ALL ($21)
      ORDER BY same_content DESC, coalesce(published_at, created_at::date) DESC, created_at DESC
    ),
    go AS (SELECT NOT EXISTS (SELECT 1 FROM unseen) AS ok),
    known_outlet AS (SELECT id FROM outlet WHERE name = $3),
    new_outlet AS (
      INSERT INTO outlet (id, name, host)
      SELECT $4, $3,
             -- the article URL's host (URLs are canonical: scheme://host[:port]/…, no user info)
             (SELECT substring(url FROM '^[a-z][a-z0-9+.-]*://(\\[[^]]*\\]|[^/:?#]+)') FROM article WHERE id = $1)
      WHERE $3 IS NOT NULL AND (SELECT ok FROM go) AND NOT EXISTS (SELECT 1 FROM known_outlet)
      -- Outlets are only inserted by stores, which hold the lock; should anything else add one, take its row.
      ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
      RETURNING id
    ),
    upd AS (
      UPDATE article SET
        title = $2, outlet_id = coalesce((SELECT id FROM known_outlet), (SELECT id FROM new_outlet)), author = $5,
        published_at = $6, language = $7, word_count = $8, text = $9, content_hash = $10, signature = $11,
        sentiment_score = $12, sentiment_label = $13::"SentimentLabel", fetched_at = $14, duplicate_of_id = $15,
        -- The clock, not now(): the time the lock was held, which a read that missed this store precedes.
        status = 'done', failure_code = NULL, failure_message = NULL, updated_at = clock_timestamp()
      WHERE id = $1 AND (SELECT ok FROM go)
      RETURNING id
    ),
    gone AS (
      DELETE FROM claim WHERE article_id = $1 AND ordinal >= $16 AND EXISTS (SELECT 1 FROM upd)
    ),
    put AS (
      INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high, attributed_to,
                         source_party, as_of, as_of_precision, sentence, start, "end", sentiment_score, sentiment_label, is_echo)
      SELECT r.id, r."articleId", r.ordinal, r.metric::"Metric", r.party, r.item::"Item", r.value, r.qualifier::"Qualifier",
             r.low, r.high, r."attributedTo", r."sourceParty", r."asOf"::date, r."asOfPrecision"::"DatePrecision",
             r.sentence, r.start, r."end", r."sentimentScore", r."sentimentLabel"::"SentimentLabel", r."isEcho"
      FROM jsonb_to_recordset($17) AS r(
        id uuid, "articleId" uuid, ordinal int, metric text, party text, item text, value float8, qualifier text,
        low float8, high float8, "attributedTo" text, "sourceParty" text, "asOf" text, "asOfPrecision" text,
        sentence text, start int, "end" int, "sentimentScore" float8, "sentimentLabel" text, "isEcho" boolean)
      WHERE EXISTS (SELECT 1 FROM upd)
      ON CONFLICT (article_id, ordinal) DO UPDATE SET
        id = EXCLUDED.id, metric = EXCLUDED.metric, party = EXCLUDED.party, item = EXCLUDED.item, value = EXCLUDED.value,
        qualifier = EXCLUDED.qualifier, low = EXCLUDED.low, high = EXCLUDED.high, attributed_to = EXCLUDED.attributed_to,
        source_party = EXCLUDED.source_party, as_of = EXCLUDED.as_of, as_of_precision = EXCLUDED.as_of_precision,
        sentence = EXCLUDED.sentence, start = EXCLUDED.start, "end" = EXCLUDED."end", sentiment_score = EXCLUDED.sentiment_score,
        sentiment_label = EXCLUDED.sentiment_label, is_echo = EXCLUDED.is_echo, created_at = now()
    )
    SELECT 'stored' AS outcome, NULL::text AS id, NULL::text AS signature, NULL::boolean AS same_content FROM upd
    UNION ALL
    SELECT 'unseen', id, signature, same_content FROM unseen`,
};

/** The statements each pooled connection has prepared. */
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

/**
 * Runs `before` (if any) and then `statement` with `values`, as one message: one round
 * trip and one transaction, each statement with a snapshot taken when it
 * starts (so a statement after a lock sees what committed before the lock was
 * granted). The simple query protocol is the only one that carries several
 * statements in one message, and it has no parameters: the values go as
 * escaped literals to EXECUTE, which types them as the statement declared.
 * Answers one result per statement.
 */
async function executeAfter(pool: pg.Pool, before: string | null, statement: Prepared, values: readonly SqlValue[]): Promise<pg.QueryResult[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // pg's pool listens for a connection's errors only while it is idle: a socket that drops while this
  // client is checked out but between queries would otherwise be an uncaught 'error' event that takes
  // the process down. The next query (or this release) sees it instead.
  const onError = (e: Error) => (broken = e);
  client.on("error", onError);
  try {
    let prepared = preparedOn.get(client);
    if (!prepared) preparedOn.set(client, (prepared = new Set()));
    if (!prepared.has(statement.name)) {
      await client.query(`PREPARE ${statement.name}(${statement.types.join(", ")}) AS ${statement.sql}`);
      prepared.add(statement.name);
    }
    const execute = `EXECUTE ${statement.name}(${values.map(sqlLiteral).join(", ")})`;
    if (before === null) return [await client.query(execute)];
    return (await client.query(`${before}; ${execute}`)) as unknown as pg.QueryResult[];
  } catch (e) {
    // An error the server answered leaves the connection usable (the message's
    // transaction is rolled back); any other, a dropped socket, makes the pool discard it.
    if (!(e instanceof pg.DatabaseError)) broken = e instanceof Error ? e : new Error(String(e));
    throw e;
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}

/**
 * The candidates of {@link storeExtraction}, read under the store lock in
 * shared mode (reads do not wait for each other, only for a store being
 * written), with the time of the read.
 */
async function readCandidates(pool: pg.Pool, window: CandidateQuery): Promise<{ readAt: string; candidates: OriginalCandidate[] }> {
  // The lock and the time in one statement; the read that follows takes its snapshot after the grant.
  const results = await executeAfter(pool, `SELECT pg_advisory_xact_lock_shared(${STORE_LOCK_KEY}), now()::text AS read_at`, READ_CANDIDATES, [
    window.excludeId,
    window.contentHash,
    windowDay(window.publishedAt),
    window.limit,
  ]);
  const readAt = (results[0] as pg.QueryResult<{ read_at: string }> | undefined)?.rows[0]?.read_at;
  if (readAt === undefined) throw new Error("the candidate read answered no time");
  const rows = (results[1] as pg.QueryResult<{ id: string; signature: string | null; same_content: boolean }> | undefined)?.rows ?? [];
  return { readAt, candidates: rows.map((r) => ({ id: r.id, signature: r.signature, sameContent: r.same_content })) };
}

/**
 * The write of {@link storeExtraction}, after the store lock in the same
 * message, so the lock is held only while the server runs it. With `check`,
 * originals stored since the read and not among `check.compared` are answered
 * and nothing is written; otherwise (or when there are none) the article is
 * written and [] answered.
 */
async function writeExtraction(
  pool: pg.Pool,
  id: string,
  data: ExtractionToStore,
  fetchedAt: Date,
  duplicateOfId: string | null,
  check: { window: CandidateQuery; compared: readonly string[]; readAt: string } | null,
): Promise<OriginalCandidate[]> {
  const isEcho = duplicateOfId !== null;
  // Ids as Prisma's uuid(7) would make them; the rows go to PostgreSQL as one JSON array.
  const rows = data.claims.map((claim, i) => {
    const row = claimToRow(claim, id, i, isEcho);
    return { ...row, id: uuid7(), asOf: row.asOf instanceof Date ? isoDay(row.asOf) : null };
  });
  const results = await executeAfter(pool, `SELECT pg_advisory_xact_lock(${STORE_LOCK_KEY})`, WRITE_EXTRACTION, [
    id,
    data.article.title,
    data.article.outlet?.trim() || null,
    uuid7(),
    data.article.author,
    data.article.publishedAt === null ? null : isoDay(partialDateToDate(data.article.publishedAt).date),
    data.article.language,
    data.article.wordCount,
    data.article.text ?? null,
    data.article.contentHash,
    data.signature ?? null,
    data.sentiment?.score ?? null,
    data.sentiment?.label ?? null,
    fetchedAt.toISOString(),
    duplicateOfId,
    rows.length,
    JSON.stringify(rows),
    check !== null,
    check ? windowDay(check.window.publishedAt) : null,
    check?.readAt ?? null,
    `{${(check?.compared ?? []).join(",")}}`,
  ]);
  const answer = (results[1] as pg.QueryResult<{ outcome: string; id: string | null; signature: string | null; same_content: boolean | null }> | undefined)?.rows ?? [];
  if (answer.some((r) => r.outcome === "stored")) return [];
  const found = answer.filter((r) => r.outcome === "unseen");
  if (found.length === 0) throw new AppError("not_found", `article ${id} does not exist`);
  return found.map((r) => ({ id: r.id!, signature: r.signature, sameContent: r.same_content === true }));
}

type SqlValue = string | number | boolean | null;

/**
 * A value as an SQL literal, for the messages that cannot carry parameters
 * (see executeAfter). Strings go through node-postgres's escapeLiteral
 * (quotes doubled; with a backslash, an E'' string with it doubled), which is
 * correct whatever standard_conforming_strings says.
 */
function sqlLiteral(value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return `(${value})`;
  }
  return pg.escapeLiteral(value);
}

/** "2025-09-15" from a UTC-midnight Date (what a DATE column takes). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** An earlier article the worker compares signatures with. */
export interface DuplicateCandidate extends OriginalCandidate {
  url: string;
  publishedAt: Date | null;
}

/** The day a candidate window is centred on: the publication day, or null for today. */
function windowDay(publishedAt: PartialDate | Date | null | undefined): string | null {
  if (publishedAt == null) return null;
  return isoDay(publishedAt instanceof Date ? publishedAt : partialDateToDate(publishedAt).date);
}

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
  // A named statement, prepared once per pooled connection: this runs for every article stored.
  const { rows } = await poolOf(db).query<{ id: string; url: string; signature: string | null; same_content: boolean; published_at: string | null }>({
    name: "tally-duplicate-candidates",
    text: candidatesSql({ excludeId: "$1::uuid", contentHash: "$2::text", day: "coalesce($3::date, current_date)", limit: "$4::int", full: true }),
    values: [query.excludeId, query.contentHash, windowDay(query.publishedAt), query.limit],
  });
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
