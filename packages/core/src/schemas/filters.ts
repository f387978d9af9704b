import { z } from "zod";
import { ItemSchema, MetricSchema, PartialDateSchema, PartySchema } from "./claim.js";

/**
 * Filters over claims, shared by the HTTP API, the dashboard's pages and the
 * CLI's export. Input is what a URL query carries (strings, possibly empty);
 * output is normalised: parties upper-case, dates as whole days.
 */

/** A form's empty field ("?party=") means "no filter", not "party equals ''". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

/** Last day of a month, as "DD". */
function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}

/** "2025" → "2025-01-01", "2025-03" → "2025-03-01": the first day a partial date covers. */
export function firstDayOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** "2025" → "2025-12-31", "2025-02" → "2025-02-28": the last day a partial date covers. */
export function lastDayOf(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-${lastDay(Number(d.slice(0, 4)), Number(d.slice(5, 7)))}`;
  return d;
}

/** Does this partial date exist? Zod runs refinements even after the format check failed, so anything may arrive. */
function existsInCalendar(d: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return false;
  // Year 0 and earlier trip PostgreSQL's date range; reporting starts long after 1000.
  if (Number(d.slice(0, 4)) < 1000) return false;
  const t = new Date(`${firstDayOf(d)}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === firstDayOf(d);
}

/** A partial date that exists in the calendar ("2025-02-30" does not). */
const CalendarDateSchema = PartialDateSchema.refine(existsInCalendar, "a date that exists in the calendar");

/** "true"/"false"/"1"/"0" from a query string; z.coerce.boolean would read "false" as true. */
export const QueryBooleanSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.union([z.boolean(), z.enum(["true", "1", "yes"]).transform(() => true), z.enum(["false", "0", "no"]).transform(() => false)]),
);

export const ClaimFiltersSchema = z
  .object({
    metric: optional(MetricSchema),
    party: z.preprocess(blankToUndefined, z.preprocess(upper, PartySchema).optional()),
    item: optional(ItemSchema),
    sourceParty: z.preprocess(blankToUndefined, z.preprocess(upper, PartySchema).optional()),
    outlet: optional(z.string().trim().min(1).max(200)),
    /** Inclusive; a year or month means its first day. */
    from: optional(CalendarDateSchema.transform(firstDayOf)),
    /** Inclusive; a year or month means its last day. */
    to: optional(CalendarDateSchema.transform(lastDayOf)),
    /** Leave out claims of near-duplicate articles (counted once, at the original). */
    excludeEchoes: optional(QueryBooleanSchema),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from is after to", path: ["from"] });
export type ClaimFilters = z.output<typeof ClaimFiltersSchema>;
/** The filters as a URL query or form carries them. */
export type ClaimFiltersInput = z.input<typeof ClaimFiltersSchema>;
