import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, DATE_PRECISIONS, ITEMS, METRICS, QUALIFIERS, SENTIMENT_LABELS } from "@tally/core";
import * as enums from "./generated/prisma/enums.js";

// schema.prisma spells the vocabulary a second time (Prisma cannot import it);
// this keeps the two spellings equal, in order.
describe("Prisma enums mirror core's vocabulary", () => {
  it.each([
    ["Metric", enums.Metric, METRICS],
    ["Item", enums.Item, ITEMS],
    ["Qualifier", enums.Qualifier, QUALIFIERS],
    ["ArticleStatus", enums.ArticleStatus, ARTICLE_STATUSES],
    ["SentimentLabel", enums.SentimentLabel, SENTIMENT_LABELS],
    ["DatePrecision", enums.DatePrecision, DATE_PRECISIONS],
  ] as const)("%s", (_name, prismaEnum, coreValues) => {
    expect(Object.values(prismaEnum)).toEqual([...coreValues]);
  });
});
