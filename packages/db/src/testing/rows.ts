import { labelOf, type Sentiment } from "@tally/core";

/** A claim as the hand-made fixtures write it: claims.md's fields, the date as given, an optional tone. */
export interface SeedClaim {
  metric: string;
  party: string | null;
  item?: string | null;
  value: number;
  qualifier: "exact" | "approx" | "at_least" | "at_most" | "range";
  low: number | null;
  high: number | null;
  attributedTo: string | null;
  sourceParty: string | null;
  asOf: Date | null;
  asOfPrecision: "day" | "month" | "year" | null;
  /** Must occur in the article's text: the offsets are found there. */
  sentence: string;
  tone?: number;
  isEcho?: boolean;
}

/** A score and its label as the article and claim rows store them (null when the fixture gives none). */
export function toneColumns(tone: number | undefined): { sentimentScore: number | null; sentimentLabel: Sentiment["label"] | null } {
  return tone === undefined ? { sentimentScore: null, sentimentLabel: null } : { sentimentScore: tone, sentimentLabel: labelOf(tone) };
}

/** The claim row Prisma creates for one fixture claim, its offsets found in `text`. */
export function claimRow(c: SeedClaim, text: string | null, ordinal: number, where: string) {
  const start = text?.indexOf(c.sentence) ?? -1;
  if (start < 0) throw new Error(`fixture: sentence not in ${where}: ${c.sentence}`);
  return {
    ordinal,
    metric: c.metric as never,
    party: c.party,
    item: (c.item ?? null) as never,
    value: c.value,
    qualifier: c.qualifier,
    low: c.low,
    high: c.high,
    attributedTo: c.attributedTo,
    sourceParty: c.sourceParty,
    asOf: c.asOf,
    asOfPrecision: c.asOfPrecision,
    sentence: c.sentence,
    start,
    end: start + c.sentence.length,
    ...toneColumns(c.tone),
    isEcho: c.isEcho ?? false,
  };
}
