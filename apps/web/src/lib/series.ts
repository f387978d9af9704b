import type { SentimentPoint, SeriesPoint } from "@tally/db";
import { categoricalColour } from "./palette";
import { compareParties, partyColour, partyName } from "./parties";
import type { BandPoint, Series, TonePoint } from "./view";

/** Half of a 30-day month, in milliseconds. */
const MID_MONTH = 15 * 86_400_000;

/** Date of a bucket ("2025-01-01") as milliseconds. */
function bucketTime(t: string): number {
  return Date.parse(`${t}T00:00:00Z`);
}

/** SQL-bucketed points grouped by key (a party) into bands: the spread of the figures per bucket. */
export function bandsByKey(points: readonly SeriesPoint[]): Map<string | null, BandPoint[]> {
  const out = new Map<string | null, BandPoint[]>();
  for (const p of points) {
    const list = out.get(p.key) ?? [];
    list.push({ t: bucketTime(p.t), range: [p.low, p.high], claims: p.claims });
    out.set(p.key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.t - b.t);
  return out;
}

/** Total claims behind a set of bucketed points. */
export function claimTotal(points: readonly SeriesPoint[]): number {
  return points.reduce((n, p) => n + p.claims, 0);
}

/** First day of the quarter holding `t`, plus half a quarter: where a quarter's mean is drawn. */
function quarterMid(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1) + 45 * 86_400_000;
}

/**
 * Tone points as chart series. By source country, each line has its party's
 * colour; by outlet, each a colour of its own. Only the `max` groups with the
 * most texts are kept (the caller says how many were left out), and over a
 * span longer than `quarterAfterMonths` months are merged into quarters,
 * weighted by their counts: monthly means of a handful of texts zig-zag more
 * than the reporting does.
 */
export function toneSeries(
  points: readonly SentimentPoint[],
  by: "outlet" | "sourceParty",
  max = 6,
  quarterAfterMonths = 18,
): { series: Series<TonePoint>[]; dropped: number; bucket: "month" | "quarter" } {
  const times = points.map((p) => bucketTime(p.t));
  const span = times.length ? (Math.max(...times) - Math.min(...times)) / (30.4 * 86_400_000) : 0;
  const bucket = span > quarterAfterMonths ? "quarter" : "month";
  const groups = new Map<string | null, Map<number, { sum: number; n: number }>>();
  for (const p of points) {
    const t0 = bucketTime(p.t);
    // A month's mean is drawn mid-month, under the figures it summarises, not on the month's first day.
    const t = bucket === "quarter" ? quarterMid(t0) : t0 + MID_MONTH;
    const g = groups.get(p.key) ?? new Map<number, { sum: number; n: number }>();
    const cell = g.get(t) ?? { sum: 0, n: 0 };
    cell.sum += p.score * p.n;
    cell.n += p.n;
    g.set(t, cell);
    groups.set(p.key, g);
  }
  const weight = (k: string | null) => [...(groups.get(k)?.values() ?? [])].reduce((n, c) => n + c.n, 0);
  const byWeight = [...groups.keys()].sort((a, b) => weight(b) - weight(a) || String(a).localeCompare(String(b)));
  const dropped = Math.max(0, byWeight.length - max);
  const kept = byWeight.slice(0, max);
  // Countries keep the dashboard's usual order (Ukraine, Russia, …) once chosen; outlets stay by size.
  if (by === "sourceParty") kept.sort(compareParties);
  const series = kept.map((k, i) => ({
    key: k ?? "none",
    label: by === "sourceParty" ? partyName(k, "No named source") : (k ?? "Unknown outlet"),
    colour: by === "sourceParty" ? partyColour(k) : categoricalColour(i),
    points: [...(groups.get(k) ?? new Map<number, { sum: number; n: number }>()).entries()]
      .map(([t, c]) => ({ t, score: c.sum / c.n, n: c.n }))
      .sort((a, b) => a.t - b.t),
  }));
  return { series, dropped, bucket };
}
