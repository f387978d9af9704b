import { z } from "zod";
import { SentimentSchema } from "./sentiment.js";

/**
 * The claim vocabulary of shared/spec/claims.md. It is written down once, here;
 * the database's CHECK constraints, the API's query parsing and the dashboard's
 * filters all derive from these arrays.
 */
export const METRICS = [
  "troops_deployed",
  "killed",
  "wounded",
  "casualties",
  "captured",
  "missing",
  "equipment_lost",
  "territory_km2",
  "settlements",
  "civilians_killed",
  "civilians_wounded",
  "buildings_damaged",
] as const;
export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

/** Items of `equipment_lost`. */
export const ITEMS = [
  "tanks",
  "ifv",
  "apc",
  "afv",
  "vehicles",
  "artillery",
  "mlrs",
  "air_defense",
  "radars",
  "ew",
  "aircraft",
  "helicopters",
  "drones",
  "ships",
  "engineering",
  "other",
] as const;
export const ItemSchema = z.enum(ITEMS);
export type Item = z.infer<typeof ItemSchema>;

export const QUALIFIERS = ["exact", "approx", "at_least", "at_most", "range"] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Personnel metrics: what the dashboard's losses chart draws. */
export const PERSONNEL_METRICS = ["killed", "wounded", "casualties", "captured", "missing"] as const satisfies readonly Metric[];

/** ISO 3166 alpha-2, upper case ("KP", "UA"). */
export const PartySchema = z.string().regex(/^[A-Z]{2}$/, "a two-letter ISO 3166 country code");
export type Party = z.infer<typeof PartySchema>;

/** "2025", "2025-09" or "2025-09-15": a date as precise as the text allows. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** How precise an `asOf` is; stored beside the date in the database. */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One reported figure, as the extractor emits it (claims.md). */
export const ClaimSchema = z
  .object({
    metric: MetricSchema,
    party: PartySchema.nullable(),
    item: ItemSchema.nullable(),
    value: z.number().finite().nonnegative(),
    qualifier: QualifierSchema,
    low: z.number().finite().nonnegative().nullable(),
    high: z.number().finite().nonnegative().nullable(),
    attributedTo: z.string().min(1).nullable(),
    sourceParty: PartySchema.nullable(),
    asOf: PartialDateSchema.nullable(),
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Tone of the claim's sentence (an addition to claims.md's fields). */
    sentiment: SentimentSchema.optional(),
  })
  .refine((c) => (c.metric === "equipment_lost") === (c.item !== null), {
    message: "item is set for equipment_lost and only for it",
    path: ["item"],
  })
  .refine((c) => c.end >= c.start, { message: "end precedes start", path: ["end"] });
export type Claim = z.infer<typeof ClaimSchema>;

/** Precision of a partial date string. */
export function datePrecision(d: PartialDate): DatePrecision {
  return d.length === 4 ? "year" : d.length === 7 ? "month" : "day";
}
