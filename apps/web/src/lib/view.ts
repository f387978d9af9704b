import type { Item, Metric, Qualifier } from "@tally/core";

/**
 * What the pages hand to their components: plain, serialisable objects
 * (strings, numbers, null) that cross the server–client boundary unchanged.
 */

/**
 * One claim as the dashboard shows it: the claims.md fields plus where it came
 * from. The query layer defines it; the pages pass it to components as is.
 */
export type { ClaimView } from "@tally/db";

/** One claim as a point on a time chart. */
export interface ChartPoint {
  /** Milliseconds since the epoch of the claim's date (asOf, else publication). */
  t: number;
  /** The date as the source gave it, for the tooltip. */
  date: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  id: string;
  articleId: string;
  party: string | null;
  metric: Metric;
  item: Item | null;
  /** Who the figure comes from: the attribution, else the outlet in its own voice. */
  source: string;
  sourceParty: string | null;
  outlet: string | null;
}

/** The spread of the estimates of one bucket: lowest and highest bound stated. */
export interface BandPoint {
  t: number;
  range: [number, number];
  claims: number;
}

/** One coloured series of a chart: its points, and optionally the band of their spread. */
export interface Series<P> {
  key: string;
  label: string;
  colour: string;
  points: P[];
  band?: BandPoint[];
}

/** Tone of a group of texts over time. */
export interface TonePoint {
  t: number;
  /** Mean score in [-1, 1]. */
  score: number;
  /** How many texts the mean is over. */
  n: number;
}

/** The link to a claim's sentence in its article's text. */
export function claimHref(c: { id: string; articleId: string }): string {
  return `/articles/${encodeURIComponent(c.articleId)}#claim-${c.id}`;
}
