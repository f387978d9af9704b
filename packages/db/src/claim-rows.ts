import type { Claim } from "@tally/core";
import { dateToPartialDate, partialDateToDate } from "./dates.js";
import type { Prisma, Claim as ClaimRow } from "./generated/prisma/client.js";

/** The columns of one claim row, from core's Claim (ordinal: its place in the article). */
export function claimToRow(claim: Claim, articleId: string, ordinal: number, isEcho: boolean): Prisma.ClaimCreateManyInput {
  const asOf = claim.asOf === null ? null : partialDateToDate(claim.asOf);
  return {
    articleId,
    ordinal,
    metric: claim.metric,
    party: claim.party,
    item: claim.item,
    value: claim.value,
    qualifier: claim.qualifier,
    low: claim.low,
    high: claim.high,
    attributedTo: claim.attributedTo,
    sourceParty: claim.sourceParty,
    asOf: asOf?.date ?? null,
    asOfPrecision: asOf?.precision ?? null,
    sentence: claim.sentence,
    start: claim.start,
    end: claim.end,
    sentimentScore: claim.sentiment?.score ?? null,
    sentimentLabel: claim.sentiment?.label ?? null,
    isEcho,
  };
}

/** Core's Claim from a claim row; `sentiment` only when the row has one. */
export function rowToClaim(row: ClaimRow): Claim {
  const claim: Claim = {
    metric: row.metric,
    party: row.party,
    item: row.item,
    value: row.value,
    qualifier: row.qualifier,
    low: row.low,
    high: row.high,
    attributedTo: row.attributedTo,
    sourceParty: row.sourceParty,
    asOf: row.asOf && row.asOfPrecision ? dateToPartialDate(row.asOf, row.asOfPrecision) : null,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
  };
  if (row.sentimentScore !== null && row.sentimentLabel !== null) {
    claim.sentiment = { score: row.sentimentScore, label: row.sentimentLabel };
  }
  return claim;
}
