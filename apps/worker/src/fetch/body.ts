import { pipeline, Transform, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/**
 * Reads a response body into memory, decompressing it ourselves so that the
 * size cap applies to what we would actually hold: a gzip bomb of a few KB
 * that inflates to gigabytes stops as soon as the inflated bytes pass the cap.
 * Streams are processed chunk by chunk with backpressure, so memory stays
 * near the cap whatever the server sends.
 */

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** What we send as Accept-Encoding: exactly the codings we can undo. */
export const ACCEPT_ENCODING = "gzip, deflate, br";

export type BodyOutcome =
  | { ok: true; bytes: Uint8Array; truncated: boolean }
  | { ok: false; problem: "too_large" | "bad_encoding"; message: string };

class TooLarge extends Error {}

/**
 * Stops a download we do not want (a PDF, an error page). undici's body
 * reports a destroy as an "aborted" error event, which nobody is listening
 * to any more; swallow that one so it does not become an uncaught exception.
 */
export function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/**
 * Reads `body`, undoing `contentEncoding`, keeping at most `maxBytes`.
 * With `onLimit: "truncate"` the first `maxBytes` bytes are kept (robots.txt);
 * with "fail" the read stops and reports `too_large`. Network errors (a reset,
 * an abort) are thrown for the caller to classify.
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
  onLimit: "fail" | "truncate" = "fail",
): Promise<BodyOutcome> {
  // Codings are listed in the order applied ("gzip, br" = gzip first), so undo them last-first.
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity")
    .reverse();
  const unknown = codings.find((c) => !(c in DECODERS));
  if (unknown !== undefined) {
    discard(body);
    return { ok: false, problem: "bad_encoding", message: `unsupported Content-Encoding "${unknown}"` };
  }
  if (codings.length > 2) {
    discard(body); // each layer multiplies a bomb's ratio; no real server stacks more than two
    return { ok: false, problem: "bad_encoding", message: `too many content codings (${contentEncoding})` };
  }

  // A failure in one stream of a pipeline is passed to all of them, so what
  // matters is which failed first: the network (thrown, for the caller to
  // classify) or a decoder (a corrupt body, which retrying will not mend).
  let firstFailure: { from: "network" | "decoder"; error: Error } | undefined;
  body.once("error", (error) => (firstFailure ??= { from: "network", error }));
  let source: Readable = body;
  let raw = 0; // bytes as they came over the wire, before decompression
  if (codings.length > 0) {
    // The compressed bytes count too: a stream of empty deflate blocks inflates
    // to nothing and would otherwise never meet the cap.
    const countRaw = new Transform({
      transform(chunk: Buffer, _enc, done) {
        raw += chunk.length;
        done(raw > maxBytes ? new TooLarge() : null, chunk);
      },
    });
    const decoders = codings.map((c) => {
      const d = DECODERS[c]!();
      d.once("error", (error) => (firstFailure ??= { from: "decoder", error }));
      return d;
    });
    // Errors also reach the last stream, so the loop below sees them.
    source = pipeline([body, countRaw, ...decoders], () => {}) as unknown as Readable;
  }

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (total + chunk.length > maxBytes) {
        if (onLimit === "truncate") {
          chunks.push(chunk.subarray(0, maxBytes - total));
          total = maxBytes;
          return { ok: true, bytes: concat(chunks, total), truncated: true };
        }
        return tooLarge(maxBytes);
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } catch (e) {
    if (e instanceof TooLarge) {
      return onLimit === "truncate" ? { ok: true, bytes: concat(chunks, total), truncated: true } : tooLarge(maxBytes);
    }
    if (firstFailure?.from === "decoder") {
      // An empty body labelled gzip (a 204-style answer, "Content-Length: 0")
      // is common and is not corrupt: there was nothing to decompress. Core
      // then says the page is empty, which is the truth.
      if (raw === 0) return { ok: true, bytes: new Uint8Array(0), truncated: false };
      const message = `could not decompress the page (${codings.join(", ")}): ${firstFailure.error.message}`;
      return { ok: false, problem: "bad_encoding", message };
    }
    throw firstFailure?.error ?? e;
  } finally {
    // Leaving early (cap, error) must also stop the download, not just our reading.
    if (!body.destroyed) discard(body);
    if (source !== body && !source.destroyed) source.destroy();
  }
  return { ok: true, bytes: concat(chunks, total), truncated: false };
}

function tooLarge(maxBytes: number): BodyOutcome {
  return { ok: false, problem: "too_large", message: `page larger than ${maxBytes} bytes` };
}

function concat(chunks: Buffer[], total: number): Uint8Array {
  const b = Buffer.concat(chunks, total);
  // A plain Uint8Array view: callers need bytes, not Buffer's extra API.
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
