import { BUCKETS, SERIES_KEYS } from "@tally/db";
import { MetricSchema } from "@tally/core";
import { z } from "zod";
import { blank } from "./query.types";

/** GET /api/series: the claim filters plus these; `metric` is required (one chart is one metric). */
export const SeriesQuerySchema = z.object({
  metric: z.preprocess(blank, MetricSchema),
  by: z.preprocess(blank, z.enum(SERIES_KEYS).default("sourceParty")),
  bucket: z.preprocess(blank, z.enum(BUCKETS).default("month")),
});

/** GET /api/sentiment: tone over time by outlet or by source country. */
export const SentimentQuerySchema = z.object({
  by: z.preprocess(blank, z.enum(["outlet", "sourceParty"]).default("outlet")),
  bucket: z.preprocess(blank, z.enum(BUCKETS).default("month")),
});
