import { once } from "node:events";
import { stringify } from "csv-stringify";
import { ClaimFiltersSchema } from "@tally/core";
import { iterateClaims, type ClaimView } from "@tally/db";
import { EXIT, UsageError, line, type CliIo } from "./io.js";
import { describeError } from "./errors.js";
import { openServices } from "./services.js";

/** The columns of GET /api/claims?format=csv, in the same order, so one spreadsheet template fits both. */
const CSV_COLUMNS = [
  "id", "metric", "party", "item", "value", "qualifier", "low", "high", "attributedTo", "sourceParty", "asOf",
  "sentence", "start", "end", "sentiment", "isEcho", "articleId", "articleUrl", "outlet", "publishedAt",
] as const;

/** A claim as the API answers it (claims.md's fields plus where it came from). */
function apiClaim(c: ClaimView) {
  const { asOfPrecision: _p, articleTitle: _t, ...rest } = c;
  return rest;
}

/** Writes and waits when the stream is full, so a million claims never sit in memory. */
async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** `tally export [--format csv|json] [filters]`: every matching claim to standard output. */
export async function runExport(opts: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const parsed = ClaimFiltersSchema.safeParse({
    metric: opts.metric,
    party: opts.party,
    item: opts.item,
    sourceParty: opts.sourceParty,
    outlet: opts.outlet,
    from: opts.from,
    to: opts.to,
    excludeEchoes: opts.excludeEchoes === true ? true : undefined,
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const key = String(i.path[0] ?? "filter");
    const given = opts[key];
    const flag = `--${key.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}`;
    throw new UsageError(`export: ${flag}: ${i.message}${typeof given === "string" ? ` (got "${given}")` : ""}`);
  }
  const services = await openServices({ queue: false });
  try {
    if (opts.format === "json") {
      // A JSON array streamed one claim at a time.
      let first = true;
      await write(io.stdout, "[");
      for await (const c of iterateClaims(services.db, parsed.data)) {
        await write(io.stdout, `${first ? "\n" : ",\n"}${JSON.stringify(apiClaim(c))}`);
        first = false;
      }
      await write(io.stdout, first ? "]\n" : "\n]\n");
    } else {
      const csv = stringify({ header: true, columns: [...CSV_COLUMNS] });
      // pipe() honours standard output's backpressure; end:false leaves stdout open for the exit flush.
      csv.pipe(io.stdout, { end: false });
      const ended = once(csv, "end");
      for await (const c of iterateClaims(services.db, parsed.data)) {
        const row = { ...c, sentiment: c.sentiment?.score ?? null, isEcho: c.isEcho ? "true" : "false" };
        if (!csv.write(row)) await once(csv, "drain");
      }
      csv.end();
      await ended;
    }
    return EXIT.ok;
  } catch (e) {
    line(io.stderr, `tally export: ${describeError(e, services.env.DATABASE_URL)}`);
    return EXIT.failed;
  } finally {
    await services.close();
  }
}
