import { ItemSchema, MetricSchema, PartySchema } from "@tally/core";
import { z } from "zod";
import { blank } from "./query.types";

/** GET /api/disagreements: one metric and one party are required. */
export const DisagreementsQuerySchema = z.object({
  metric: z.preprocess(blank, MetricSchema),
  party: z.preprocess((v) => (typeof v === "string" ? blank(v.trim().toUpperCase()) : v), PartySchema),
  item: z.preprocess(blank, ItemSchema.optional()),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(120).optional()),
});
