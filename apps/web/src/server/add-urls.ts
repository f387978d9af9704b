import { canonicalUrl, type ReasonCode } from "@tally/core";
import { upsertQueuedArticles, type Db } from "@tally/db";
import { enqueueIngest } from "./queue";

/** One URL POST /api/articles took: its article and that article's current status. */
export interface AcceptedUrl {
  url: string;
  id: string;
  status: string;
}

/** One URL it refused, and why. */
export interface RejectedUrl {
  url: string;
  error: { code: ReasonCode; message: string };
}

/**
 * Validates and canonicalises each URL, makes sure each has an article row,
 * and queues an ingest job for each article this call created. A URL already
 * known is accepted with its current status and not queued twice.
 *
 * Rows are written before jobs: if Redis is down the call fails with 503
 * and the rows stay `queued` for the worker's reconciler to pick up.
 */
export async function addUrls(db: Db, inputs: readonly string[]): Promise<{ accepted: AcceptedUrl[]; rejected: RejectedUrl[] }> {
  const rejected: RejectedUrl[] = [];
  const valid: { url: string; inputUrl: string }[] = [];
  for (const input of inputs) {
    const given = input.trim();
    const c = canonicalUrl(given);
    if (c.ok) valid.push({ url: c.value, inputUrl: given });
    else rejected.push({ url: input, error: { code: c.reason, message: c.message } });
  }
  const rows = await upsertQueuedArticles(db, valid);
  await enqueueIngest(rows.filter((r) => r.created).map((r) => ({ articleId: r.id, url: r.url })));
  const accepted = rows.map((r, i) => ({ url: valid[i]?.inputUrl ?? r.url, id: r.id, status: r.status }));
  return { accepted, rejected };
}
