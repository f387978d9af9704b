import { canonicalUrl } from "@tally/core";
import { addUrls, getArticleStatusByUrls, MAX_URLS_PER_CALL, type AcceptedUrl } from "@tally/db";
import { EXIT, UsageError, line, type CliIo } from "./io.js";
import { readAll, readUrlFile, urlLines } from "./input.js";
import { ProgressBar } from "./progress.js";
import { describeError } from "./errors.js";
import { openServices, type Services } from "./services.js";
import { assertRedisUp } from "./redis-check.js";

const FINAL = new Set(["done", "failed"]);

/** Pads a status word so the URLs line up. */
const word = (w: string) => w.padEnd(14);

/**
 * `tally add URL… [--file LIST] [-] [--wait]`: one line per URL (queued,
 * already known with its status, or rejected with the reason), through the
 * same addUrls as POST /api/articles. Exit 1 if any URL was rejected or, with
 * --wait, failed.
 */
export async function runAdd(args: string[], opts: { file?: string; wait?: boolean }, io: CliIo): Promise<number> {
  const urls = args.filter((a) => a !== "-");
  let failed = false;
  if (opts.file !== undefined) {
    const list = await readUrlFile(opts.file);
    if (!list.ok) {
      line(io.stderr, `tally add: ${opts.file}: ${list.message}`);
      return EXIT.failed;
    }
    urls.push(...list.urls);
  }
  if (args.includes("-")) {
    // On a terminal, say why nothing happens: the command waits for the list.
    if (io.stdin.isTTY) line(io.stderr, "tally add: reading URLs from standard input, one a line; end with Ctrl-D");
    urls.push(...urlLines(await readAll(io.stdin)));
  }
  if (urls.length === 0) throw new UsageError("add: no URLs given (arguments, --file LIST, or - for standard input)");

  const services = await openServices({ queue: true });
  try {
    await assertRedisUp(services);
    const producer = services.producer!;
    const bar = io.stderr.isTTY && urls.length > 20 ? new ProgressBar(io.stderr) : null;
    const accepted: AcceptedUrl[] = [];
    let rejectedCount = 0;
    for (let i = 0; i < urls.length; i += MAX_URLS_PER_CALL) {
      const chunk = urls.slice(i, i + MAX_URLS_PER_CALL);
      const result = await addUrls(
        { db: services.db, enqueue: (a) => producer.enqueue("ingest-article", { articleId: a.id, url: a.url }) },
        chunk,
      );
      bar?.clear();
      // Both lists are in input order; a URL's validity says which one holds its answer.
      let ai = 0;
      let ri = 0;
      for (const url of chunk) {
        if (canonicalUrl(url).ok) {
          const a = result.accepted[ai++]!;
          accepted.push(a);
          io.stdout.write(a.queued ? `${word("queued")}${a.url}\n` : `${word("already known")}${a.url} (${a.status})\n`);
        } else {
          const r = result.rejected[ri++]!;
          rejectedCount++;
          failed = true;
          io.stdout.write(`${word("rejected")}${r.url}: ${r.error.message}\n`);
          if (!io.stdout.isTTY) line(io.stderr, `tally add: ${r.url}: ${r.error.code}: ${r.error.message}`);
        }
      }
      bar?.update(Math.min(i + MAX_URLS_PER_CALL, urls.length), urls.length, "added");
    }
    bar?.clear();

    if (opts.wait && accepted.length > 0) {
      const outcome = await waitUntilFinal(services, accepted, io);
      if (outcome.failed > 0) failed = true;
      io.stdout.write(`${outcome.done} done, ${outcome.failed} failed, ${rejectedCount} rejected\n`);
    }
    return failed ? EXIT.failed : EXIT.ok;
  } catch (e) {
    line(io.stderr, `tally add: ${describeError(e, services.env.DATABASE_URL)}`);
    return EXIT.failed;
  } finally {
    await services.close();
  }
}

/** How often --wait looks at the database; a second is fine for a person watching. */
const POLL_MS = 500;

/**
 * Polls the articles until every one is done or failed. On a terminal a bar
 * on standard error; otherwise one plain line per article as it finishes.
 */
async function waitUntilFinal(services: Services, accepted: AcceptedUrl[], io: CliIo): Promise<{ done: number; failed: number }> {
  const canon = [...new Set(accepted.map((a) => a.canonicalUrl))];
  const given = new Map(accepted.map((a) => [a.canonicalUrl, a.url]));
  const reported = new Set<string>();
  const bar = io.stderr.isTTY ? new ProgressBar(io.stderr) : null;
  let done = 0;
  let failedCount = 0;
  let lastChange = Date.now();
  let hinted = false;
  for (;;) {
    const rows = await getArticleStatusByUrls(services.db, canon);
    for (const r of rows) {
      if (!FINAL.has(r.status) || reported.has(r.url)) continue;
      reported.add(r.url);
      lastChange = Date.now();
      if (r.status === "done") done++;
      else failedCount++;
      if (!bar) {
        const url = given.get(r.url) ?? r.url;
        io.stdout.write(r.status === "done" ? `${word("done")}${url}\n` : `${word("failed")}${url}: ${r.failureCode}: ${r.failureMessage}\n`);
      }
    }
    bar?.update(reported.size, canon.length, `final (${done} done, ${failedCount} failed)`);
    if (reported.size >= canon.length) break;
    if (!hinted && Date.now() - lastChange > 30_000) {
      hinted = true;
      bar?.clear();
      line(io.stderr, "tally add: no article has finished for 30 s; is a worker running (npm start, or npm start -w @tally/worker)?");
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  bar?.clear();
  return { done, failed: failedCount };
}
