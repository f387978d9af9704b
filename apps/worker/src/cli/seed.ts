import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { canonicalUrl } from "@tally/core";
import { decodePage } from "@tally/core/extract";
import { addUrls, countArticles, resetFailedForRetry } from "@tally/db";
import { EXIT, line, type CliIo } from "./io.js";
import { describeError } from "./errors.js";
import { openServices } from "./services.js";
import { assertRedisUp } from "./redis-check.js";

/** The repository's corpus/, from src/cli or dist/cli alike. */
const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../corpus");

const ManifestSchema = z.object({
  articles: z
    .array(
      z.object({
        file: z.string().min(1),
        url: z.string().url(),
        publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      }),
    )
    .min(1),
});

/**
 * `tally seed [--force] [--dir DIR]`: the demo corpus through the real
 * pipeline. There is no outside network here (nor, for a demo, any reason to
 * fetch), so each job carries its page inline (core's ingest payload `page`)
 * and the worker skips only the fetch: extraction, near-duplicates and the
 * store are the ones every URL goes through. Articles are created by the same
 * addUrls as `tally add`, so a seeded URL is never queued twice; an empty
 * database is the trigger (--force seeds whatever is missing anyway).
 */
export async function runSeed(opts: { force?: boolean; dir?: string }, io: CliIo): Promise<number> {
  const dir = path.resolve(opts.dir ?? DEFAULT_DIR);
  const manifestPath = path.join(dir, "manifest.json");
  let manifest: z.infer<typeof ManifestSchema>;
  try {
    manifest = ManifestSchema.parse(JSON.parse(await readFile(manifestPath, "utf8")));
  } catch (e) {
    line(io.stderr, `tally seed: ${manifestPath}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    return EXIT.failed;
  }

  // Read every page first: a missing file fails the seed before anything is queued.
  const pages = new Map<string, { body: string; contentType: string; published?: string }>();
  const urls: string[] = [];
  for (const a of manifest.articles) {
    const file = path.resolve(dir, a.file);
    let body: string;
    try {
      // Decoded by its <meta charset> (the corpus has a windows-1252 page), so
      // the string in the job is the text and "charset=utf-8" below is true.
      body = decodePage(await readFile(file));
    } catch (e) {
      line(io.stderr, `tally seed: ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
      return EXIT.failed;
    }
    const c = canonicalUrl(a.url);
    if (!c.ok) {
      line(io.stderr, `tally seed: ${a.url}: ${c.message}`);
      return EXIT.failed;
    }
    const contentType = /\.txt$/i.test(a.file) ? "text/plain; charset=utf-8" : "text/html; charset=utf-8";
    pages.set(c.value, { body, contentType, ...(a.publishedAt ? { published: a.publishedAt } : {}) });
    urls.push(a.url);
  }

  const services = await openServices({ queue: true });
  try {
    const existing = await countArticles(services.db);
    if (existing > 0 && !opts.force) {
      io.stdout.write(`the database already has ${existing} articles; not seeding (use --force to add the demo articles anyway)\n`);
      return EXIT.ok;
    }
    await assertRedisUp(services);
    const producer = services.producer!;
    const result = await addUrls(
      {
        db: services.db,
        enqueue: (a) => producer.enqueue("ingest-article", { articleId: a.id, url: a.url, page: pages.get(a.url) }),
      },
      urls,
    );
    const queued = result.accepted.filter((a) => a.queued).length;
    // --force also mends known demo articles that did not end done (their job
    // lost with Redis, or failed because a re-queue without the inline page
    // tried the network): back to queued, and their page sent again.
    let mended = 0;
    if (opts.force) {
      const unfinished = result.accepted.filter((a) => !a.queued && a.status !== "done");
      const failed = unfinished.filter((a) => a.status === "failed").map((a) => a.id);
      if (failed.length > 0) await resetFailedForRetry(services.db, { ids: failed });
      for (const a of unfinished) {
        await producer.requeue("ingest-article", { articleId: a.id, url: a.canonicalUrl, page: pages.get(a.canonicalUrl) });
        mended++;
      }
    }
    io.stdout.write(
      `seeded ${queued} demo articles from ${dir} (${result.accepted.length - queued} already known${mended ? `, ${mended} of them queued again` : ""}); the worker ingests them now\n`,
    );
    return EXIT.ok;
  } catch (e) {
    line(io.stderr, `tally seed: ${describeError(e, services.env.DATABASE_URL)}`);
    return EXIT.failed;
  } finally {
    await services.close();
  }
}
