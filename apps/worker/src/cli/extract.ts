import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { ExtractResultSchema, type ExtractResult } from "@tally/core";
import { extractPage } from "@tally/core/extract";
import { loadEnv } from "../env.js";
import { createFetcher, type Fetcher } from "../fetch/index.js";
import { EXIT, UsageError, line, type CliIo } from "./io.js";

type Failure = { code: string; message: string };
type Outcome = { ok: true; value: ExtractResult } | { ok: false; error: Failure };

/** A page to extract: its bytes and what kind of text it is. */
interface Loaded {
  body: Uint8Array;
  contentType: string;
  kind: "html" | "text";
  url: string | null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A local file: .html/.htm is a page, .txt is plain text; anything else is sniffed. */
async function loadFile(path: string, url: string | null): Promise<Loaded | Failure> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? { code: "not_found", message: "no such file" }
      : code === "EISDIR"
        ? { code: "invalid_input", message: "is a directory" }
        : { code: "invalid_input", message: (e as Error).message };
  }
  const ext = extname(path).toLowerCase();
  const kind =
    ext === ".html" || ext === ".htm"
      ? "html"
      : ext === ".txt"
        ? "text"
        : /^\s*</.test(Buffer.from(bytes.subarray(0, 512)).toString("latin1"))
          ? "html"
          : "text";
  return { body: bytes, contentType: kind === "html" ? "text/html" : "text/plain", kind, url };
}

/**
 * One fetcher for the whole command, made on the first URL: its robots.txt
 * cache and per-host spacing then hold across inputs, as in the worker.
 */
let fetcher: Fetcher | undefined;

/** A URL: one GET through the worker's fetcher (same limits, robots.txt and address rules). */
async function loadUrl(url: string): Promise<Loaded | Failure> {
  if (!fetcher) {
    const env = loadEnv();
    fetcher = createFetcher({ timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, allowPrivate: env.TALLY_FETCH_ALLOW_PRIVATE });
  }
  const r = await fetcher.fetchPage(url);
  if (!r.ok) return { code: r.reason, message: r.message };
  const p = r.value;
  return { body: p.body, contentType: p.contentType, kind: /^text\/plain/i.test(p.contentType) ? "text" : "html", url: p.url };
}

async function extractOne(input: string, opts: { url?: string; published?: string; withText?: boolean }): Promise<Outcome> {
  const loaded = isUrl(input) ? await loadUrl(input) : await loadFile(input, opts.url ?? null);
  if ("code" in loaded) return { ok: false, error: loaded };
  const r = extractPage({
    body: loaded.body,
    contentType: loaded.contentType,
    kind: loaded.kind,
    url: loaded.url ?? undefined,
    published: opts.published,
  });
  if (!r.ok) return { ok: false, error: { code: r.reason, message: r.message } };
  const { article, sentiment, claims, text } = r.value;
  const out: ExtractResult = {
    article: opts.withText ? { ...article, text } : article,
    sentiment,
    claims,
  };
  // The contract of claims.md, checked on the way out: a bug shows as an error, not bad JSON.
  return { ok: true, value: ExtractResultSchema.parse(out) };
}

/** `tally extract`: JSON for one input, JSON Lines for several; exit 1 if any failed. */
export async function runExtract(
  inputs: string[],
  opts: { url?: string; published?: string; withText?: boolean },
  io: CliIo,
): Promise<number> {
  if (opts.published !== undefined && !isCalendarDay(opts.published)) {
    throw new UsageError(`--published: expected a date YYYY-MM-DD, got "${opts.published}"`);
  }
  if (opts.url !== undefined && !isUrl(opts.url)) throw new UsageError(`--url: expected an http(s) URL, got "${opts.url}"`);

  let failed = false;
  try {
    for (const input of inputs) {
      let outcome: Outcome;
      try {
        outcome = await extractOne(input, opts);
      } catch (e) {
        outcome = { ok: false, error: { code: "internal", message: e instanceof Error ? e.message : String(e) } };
      }
      if (outcome.ok) {
        io.stdout.write(inputs.length === 1 ? `${JSON.stringify(outcome.value, null, 2)}\n` : `${JSON.stringify(outcome.value)}\n`);
      } else {
        failed = true;
        if (inputs.length > 1) io.stdout.write(`${JSON.stringify({ input, error: outcome.error })}\n`);
        line(io.stderr, `tally extract: ${input}: ${outcome.error.code}: ${outcome.error.message}`);
      }
    }
  } finally {
    await fetcher?.close();
    fetcher = undefined;
  }
  return failed ? EXIT.failed : EXIT.ok;
}

function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
