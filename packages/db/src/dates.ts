import { datePrecision, type DatePrecision, type PartialDate } from "@tally/core";

/**
 * A partial date as a DATE column holds it: the first day of its period
 * ("2025-09" → 2025-09-01), at UTC midnight so Prisma writes the same day.
 */
export function partialDateToDate(d: PartialDate): { date: Date; precision: DatePrecision } {
  const [y, m, day] = d.split("-").map(Number);
  return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, day ?? 1)), precision: datePrecision(d) };
}

/** The partial date a DATE column and its precision stand for. */
export function dateToPartialDate(date: Date, precision: DatePrecision): PartialDate {
  const iso = date.toISOString();
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
}
