import { z } from "zod";

/**
 * The job contract: every queue, every job, its payload schema and its default
 * options, in one place. The web app's enqueue and the worker's registry both
 * derive from `JOBS`; payloads are parsed on enqueue and again on consume.
 */
export const QUEUES = {
  /** One job per article URL: fetch → extract → store. */
  ingest: "tally-ingest",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const IngestArticlePayloadSchema = z.object({
  /** The Article row the job fills in; it exists before the job is queued. */
  articleId: z.string().min(1),
  /** The canonical URL (see canonicalUrl in the ingestion code). */
  url: z.string().url(),
  /**
   * The page itself, for seeding a demo corpus where no network reaches the
   * publishers: the worker then skips fetching and extracts this body. Web
   * and `tally add` never set it; everything after the fetch is the same path.
   */
  page: z
    .object({
      body: z.string(),
      contentType: z.string().min(1),
      /** Publication date known from elsewhere (a corpus manifest), YYYY-MM-DD. */
      published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    })
    .optional(),
});
export type IngestArticlePayload = z.infer<typeof IngestArticlePayloadSchema>;

/** Options in BullMQ's shape, kept free of a BullMQ import so core stays pure. */
export interface JobDefaults {
  attempts: number;
  /**
   * "retry-after" is the worker's own strategy: exponential from `delay`, but
   * never sooner than a server's Retry-After. It is computed by the worker when
   * a job fails, so producers need nothing to use it.
   */
  backoff: { type: "exponential" | "fixed" | "retry-after"; delay: number };
  removeOnComplete: { age: number; count: number };
  removeOnFail: { age: number; count: number };
}

export const JOBS = {
  "ingest-article": {
    queue: QUEUES.ingest,
    payload: IngestArticlePayloadSchema,
    defaults: {
      // 5 tries over ~1 minute (2 s, 4 s, 8 s, 16 s): long enough to ride out a
      // Redis or PostgreSQL restart or a publisher's brief 503, short enough that
      // a dead page is reported failed while the user is still looking.
      attempts: 5,
      backoff: { type: "retry-after", delay: 2_000 },
      // Completed jobs are only bookkeeping (the Article row is the record);
      // keep a day of them for `tally status`, failed ones a week for inspection.
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
    },
  },
} as const satisfies Record<string, { queue: QueueName; payload: z.ZodType; defaults: JobDefaults }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]["payload"]>;

/** Parses a payload for a job, throwing a ZodError naming the bad field. */
export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return JOBS[name].payload.parse(data) as JobPayload<N>;
}

/**
 * The job id of an article: derived from its row id, which is unique per
 * canonical URL, so a URL dropped twice is one job. BullMQ forbids ":" in ids.
 */
export function ingestJobId(articleId: string): string {
  return `article-${articleId}`;
}
