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

/**
 * Tone points as chart series. By source country, each line has its party's
 * colour; by outlet, the `max` outlets with the most texts get a colour each
 * and the rest are left out (the caller says how many).
 */
export function toneSeries(points: readonly SentimentPoint[], by: "outlet" | "sourceParty", max = 6): { series: Series<TonePoint>[]; dropped: number } {
  const groups = new Map<string | null, TonePoint[]>();
  for (const p of points) {
    const list = groups.get(p.key) ?? [];
    // A month's mean is drawn mid-month, under the figures it summarises, not on the month's first day.
    list.push({ t: bucketTime(p.t) + MID_MONTH, score: p.score, n: p.n });
    groups.set(p.key, list);
  }
  let keys = [...groups.keys()];
  const weight = (k: string | null) => (groups.get(k) ?? []).reduce((n, p) => n + p.n, 0);
  if (by === "sourceParty") keys.sort(compareParties);
  else keys.sort((a, b) => weight(b) - weight(a) || String(a).localeCompare(String(b)));
  const dropped = Math.max(0, keys.length - max);
  keys = keys.slice(0, max);
  const series = keys.map((k, i) => ({
    key: k ?? "none",
    label: by === "sourceParty" ? partyName(k, "No named source") : (k ?? "Unknown outlet"),
    colour: by === "sourceParty" ? partyColour(k) : categoricalColour(i),
    points: (groups.get(k) ?? []).sort((a, b) => a.t - b.t),
  }));
  return { series, dropped };
}
