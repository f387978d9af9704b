/**
 * Number and date formatting for the dashboard. Everything goes through
 * Intl with a fixed locale, so that the server's render and the browser's
 * hydration print the same characters (a mismatch would throw away the
 * server HTML) and every figure carries thousands separators.
 */

const LOCALE = "en-GB";

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: "exceptZero" });

/** 76550 → "76,550"; fractions keep up to two decimals (a midpoint such as 11,000.5). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? whole.format(n) : decimal.format(n);
}

/** 1234567 → "1.2M": for axis ticks, where space is short. */
export function formatCompact(n: number): string {
  return Math.abs(n) < 10_000 ? whole.format(n) : compact.format(n);
}

/**
 * The labels of one numeric axis: compact ("15k", "1.5m") when its largest
 * tick reaches 10,000, whole numbers with separators below that; never the
 * two mixed on one axis ("5,000" under "10k").
 */
export function axisNumberFormat(maxTick: number): (n: number) => string {
  return maxTick >= 10_000 ? (n) => compact.format(n) : formatNumber;
}

/** A tone score in [-1, 1] with its sign: "+0.25", "−0.41". */
export function formatScore(n: number): string {
  return signed.format(n).replace("-", "−");
}

/** The fields of a claim that say how sure its figure is. */
export interface FigureLike {
  value: number;
  qualifier: "exact" | "approx" | "at_least" | "at_most" | "range";
  low: number | null;
  high: number | null;
}

/** A figure as the source put it: "≥ 76,550", "~300", "≤ 500", "10,000–12,000", "1,200". */
export function formatFigure(c: FigureLike): string {
  switch (c.qualifier) {
    case "approx":
      return `~${formatNumber(c.value)}`;
    case "at_least":
      return `≥ ${formatNumber(c.low ?? c.value)}`;
    case "at_most":
      return `≤ ${formatNumber(c.high ?? c.value)}`;
    case "range":
      return c.low !== null && c.high !== null ? `${formatNumber(c.low)}–${formatNumber(c.high)}` : `~${formatNumber(c.value)}`;
    default:
      return formatNumber(c.value);
  }
}

/** Words for a qualifier, for screen readers and tooltips. */
export const QUALIFIER_WORDS: Record<FigureLike["qualifier"], string> = {
  exact: "exactly",
  approx: "about",
  at_least: "at least",
  at_most: "at most",
  range: "between",
};

const dayFmt = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFmt = new Intl.DateTimeFormat(LOCALE, { month: "short", year: "numeric", timeZone: "UTC" });
const monthOnlyFmt = new Intl.DateTimeFormat(LOCALE, { month: "short", timeZone: "UTC" });
const stampFmt = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

function toDate(d: string | number | Date): Date {
  if (d instanceof Date) return d;
  if (typeof d === "number") return new Date(d);
  // "2025" and "2025-09" are partial dates (claims.md): read them as their first day.
  if (/^\d{4}$/.test(d)) return new Date(`${d}-01-01T00:00:00Z`);
  if (/^\d{4}-\d{2}$/.test(d)) return new Date(`${d}-01T00:00:00Z`);
  return new Date(d.length === 10 ? `${d}T00:00:00Z` : d);
}

/**
 * A date as precise as it is known: "20 Jan 2025", "Jan 2025" or "2025".
 * `precision` overrides what the string's length implies.
 */
export function formatDate(d: string | number | Date | null | undefined, precision?: "day" | "month" | "year" | null): string {
  if (d === null || d === undefined || d === "") return "—";
  const date = toDate(d);
  if (Number.isNaN(date.getTime())) return String(d);
  const p = precision ?? (typeof d === "string" && d.length === 4 ? "year" : typeof d === "string" && d.length === 7 ? "month" : "day");
  if (p === "year") return String(date.getUTCFullYear());
  if (p === "month") return monthFmt.format(date);
  return dayFmt.format(date);
}

/**
 * A month tick of a time axis: "Jan 2025" on the first tick shown and on
 * every January, the month alone in between ("Feb", "Mar"). Never "Jan 25",
 * which reads as a day. `index` is the tick's place among those shown.
 */
export function formatTick(t: number, index = 0): string {
  const d = new Date(t);
  return index === 0 || d.getUTCMonth() === 0 ? monthFmt.format(d) : monthOnlyFmt.format(d);
}

/** A moment with its time, in UTC: "20 Jan 2025, 14:05 UTC". */
export function formatStamp(d: string | number | Date | null | undefined): string {
  if (d === null || d === undefined) return "—";
  const date = toDate(d);
  return Number.isNaN(date.getTime()) ? String(d) : stampFmt.format(date);
}

/** Milliseconds since the epoch of an ISO (or partial) date, or null. */
export function toTime(d: string | Date | null | undefined): number | null {
  if (d === null || d === undefined) return null;
  const t = toDate(d).getTime();
  return Number.isNaN(t) ? null : t;
}
