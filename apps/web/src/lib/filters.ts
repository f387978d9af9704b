import { ClaimFiltersSchema, type ClaimFilters } from "@tally/core";

/** A page's search params as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The filter fields a URL may carry, in the order forms and links write them. */
export const FILTER_KEYS = ["metric", "party", "item", "sourceParty", "outlet", "from", "to"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The first value of each parameter, empty ones left out: what the form shows back. */
export function firstValues(sp: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (s !== undefined && s.trim() !== "") out[k] = s.trim();
  }
  return out;
}

export interface ParsedFilters {
  filters: ClaimFilters;
  /** The URL's filter values as given (for the form and for links). */
  raw: Partial<Record<FilterKey, string>>;
  /** One line per value that was ignored, naming the field and what it should be. */
  problems: string[];
}

/**
 * Reads the claim filters of a page's URL. A bad value never breaks the page:
 * it is left out, and the page says which one and why.
 */
export function parseFilters(sp: SearchParams): ParsedFilters {
  const all = firstValues(sp);
  const raw: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) if (all[k] !== undefined) raw[k] = all[k];
  const input: Record<string, string> = { ...raw };
  const problems: string[] = [];
  // Each failing field is dropped and the rest parsed again; at most one round per field.
  for (let i = 0; i <= FILTER_KEYS.length; i++) {
    const r = ClaimFiltersSchema.safeParse(input);
    if (r.success) return { filters: r.data, raw, problems };
    const bad = new Set<string>();
    for (const issue of r.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (field && !bad.has(field)) {
        bad.add(field);
        problems.push(`${field}: ${issue.message} (got "${input[field] ?? ""}")`);
      }
    }
    if (bad.size === 0) break;
    for (const f of bad) delete input[f];
  }
  return { filters: {}, raw, problems };
}

/** A query string ("?a=1&b=2", or "" when empty) from values, empty ones left out. */
export function toQuery(values: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v !== null && v !== undefined && String(v) !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * The values a filter form shows: as the URL gave them, except dates, which
 * a date input can only hold whole ("2025" in the URL shows as 2025-01-01 in
 * From and 2025-12-31 in To), so that applying the form keeps the filter.
 */
export function formValues(raw: ParsedFilters["raw"], filters: ClaimFilters): ParsedFilters["raw"] {
  const out = { ...raw };
  if (filters.from) out.from = filters.from;
  if (filters.to) out.to = filters.to;
  return out;
}
