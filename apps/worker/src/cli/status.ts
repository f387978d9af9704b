import { listFailed, statusCounts } from "@tally/db";
import { ARTICLE_STATUSES } from "@tally/core";
import { EXIT, line, type CliIo } from "./io.js";
import { describeError } from "./errors.js";
import { openServices } from "./services.js";

/** Most failures `status --failed` lists; the web's /queue page pages through all. */
const FAILED_LIMIT = 10_000;

/** `tally status [--failed]`: counts by status; with --failed, each failed URL and its reason. */
export async function runStatus(opts: { failed?: boolean }, io: CliIo): Promise<number> {
  const services = await openServices({ queue: false });
  try {
    const counts = await statusCounts(services.db);
    const total = ARTICLE_STATUSES.reduce((n, s) => n + counts[s], 0);
    for (const s of ARTICLE_STATUSES) io.stdout.write(`${s.padEnd(11)}${String(counts[s]).padStart(8)}\n`);
    io.stdout.write(`${"total".padEnd(11)}${String(total).padStart(8)}\n`);
    if (opts.failed) {
      const failed = await listFailed(services.db, { limit: FAILED_LIMIT });
      if (failed.length > 0) io.stdout.write("\n");
      for (const f of failed) io.stdout.write(`${f.url}\t${f.code ?? "internal"}: ${f.message ?? ""}\n`);
    }
    return EXIT.ok;
  } catch (e) {
    line(io.stderr, `tally status: ${describeError(e, services.env.DATABASE_URL)}`);
    return EXIT.failed;
  } finally {
    await services.close();
  }
}
