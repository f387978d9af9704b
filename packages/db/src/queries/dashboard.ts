import {
  METRICS,
  PERSONNEL_METRICS,
  type ArticleStatus,
  type ClaimFilters,
  type DatePrecision,
  type Item,
  type Metric,
  type Qualifier,
  type Sentiment,
} from "@tally/core";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";

/**
 * The dashboard's read side: every query the pages and the HTTP API run.
 * Each takes the client first and returns plain objects (dates as ISO
 * strings) so that they cross into React and JSON unchanged.
 *
 * The SQL is hand-written because the charts need grouping by date buckets,
 * which Prisma's query builder cannot express, and because at a million claims
 * the shape of each query matters (see bench/web.mjs).
 */

/** What these queries need of a client: raw SQL. Any Prisma client, extended or not, has it. */
export type QueryDb = Pick<PrismaClient, "$queryRaw">;

const { sql, join, empty, raw } = Prisma;

// ---------------------------------------------------------------------------
// Claims

/** One claim as the API and the claims page show it: claims.md's fields plus where it came from. */
export interface ClaimView {
  id: string;
  articleId: string;
  articleUrl: string;
  articleTitle: string | null;
  outlet: string | null;
  publishedAt: string | null;
  metric: Metric;
  party: string | null;
  item: Item | null;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  attributedTo: string | null;
  sourceParty: string | null;
  /** As precise as the text was: "2025", "2025-09" or "2025-09-15". */
  asOf: string | null;
  asOfPrecision: DatePrecision | null;
  sentence: string;
  start: number;
  end: number;
  sentiment: Sentiment | null;
  /** The claim's article is a near-duplicate; its figure counts at the original. */
  isEcho: boolean;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Largest page any list query returns. */
export const MAX_LIMIT = 500;

/** Thrown for a cursor that this code did not write; the API answers 400 naming `cursor`. */
export class BadCursorError extends Error {
  constructor() {
    super("cursor: not a cursor this API returned");
    this.name = "BadCursorError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A day, or an instant as toISOString() writes it: the two kinds of cursor position. */
const POSITION = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;

/** Is `s` a UUID (the shape of every id here)? Anything else cannot name a row. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** A well-formed position that exists in the calendar (V8 reads "2025-02-31" as March 3rd; PostgreSQL refuses it). */
function isPosition(d: string): boolean {
  // Years before 1000 are valid ISO but out of PostgreSQL's comfortable range, and no cursor of ours.
  if (!POSITION.test(d) || Number(d.slice(0, 4)) < 1000) return false;
  const t = new Date(d.length === 10 ? `${d}T00:00:00.000Z` : d);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, d.length) === d;
}

function encodeCursor(parts: (string | null)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** Decodes `[date | null, uuid]`; the position in a list ordered by that date and id. */
function decodeCursor(cursor: string): [string | null, string] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === 2) {
      const [d, id] = parts as unknown[];
      const dateOk = d === null || (typeof d === "string" && isPosition(d));
      if (dateOk && typeof id === "string" && isUuid(id)) return [d as string | null, id];
    }
  } catch {
    // fall through
  }
  throw new BadCursorError();
}

function clampLimit(limit: number | undefined, fallback: number): number {
  return Math.max(1, Math.min(MAX_LIMIT, Math.trunc(limit ?? fallback)));
}

/** The asOf date cut to its precision ("2025-09-01" at month precision → "2025-09"). */
function partialDate(day: string | null, precision: DatePrecision | null): string | null {
  if (!day) return null;
  return precision === "year" ? day.slice(0, 4) : precision === "month" ? day.slice(0, 7) : day;
}

function sentimentOf(score: number | null, label: string | null): Sentiment | null {
  return score === null || label === null ? null : { score, label: label as Sentiment["label"] };
}

