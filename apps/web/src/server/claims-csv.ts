import { Readable, pipeline } from "node:stream";
import type { ClaimFilters } from "@tally/core";
import { listClaims, type ClaimView, type Db } from "@tally/db";
import { stringify } from "csv-stringify";
import { CSV_COLUMNS, type ClaimsQuery } from "./claims.types";
import { log } from "./log";

function row(c: ClaimView): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return { ...c, sentiment: c.sentiment?.score ?? null, isEcho: c.isEcho ? "true" : "false" };
}

/**
 * Claims as CSV with a header row. With `limit`, one page (what a screen
 * shows); without, every matching claim, read 500 at a time by cursor and
 * streamed, so an export of a million rows holds one page in memory.
 *
 * The first page is read before answering, so that a database outage is a
 * 503 rather than a 200 with a truncated body.
 */
export async function claimsCsvResponse(db: Db, filters: ClaimFilters, q: ClaimsQuery): Promise<Response> {
  const pageSize = q.limit ?? 500;
  const first = await listClaims(db, filters, { limit: pageSize, cursor: q.cursor });
  async function* rows() {
    yield* first.items.map(row);
    if (q.limit !== undefined) return;
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await listClaims(db, filters, { limit: pageSize, cursor });
      yield* page.items.map(row);
      cursor = page.nextCursor;
    }
  }
  const csv = stringify({
    header: true,
    columns: [...CSV_COLUMNS],
    cast: { boolean: (v) => (v ? "true" : "false") },
  });
  pipeline(Readable.from(rows()), csv, (err) => {
    if (err && err.name !== "AbortError" && (err as { code?: string }).code !== "ERR_STREAM_PREMATURE_CLOSE") {
      log("error", { where: "claims csv", message: err.message });
    }
  });
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="claims.csv"',
      "cache-control": "no-store",
    },
  });
}
