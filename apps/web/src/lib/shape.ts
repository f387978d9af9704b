import type { BandPoint, ChartPoint, ClaimView, Series } from "./view";
import { toTime } from "./format";
import { compareParties, partyColour, partyName } from "./parties";

const DAY = 86_400_000;

/** The date a claim's figure refers to: its asOf, else its article's publication date. */
export function claimDate(c: Pick<ClaimView, "asOf" | "publishedAt">): string | null {
  return c.asOf ?? c.publishedAt ?? null;
}

/**
 * Where a (partial) date sits on a time axis: a month-dated figure mid-month
 * rather than on its first day. A year-dated one stays in January, mid-month:
 * the database stores it as 1 January, so that is the month whose band it
 * widens, and its point belongs inside that band (its tooltip says "2024").
 */
export function pointTime(date: string | null): number | null {
  const t = toTime(date);
  if (t === null || date === null) return null;
  return date.length === 7 || date.length === 4 ? t + 14 * DAY : t;
}

/** A claim as a chart point; null when it has no date to place it on. */
export function toPoint(c: ClaimView): ChartPoint | null {
  const date = claimDate(c);
  const t = pointTime(date);
  if (t === null || date === null) return null;
  return {
    t,
    date,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    id: c.id,
    articleId: c.articleId,
    party: c.party,
    metric: c.metric,
    item: c.item,
    source: c.attributedTo ?? (c.outlet ? `${c.outlet} (own reporting)` : "unattributed"),
    sourceParty: c.sourceParty,
    outlet: c.outlet,
  };
}

/** First instant of the UTC month holding `t`: bands are drawn per month. */
export function monthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The spread of the points per month: from the lowest bound any source stated
 * to the highest. An open bound ("at least 76,550" has no upper one) counts
 * as its stated value, so the band never invents a figure nobody gave.
 */
export function spreadBand(points: readonly ChartPoint[]): BandPoint[] {
  const byMonth = new Map<number, BandPoint>();
  for (const p of points) {
    const lo = p.low ?? p.value;
    const hi = p.high ?? p.value;
    const m = monthStart(p.t);
    const b = byMonth.get(m);
    if (!b) byMonth.set(m, { t: m, range: [lo, hi], claims: 1 });
    else {
      b.range = [Math.min(b.range[0], lo), Math.max(b.range[1], hi)];
      b.claims += 1;
    }
  }
  return [...byMonth.values()].sort((a, b) => a.t - b.t);
}

/** Claims grouped by a key, the groups in first-seen order. */
export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Claims as one series per party (party colours, leading parties first), each with its band. */
export function seriesByParty(claims: readonly ClaimView[], withBand = true): Series<ChartPoint>[] {
  const points = claims.map(toPoint).filter((p): p is ChartPoint => p !== null);
  const groups = groupBy(points, (p) => p.party);
  return [...groups.entries()]
    .sort(([a], [b]) => compareParties(a, b))
    .map(([party, pts]) => {
      const sorted = pts.sort((a, b) => a.t - b.t);
      const s: Series<ChartPoint> = { key: party ?? "none", label: partyName(party), colour: partyColour(party), points: sorted };
      if (withBand) s.band = spreadBand(sorted);
      return s;
    });
}

/** First instant of the month after the one holding `t`. */
export function nextMonthStart(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** A band's outline for drawing: each month's spread as a flat block across that month, gaps where no month had figures. */
export interface BandStep {
  t: number;
  range: [number, number] | null;
}

/**
 * Turns monthly spreads into blocks that cover their whole month, so the band
 * sits under the points it summarises instead of sloping from one month's
 * first day to the next; a month without figures leaves a gap, not a bridge.
 */
export function bandSteps(band: readonly BandPoint[]): BandStep[] {
  const out: BandStep[] = [];
  const sorted = [...band].sort((a, b) => a.t - b.t);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i]!;
    const start = monthStart(b.t);
    const end = nextMonthStart(b.t);
    const prev = out.at(-1);
    if (prev && prev.range !== null && prev.t < start) out.push({ t: prev.t + 1, range: null });
    out.push({ t: start, range: b.range }, { t: end - 1, range: b.range });
  }
  return out;
}

/** A "nice" upper bound and evenly spaced ticks from 0 for a linear axis: 0, 1,000, 2,000, 3,000. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  // People are counted in whole numbers: never a step below one.
  const step = Math.max(1, ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