/** WHERE conditions over `c` (claim) for a set of filters. */
function claimConditions(f: ClaimFilters): Prisma.Sql[] {
  const w: Prisma.Sql[] = [];
  if (f.metric) w.push(sql`c.metric = ${f.metric}::"Metric"`);
  if (f.party) w.push(sql`c.party = ${f.party}`);
  if (f.item) w.push(sql`c.item = ${f.item}::"Item"`);
  if (f.sourceParty) w.push(sql`c.source_party = ${f.sourceParty}`);
  // A sub-select rather than a join, so that every query can use it whatever it joins.
  if (f.outlet) {
    w.push(sql`c.article_id IN (SELECT oa.id FROM article oa JOIN outlet oo ON oo.id = oa.outlet_id WHERE lower(oo.name) = lower(${f.outlet}))`);
  }
  if (f.from) w.push(sql`c.as_of >= ${f.from}::date`);
  if (f.to) w.push(sql`c.as_of <= ${f.to}::date`);
  if (f.excludeEchoes) w.push(sql`NOT c.is_echo`);
  return w;
}

function where(conds: Prisma.Sql[]): Prisma.Sql {
  return conds.length ? sql`WHERE ${join(conds, " AND ")}` : empty;
}

interface ClaimRowRaw {
  id: string;
  article_id: string;
  article_url: string;
  article_title: string | null;
  outlet: string | null;
  published_at: string | null;
  metric: Metric;
  party: string | null;
  item: Item | null;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  attributed_to: string | null;
  source_party: string | null;
  as_of: string | null;
  as_of_precision: DatePrecision | null;
  sentence: string;
  start: number;
  end: number;
  sentiment_score: number | null;
  sentiment_label: string | null;
  is_echo: boolean;
}

const CLAIM_COLUMNS = sql`
  c.id::text AS id, c.article_id::text AS article_id, a.url AS article_url, a.title AS article_title,
  o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS published_at,
  c.metric::text AS metric, c.party, c.item::text AS item, c.value, c.qualifier::text AS qualifier, c.low, c.high,
  c.attributed_to, c.source_party, to_char(c.as_of, 'YYYY-MM-DD') AS as_of, c.as_of_precision::text AS as_of_precision,
  c.sentence, c.start, c."end", c.sentiment_score, c.sentiment_label::text AS sentiment_label, c.is_echo`;

function toClaimView(r: ClaimRowRaw): ClaimView {
  return {
    id: r.id,
    articleId: r.article_id,
    articleUrl: r.article_url,
    articleTitle: r.article_title,
    outlet: r.outlet,
    publishedAt: r.published_at,
    metric: r.metric,
    party: r.party,
    item: r.item,
    value: r.value,
    qualifier: r.qualifier,
    low: r.low,
    high: r.high,
    attributedTo: r.attributed_to,
    sourceParty: r.source_party,
    asOf: partialDate(r.as_of, r.as_of_precision),
    asOfPrecision: r.as_of_precision,
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    sentiment: sentimentOf(r.sentiment_score, r.sentiment_label),
    isEcho: r.is_echo,
  };
}

/**
 * The article of each claim on a page, one primary-key probe per row. A plain
 * join lets PostgreSQL hash the whole article table (50,000 rows, 40 ms) for a
 * page of 500 claims; LIMIT 1 in a LATERAL keeps it from flattening this back.
 */
const PAGE_ARTICLE_JOIN = sql`
  CROSS JOIN LATERAL (
    SELECT a.url, a.title, a.published_at, a.outlet_id FROM article a WHERE a.id = c.article_id LIMIT 1
  ) a`;

export interface PageOptions {
  /** 1 to MAX_LIMIT; default 100. */
  limit?: number;
  cursor?: string | null;
}

/**
 * Claims matching the filters, newest asOf first (undated last), a page at a
 * time. The cursor is the last row's (asOf, id), so pages stay stable while
 * new claims arrive.
 */
