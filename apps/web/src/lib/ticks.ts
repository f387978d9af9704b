/** Month steps a time axis may use, smallest first. */
const STEPS = [1, 2, 3, 6, 12, 24];

/**
 * Tick positions for a time axis between two instants: the first day of every
 * Nth month, N chosen so that there are at most `max` ticks. Calendar ticks
 * read better than evenly spaced instants ("Mar 25", not "17 Mar 25").
 */
export function monthTicks(min: number, max: number, max_ = 8): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const a = new Date(min);
  const b = new Date(max);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + 1;
  const step = STEPS.find((s) => months / s <= max_) ?? Math.ceil(months / max_);
  const ticks: number[] = [];
  // Start on a month divisible by the step so that ticks land on Jan, Apr, Jul… and not on odd months.
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth();
  m = Math.ceil(m / step) * step;
  for (;;) {
    y += Math.floor(m / 12);
    m %= 12;
    const t = Date.UTC(y, m, 1);
    if (t > max) break;
    if (t >= min) ticks.push(t);
    m += step;
  }
  return ticks;
}

/** An axis domain that pads [min, max] by a fraction of its span (half a month when it is one instant). */
export function paddedDomain(min: number, max: number, frac = 0.03): [number, number] {
  const span = max - min;
  const pad = span > 0 ? span * frac : 15 * 86_400_000;
  return [min - pad, max + pad];
}

/** An axis domain from the first day of min's month to the first day of the month after max's: whole months, ticks at both ends. */
export function monthDomain(min: number, max: number): [number, number] {
  const a = new Date(min);
  const b = new Date(max);
  return [Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), 1), Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1)];
}
