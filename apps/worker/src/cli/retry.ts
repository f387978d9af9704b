import { canonicalUrl } from "@tally/core";
import { resetFailedForRetry, getArticleStatusByUrls } from "@tally/db";
import { EXIT, UsageError, line, type CliIo } from "./io.js";
import { describeError } from "./errors.js";
import { openServices } from "./services.js";
import { assertRedisUp } from "./redis-check.js";

/**
 * `tally retry [--failed | URL…]`: failed articles back to queued and their
 * jobs queued again. The previous failed job (kept for inspection under the
 * same id) is removed first, else BullMQ would ignore the add.
 */
export async function runRetry(urls: string[], opts: { failed?: boolean }, io: CliIo): Promise<number> {
  if (opts.failed && urls.length > 0) throw new UsageError("retry: give --failed or URLs, not both");
  if (!opts.failed && urls.length === 0) throw new UsageError("retry: give --failed or the URLs to retry");

  let exit: number = EXIT.ok;
  const canon: string[] = [];
  for (const u of urls) {
    const c = canonicalUrl(u);
    if (c.ok) canon.push(c.value);
    else {
      line(io.stderr, `tally retry: ${u}: ${c.reason}: ${c.message}`);
      exit = EXIT.failed;
    }
  }

  const services = await openServices({ queue: true });
  try {
    await assertRedisUp(services);
    const reset = await resetFailedForRetry(services.db, opts.failed ? "all" : { urls: canon });
    for (const a of reset) {
      await services.producer!.requeue("ingest-article", { articleId: a.id, url: a.url });
      io.stdout.write(`${"queued".padEnd(14)}${a.url}\n`);
    }
    if (!opts.failed) {
      // Name each URL that was not retried and why: unknown, or not failed.
      const retried = new Set(reset.map((a) => a.url));
      const known = new Map((await getArticleStatusByUrls(services.db, canon)).map((a) => [a.url, a.status]));
      for (const u of canon.filter((c) => !retried.has(c))) {
        const status = known.get(u);
        line(io.stderr, `tally retry: ${u}: ${status ? `not failed (${status})` : "unknown URL"}`);
        exit = EXIT.failed;
      }
    } else if (reset.length === 0) {
      io.stdout.write("no failed articles\n");
    }
    return exit;
  } catch (e) {
    line(io.stderr, `tally retry: ${describeError(e, services.env.DATABASE_URL)}`);
    return EXIT.failed;
  } finally {
    await services.close();
  }
}