export async function listClaims(db: QueryDb, filters: ClaimFilters, page: PageOptions = {}): Promise<Page<ClaimView>> {
  const limit = clampLimit(page.limit, 100);
  const conds = claimConditions(filters);
  // Dated claims and undated ones are read by two index scans and appended:
  // "as_of DESC NULLS LAST" in one ORDER BY would need an index with that
  // exact null ordering, which Prisma's schema language cannot declare.
  const dated = [...conds, sql`c.as_of IS NOT NULL`];
  const undated = [...conds, sql`c.as_of IS NULL`];
  if (page.cursor) {
    const [asOf, id] = decodeCursor(page.cursor);
    if (asOf === null) {
      dated.push(sql`false`);
      undated.push(sql`c.id < ${id}::uuid`);
    } else {
      // The plain bound lets the (metric, party, as_of) index start at the cursor.
      dated.push(sql`c.as_of <= ${asOf}::date`, sql`(c.as_of, c.id) < (${asOf}::date, ${id}::uuid)`);
    }
  }
  const rows = await db.$queryRaw<ClaimRowRaw[]>`
    SELECT ${CLAIM_COLUMNS}
    FROM (
      (SELECT * FROM claim c ${where(dated)} ORDER BY c.as_of DESC, c.id DESC LIMIT ${limit + 1})
      UNION ALL
      (SELECT * FROM claim c ${where(undated)} ORDER BY c.id DESC LIMIT ${limit + 1})
    ) c
    ${PAGE_ARTICLE_JOIN}
    LEFT JOIN outlet o ON o.id = a.outlet_id
    ORDER BY c.as_of DESC NULLS LAST, c.id DESC
    LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  const items = rows.slice(0, limit).map(toClaimView);
  const last = rows[limit - 1];
  return { items, nextCursor: more && last ? encodeCursor([last.as_of, last.id]) : null };
}

/** Every claim matching the filters, a page at a time: for CSV export of any size. */
export async function* iterateClaims(db: QueryDb, filters: ClaimFilters, pageSize = MAX_LIMIT): AsyncGenerator<ClaimView> {
  let cursor: string | null = null;
  do {
    const page: Page<ClaimView> = await listClaims(db, filters, { limit: pageSize, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

// ---------------------------------------------------------------------------
// Series for charts

export const SERIES_KEYS = ["sourceParty", "outlet", "party", "item"] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];
export const BUCKETS = ["day", "week", "month"] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface SeriesQuery extends Omit<ClaimFilters, "metric" | "excludeEchoes"> {
  metric: Metric;
  by: SeriesKey;
  bucket: Bucket;
}

/** One point of a chart: the figures one key (a source country, an outlet…) reported in one bucket. */
export interface SeriesPoint {
  /** First day of the bucket, YYYY-MM-DD. */
  t: string;
  /** The group's value (a country code, an outlet name, an item); null where the claims have none. */
  key: string | null;
  /** The largest figure in the bucket: tallies are cumulative, so the latest is the largest. */
  value: number;
  /** Lowest bound stated in the bucket (a figure without a lower bound counts as its value). */
  low: number;
  /** Highest bound stated in the bucket (a figure without an upper bound counts as its value). */
  high: number;
  /** How many claims the point summarises. */
  claims: number;
}

/**
 * Each key in two steps: what the inner, per-day aggregate groups by (cheap
 * columns of the claim's index; the outlet by its id) and what the outer one
 * shows (the outlet's name).
 */
const SERIES_KEY_SQL: Record<SeriesKey, { inner: Prisma.Sql; outer: Prisma.Sql }> = {
  sourceParty: { inner: sql`c.source_party`, outer: sql`d.key` },
  outlet: { inner: sql`a.outlet_id`, outer: sql`so.name` },
  party: { inner: sql`c.party`, outer: sql`d.key` },
  item: { inner: sql`c.item::text`, outer: sql`d.key` },
};

/**
 * The inner GROUP BY, written in the order of claim_series_idx (metric,
 * party, item, as_of, source_party) so that PostgreSQL 15, which does not
 * reorder grouping keys itself, aggregates while it scans instead of hashing
 * 100,000 rows. Grouping by a column more than the chart needs is harmless:
 * the outer aggregate folds those rows together (item is null for every
 * metric but equipment, so grouping by it splits nothing there).
 */
function seriesGroupBy(q: SeriesQuery): Prisma.Sql {
  if (q.by === "outlet") return sql`GROUP BY c.as_of, a.outlet_id`;
  const cols: Prisma.Sql[] = q.party === undefined || q.by === "party" ? [sql`c.party`] : [];
  cols.push(sql`c.item`);
  cols.push(sql`c.as_of`);
  if (q.by === "sourceParty") cols.push(sql`c.source_party`);
  return sql`GROUP BY ${join(cols, ", ")}`;
}

/**
 * Claims of one metric bucketed by date and grouped by a key, in SQL. Echoes
 * (near-duplicates) are left out, so a syndicated figure counts once; undated
 * claims cannot be placed on a time axis and are left out too.
 *
 * Two steps, for speed at a million claims: per day and key, answered from
 * the covering index claim_series_idx in its own order without touching the
 * table; then per bucket over those few thousand rows (date_trunc and
 * to_char on every claim cost more than the scan).
 */
export async function getSeries(db: QueryDb, q: SeriesQuery): Promise<SeriesPoint[]> {
  const f: ClaimFilters = { ...q, excludeEchoes: true };
  const conds = [...claimConditions(f), sql`c.as_of IS NOT NULL`];
  const key = SERIES_KEY_SQL[q.by];
  const articleJoin = q.by === "outlet" ? sql`JOIN article a ON a.id = c.article_id` : empty;
  const outletJoin = q.by === "outlet" ? sql`LEFT JOIN outlet so ON so.id = d.key` : empty;
  // The bucket name is one of three literals (checked by the type and the API's schema).
  const bucket = raw(`'${BUCKETS.includes(q.bucket) ? q.bucket : "day"}'`);
  return db.$queryRaw<SeriesPoint[]>`
    SELECT to_char(date_trunc(${bucket}, d.as_of::timestamp), 'YYYY-MM-DD') AS t,
           ${key.outer} AS key,
           max(d.value) AS value, min(d.low) AS low, max(d.high) AS high, sum(d.claims)::int AS claims
    FROM (
      SELECT c.as_of, ${key.inner} AS key,
             max(c.value) AS value,
             min(coalesce(c.low, c.value)) AS low,
             max(coalesce(c.high, c.value)) AS high,
             count(*) AS claims
      FROM claim c ${articleJoin}
      ${where(conds)}
      ${seriesGroupBy(q)}
    ) d ${outletJoin}
    GROUP BY 1, 2
    ORDER BY 1, 2 NULLS LAST`;
}

// ---------------------------------------------------------------------------
// Parties

/**
 * Every (metric, party) pair some claim has, for the metrics given: found by
 * skipping along the (metric, party, …) index, one probe per pair, instead of
 * reading every claim. A SELECT of (metric, party) rows, to use as a subquery.
 */
function metricPartyPairs(metrics: readonly Metric[]): Prisma.Sql {
  return sql`
    WITH RECURSIVE found(metric, party) AS (
      SELECT m.metric, (SELECT min(c.party) FROM claim c WHERE c.metric = m.metric AND c.party IS NOT NULL)
      FROM unnest(${metrics as Metric[]}::"Metric"[]) AS m(metric)
      UNION ALL
      SELECT f.metric, (SELECT min(c.party) FROM claim c WHERE c.metric = f.metric AND c.party > f.party)
      FROM found f WHERE f.party IS NOT NULL
    )
    SELECT metric, party FROM found WHERE party IS NOT NULL`;
}

/** Every party (ISO code) any claim counts, for the filters' lists, alphabetically. */
export async function listParties(db: QueryDb): Promise<string[]> {
  const rows = await db.$queryRaw<{ party: string }[]>`
    SELECT DISTINCT p.party FROM (${metricPartyPairs(METRICS)}) p ORDER BY p.party`;
  return rows.map((r) => r.party);
}

// ---------------------------------------------------------------------------
// Headline figures

/** A party's latest figure for one metric, with who said it. */
export interface Headline {
  metric: Metric;
  party: string;
  claim: ClaimView;
}

/**
 * A page's filters. With a `metric`, the figures are of that metric alone (none
 * for equipment, whose figures only mean something per item: see
 * equipmentLosses); without, of `metrics`.
 */
export interface HeadlineQuery extends Omit<ClaimFilters, "excludeEchoes"> {
  /** The metrics to give figures for when no `metric` is chosen; default the personnel ones (killed, wounded, casualties, captured, missing). */
  metrics?: readonly Metric[];
}

/**
 * Each party's latest figure for each metric asked for, with its source,
 * among the claims that match the filters (the latest a source country, an
 * outlet or a date range gave, when those are chosen). On a day with several,
 * the largest wins. Echoes and undated claims are left out.
 */
export async function headlineFigures(db: QueryDb, q: HeadlineQuery = {}): Promise<Headline[]> {
  const { metrics: asked = PERSONNEL_METRICS, metric, party, ...rest } = q;
  const metrics = metric ? (metric === "equipment_lost" ? [] : [metric]) : asked;
  if (metrics.length === 0) return [];
  // The (metric, party) pairs: the one party asked for, or every party with
  // claims of each metric. Then each pair's newest matching claim is one
  // backward walk of the (metric, party, …) index, which stops at the first match.
  const pairs = party
    ? sql`SELECT m.metric, ${party}::text AS party FROM unnest(${metrics as Metric[]}::"Metric"[]) AS m(metric)`
    : metricPartyPairs(metrics);
  const conds = [sql`c.metric = p.metric`, sql`c.party = p.party`, sql`c.as_of IS NOT NULL`, ...claimConditions({ ...rest, excludeEchoes: true })];
  const rows = await db.$queryRaw<ClaimRowRaw[]>`
    WITH pairs AS (${pairs})
    SELECT ${CLAIM_COLUMNS}
    FROM pairs p
    CROSS JOIN LATERAL (
      SELECT * FROM claim c ${where(conds)}
      ORDER BY c.as_of DESC, c.value DESC
      LIMIT 1
    ) c
    JOIN article a ON a.id = c.article_id
    LEFT JOIN outlet o ON o.id = a.outlet_id
    ORDER BY c.party, c.metric`;
  return rows.map((r) => ({ metric: r.metric, party: r.party as string, claim: toClaimView(r) }));
}

// ---------------------------------------------------------------------------
// Equipment

/** One item's losses for one party: the highest figure any source gave, and how many figures there were. */
export interface EquipmentFigure {
  item: Item;
  party: string;
  /** The claim with the highest figure (the latest of equal ones). */
  claim: ClaimView;
  /** How many claims (echoes left out) matched for this item and party. */
  claims: number;
}

export type EquipmentQuery = Omit<ClaimFilters, "metric" | "excludeEchoes">;

/** Days since this date: how the equipment query packs a date into a number array. */
const EPOCH = "2000-01-01";

/**
 * Equipment lost, per item and party: the highest figure reported among the
 * claims that match the filters. Tallies of losses are cumulative, so the
 * highest is the latest total; a single week's count never exceeds it. Of
 * equal figures the latest wins. Echoes are left out (a syndicated figure
 * counts once), and so are claims with no item, no party or no date.
 *
 * One pass over the covering index claim_series_idx: arrays compare element
 * by element, so max([value, day]) is the highest figure and, among equals,
 * its latest day. That (party, item, day, value) then finds the claim itself
 * with one index probe.
 */
export async function equipmentLosses(db: QueryDb, q: EquipmentQuery = {}): Promise<EquipmentFigure[]> {
  const conds = [
    ...claimConditions({ ...q, metric: "equipment_lost", excludeEchoes: true }),
    sql`c.party IS NOT NULL`,
    sql`c.item IS NOT NULL`,
    sql`c.as_of IS NOT NULL`,
  ];
  const winner = [...conds, sql`c.party = b.party`, sql`c.item = b.item`, sql`c.value = b.top[1]`, sql`c.as_of = ${EPOCH}::date + b.top[2]::int`];
  const rows = await db.$queryRaw<(ClaimRowRaw & { claims: number })[]>`
    WITH best AS (
      SELECT c.party, c.item, max(ARRAY[c.value, (c.as_of - ${EPOCH}::date)::float8]) AS top, count(*)::int AS claims
      FROM claim c ${where(conds)}
      GROUP BY c.party, c.item
    )
    SELECT ${CLAIM_COLUMNS}, b.claims
    FROM best b
    CROSS JOIN LATERAL (
      SELECT * FROM claim c ${where(winner)}
      ORDER BY c.id DESC
      LIMIT 1
    ) c
    ${PAGE_ARTICLE_JOIN}
    LEFT JOIN outlet o ON o.id = a.outlet_id
    ORDER BY c.item, c.party`;
  return rows.map((r) => ({ item: r.item as Item, party: r.party as string, claim: toClaimView(r), claims: r.claims }));
}

// ---------------------------------------------------------------------------
// Disagreements

/** Who a figure comes from: the named source, else the outlet speaking in its own voice. */
export interface SourceView {
  /** Stable key of the source (lower-cased attribution, or the outlet). */
  key: string;
  attributedTo: string | null;
  sourceParty: string | null;
  outlet: string | null;
}

/** One source's figure in a period. */
export interface SourceFigure {
  source: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  asOf: string;
  claimId: string;
  articleId: string;
  articleUrl: string;
  sentence: string;
}

/** A month in which sources disagree, with each source's latest figure in it. */
export interface DisagreementPeriod {
  /** YYYY-MM. */
  period: string;
  /** Lowest and highest figures any source gave (bounds included). */
  low: number;
  high: number;
  /** high − low: the width of the disagreement. */
  spread: number;
  /** How many sources gave a figure. */
  sources: number;
  figures: SourceFigure[];
}

export interface Disagreements {
  metric: Metric;
  party: string;
  sources: SourceView[];
  /** Widest spread first. */
  periods: DisagreementPeriod[];
}

export interface DisagreementQuery {
  metric: Metric;
  party: string;
  item?: Item | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** How many periods to return; default 24. */
  limit?: number;
}

interface FigureRaw {
  period: string;
  source: string;
  attributed_to: string | null;
  source_party: string | null;
  outlet: string | null;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  as_of: string;
  as_of_precision: DatePrecision | null;
  claim_id: string;
  article_id: string;
  article_url: string;
  sentence: string;
}

/**
 * For one metric and party, each source's figures month by month, the months
 * where sources disagree most first. A source's figure in a month is its
 * latest one there. Months where only one source spoke have no spread and
 * come last.
 */
export async function disagreements(db: QueryDb, q: DisagreementQuery): Promise<Disagreements> {
  const limit = Math.max(1, Math.min(120, Math.trunc(q.limit ?? 24)));
  const conds = claimConditions({ metric: q.metric, party: q.party, item: q.item, from: q.from, to: q.to, excludeEchoes: true });
  conds.push(sql`c.as_of IS NOT NULL`);
  // The latest claim per (month, source) is chosen on narrow rows (ids and
  // keys only) and the details are joined for the winners alone: at a million
  // claims one party's tally can be 100,000 rows, too many to sort whole.
  const rows = await db.$queryRaw<FigureRaw[]>`
    WITH winners AS (
      SELECT DISTINCT ON (1, 2)
        to_char(c.as_of, 'YYYY-MM') AS period,
        coalesce(lower(c.attributed_to), o.name, 'unknown') AS source,
        c.id
      FROM claim c
      JOIN article a ON a.id = c.article_id
      LEFT JOIN outlet o ON o.id = a.outlet_id
      ${where(conds)}
      ORDER BY 1, 2, c.as_of DESC, c.value DESC
    ),
    latest AS (
      -- LATERAL: one primary-key probe per winner. The planner cannot tell
      -- DISTINCT ON shrank 100,000 rows to a thousand and would hash the whole
      -- claim table instead.
      SELECT w.period, w.source, x.*
      FROM winners w
      CROSS JOIN LATERAL (
        SELECT c.attributed_to, c.source_party, o.name AS outlet,
          c.value, c.low, c.high, c.qualifier::text AS qualifier,
          to_char(c.as_of, 'YYYY-MM-DD') AS as_of, c.as_of_precision::text AS as_of_precision,
          c.id::text AS claim_id, c.article_id::text AS article_id, a.url AS article_url, c.sentence
        FROM claim c
        JOIN article a ON a.id = c.article_id
        LEFT JOIN outlet o ON o.id = a.outlet_id
        WHERE c.id = w.id
        LIMIT 1 -- a fence: without it PostgreSQL flattens the subquery back into the hash join
      ) x
    ),
    spread AS (
      SELECT period,
             max(coalesce(high, value)) - min(coalesce(low, value)) AS spread,
             count(*) AS n
      FROM latest GROUP BY period
      ORDER BY spread DESC, n DESC, period DESC
      LIMIT ${limit}
    )
    SELECT l.* FROM latest l JOIN spread s USING (period)
    ORDER BY s.spread DESC, s.n DESC, l.period DESC, l.value DESC`;

  const sources = new Map<string, SourceView>();
  const periods = new Map<string, DisagreementPeriod>();
  for (const r of rows) {
    if (!sources.has(r.source)) {
      sources.set(r.source, { key: r.source, attributedTo: r.attributed_to, sourceParty: r.source_party, outlet: r.outlet });
    }
    let p = periods.get(r.period);
    if (!p) {
      p = { period: r.period, low: Infinity, high: -Infinity, spread: 0, sources: 0, figures: [] };
      periods.set(r.period, p);
    }
    p.low = Math.min(p.low, r.low ?? r.value);
    p.high = Math.max(p.high, r.high ?? r.value);
    p.spread = p.high - p.low;
    p.sources += 1;
    p.figures.push({
      source: r.source,
      value: r.value,
      low: r.low,
      high: r.high,
      qualifier: r.qualifier,
      asOf: partialDate(r.as_of, r.as_of_precision) ?? r.as_of,
      claimId: r.claim_id,
      articleId: r.article_id,
      articleUrl: r.article_url,
      sentence: r.sentence,
    });
  }
  return { metric: q.metric, party: q.party, sources: [...sources.values()], periods: [...periods.values()] };
}

// ---------------------------------------------------------------------------
// Sentiment

export interface SentimentQuery {
  /** outlet: articles' tone by publication date; sourceParty: claims' sentence tone by asOf. */
  by: "outlet" | "sourceParty";
  bucket: Bucket;
  from?: string | undefined;
  to?: string | undefined;
}

export interface SentimentPoint {
  t: string;
  key: string | null;
  /** Mean tone in [-1, 1]. */
  score: number;
  /** Articles (by outlet) or claims (by source country) averaged. */
  n: number;
}

/**
 * Mean tone over time by outlet (of whole articles) or by source country (of
 * claim sentences). Summed per day first and bucketed after, as getSeries
 * does: date_trunc and to_char on each of a million rows cost more than the scan.
 */
export async function sentimentSeries(db: QueryDb, q: SentimentQuery): Promise<SentimentPoint[]> {
  const bucket = raw(`'${BUCKETS.includes(q.bucket) ? q.bucket : "day"}'`);
  if (q.by === "outlet") {
    const conds = [sql`a.sentiment_score IS NOT NULL`, sql`a.published_at IS NOT NULL`, sql`a.duplicate_of_id IS NULL`];
    if (q.from) conds.push(sql`a.published_at >= ${q.from}::date`);
    if (q.to) conds.push(sql`a.published_at <= ${q.to}::date`);
    return db.$queryRaw<SentimentPoint[]>`
      SELECT to_char(date_trunc(${bucket}, d.day::timestamp), 'YYYY-MM-DD') AS t, o.name AS key,
             (sum(d.total) / sum(d.n))::float8 AS score, sum(d.n)::int AS n
      FROM (
        SELECT a.published_at AS day, a.outlet_id, sum(a.sentiment_score) AS total, count(*) AS n
        FROM article a ${where(conds)}
        GROUP BY 1, 2
      ) d LEFT JOIN outlet o ON o.id = d.outlet_id
      GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`;
  }
  const conds = [sql`c.sentiment_score IS NOT NULL`, sql`c.as_of IS NOT NULL`, sql`NOT c.is_echo`];
  if (q.from) conds.push(sql`c.as_of >= ${q.from}::date`);
  if (q.to) conds.push(sql`c.as_of <= ${q.to}::date`);
  return db.$queryRaw<SentimentPoint[]>`
    SELECT to_char(date_trunc(${bucket}, d.day::timestamp), 'YYYY-MM-DD') AS t, d.key::text AS key,
           (sum(d.total) / sum(d.n))::float8 AS score, sum(d.n)::int AS n
    FROM (
      -- Grouped by the bare columns, in claim_tone_idx's order, so that the
      -- aggregate streams from the index (a cast to text would force a hash).
      SELECT c.as_of AS day, c.source_party AS key, sum(c.sentiment_score) AS total, count(*) AS n
      FROM claim c ${where(conds)}
      GROUP BY c.as_of, c.source_party
    ) d
    GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST`;
}

// ---------------------------------------------------------------------------
// Articles

/** One article as the articles list shows it. */
export interface ArticleSummary {
  id: string;
  url: string;
  status: ArticleStatus;
  /** Why it failed (the worker's last reason); null unless failed. */
  error: { code: string; message: string } | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  claimCount: number;
  sentiment: Sentiment | null;
  /** The article this one nearly duplicates; its claims are echoes. */
  duplicateOf: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One article with its main text and every claim, in text order. */
export interface ArticleDetail extends ArticleSummary {
  inputUrl: string;
  author: string | null;
  language: string | null;
  wordCount: number | null;
  attempts: number;
  fetchedAt: string | null;
  text: string | null;
  claims: ClaimView[];
}

interface ArticleRaw {
  id: string;
  url: string;
  input_url: string;
  status: ArticleStatus;
  failure_code: string | null;
  failure_message: string | null;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  claim_count: number;
  sentiment_score: number | null;
  sentiment_label: string | null;
  duplicate_of: string | null;
  created_at: Date;
  updated_at: Date;
  author: string | null;
  language: string | null;
  word_count: number | null;
  attempts: number;
  fetched_at: Date | null;
  text: string | null;
}

const ARTICLE_COLUMNS = sql`
  a.id::text AS id, a.url, a.input_url, a.status::text AS status, a.failure_code, a.failure_message, a.title,
  o.name AS outlet, to_char(a.published_at, 'YYYY-MM-DD') AS published_at,
  (SELECT count(*)::int FROM claim c WHERE c.article_id = a.id) AS claim_count,
  a.sentiment_score, a.sentiment_label::text AS sentiment_label, a.duplicate_of_id::text AS duplicate_of,
  a.created_at, a.updated_at, a.author, a.language, a.word_count, a.attempts, a.fetched_at`;

function toSummary(r: ArticleRaw): ArticleSummary {
  return {
    id: r.id,
    url: r.url,
    status: r.status,
    error: r.status === "failed" || r.failure_code ? { code: r.failure_code ?? "internal", message: r.failure_message ?? "" } : null,
    title: r.title,
    outlet: r.outlet,
    publishedAt: r.published_at,
    claimCount: r.claim_count,
    sentiment: sentimentOf(r.sentiment_score, r.sentiment_label),
    duplicateOf: r.duplicate_of,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface ArticleListQuery extends PageOptions {
  status?: ArticleStatus | undefined;
}

/** Articles newest first, optionally of one status, a page at a time. */
export async function listArticles(db: QueryDb, q: ArticleListQuery = {}): Promise<Page<ArticleSummary>> {
  const limit = clampLimit(q.limit, 50);
  const conds: Prisma.Sql[] = [];
  if (q.status) conds.push(sql`a.status = ${q.status}::"ArticleStatus"`);
  if (q.cursor) {
    const [createdAt, id] = decodeCursor(q.cursor);
    if (createdAt === null) throw new BadCursorError();
    conds.push(sql`(a.created_at, a.id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db.$queryRaw<ArticleRaw[]>`
    SELECT ${ARTICLE_COLUMNS}
    FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id
    ${where(conds)}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  const last = rows[limit - 1];
  return {
    items: rows.slice(0, limit).map(toSummary),
    // created_at is stored to the millisecond, so its ISO form compares exactly.
    nextCursor: more && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
  };
}

/** One article with its text and claims, or null when there is none with that id. */
export async function getArticle(db: QueryDb, id: string): Promise<ArticleDetail | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.$queryRaw<(ArticleRaw & { text: string | null })[]>`
    SELECT ${ARTICLE_COLUMNS}, a.text
    FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id
    WHERE a.id = ${id}::uuid`;
  if (!row) return null;
  const claims = await db.$queryRaw<ClaimRowRaw[]>`
    SELECT ${CLAIM_COLUMNS}
    FROM claim c JOIN article a ON a.id = c.article_id LEFT JOIN outlet o ON o.id = a.outlet_id
    WHERE c.article_id = ${id}::uuid
    ORDER BY c.start, c.ordinal`;
  return {
    ...toSummary(row),
    inputUrl: row.input_url,
    author: row.author,
    language: row.language,
    wordCount: row.word_count,
    attempts: row.attempts,
    fetchedAt: row.fetched_at ? row.fetched_at.toISOString() : null,
    text: row.text,
    claims: claims.map(toClaimView),
  };
}

/** Names of every outlet, for the dashboard's filter. */
export async function listOutlets(db: QueryDb): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`SELECT name FROM outlet ORDER BY lower(name)`;
  return rows.map((r) => r.name);
}
