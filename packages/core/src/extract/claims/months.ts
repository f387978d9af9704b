/**
 * The names of the months, as patterns to build others from, and the month a name means. One place for every reader
 * of dates (dates.ts) and every filter of figures that are parts of dates (notclaims.ts, klass.ts, attribution.ts).
 */

/** A month's name, in full or short, with its dot ("Sept.", "Jun", "August"), capitalised: add the "i" flag for any case. */
export const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

/** A month's full name ("March", not "Mar."): the short names are also words ("Mar", "May"). */
export const MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/** The day a relayed post's header writes before its time, as written: "6 Aug 2025", "7 Aug". */
export interface PostedDay {
  day: number;
  /** The month's name or its abbreviation ("Aug", "August"). */
  month: string;
  year: number | null;
}

/** A month's number by the first three letters of its name, in lower case. */
export const MONTH_INDEX: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const MONTH_ALONE = new RegExp(`^${MONTH}$`, "i");

/** The month a label names alone ("May", "Sept.", "January"), as two digits, or null. */
export function monthNumberOf(label: string): string | null {
  return MONTH_ALONE.test(label) ? String(MONTH_INDEX[label.slice(0, 3).toLowerCase()]!).padStart(2, "0") : null;
}
