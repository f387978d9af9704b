import { randomUUID } from "node:crypto";
import { AppError, isAppError, type ReasonCode } from "@tally/core";
import { ZodError, type z } from "zod";
import { isDbUnavailable } from "./errors";
import { log } from "./log";

/**
 * The one wrapper every route handler goes through: it turns thrown errors
 * into `{ error: { code, message } }` bodies with the right status, and tags
 * every answer with a request id that also appears in the log.
 */

const STATUS: Partial<Record<ReasonCode, number>> = {
  invalid_input: 400,
  invalid_url: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  db_unavailable: 503,
  redis_unavailable: 503,
};

/** The error body of the API. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** `a.b: message; c: message` — every issue, each naming its field. */
export function describeZodError(e: ZodError, prefix?: string): string {
  return e.issues
    .slice(0, 5)
    .map((i) => {
      const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".");
      return `${path || "input"}: ${i.message}`;
    })
    .join("; ");
}

/** A JSON error answer. */
export function errorResponse(status: number, code: string, message: string, requestId?: string): Response {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (requestId) headers["x-request-id"] = requestId;
  return Response.json({ error: { code, message } } satisfies ErrorBody, { status, headers });
}

/** Maps anything thrown by a handler to an answer; unknown errors become a logged 500. */
export function toErrorResponse(e: unknown, requestId: string, where: string): Response {
  if (e instanceof ZodError) return errorResponse(400, "invalid_input", describeZodError(e), requestId);
  // @tally/db's BadCursorError, matched by name: the db package is loaded outside Next's bundle.
  if (e instanceof Error && e.name === "BadCursorError") return errorResponse(400, "invalid_input", e.message, requestId);
  if (e instanceof ForbiddenError) return errorResponse(403, "forbidden", e.message, requestId);
  if (isAppError(e)) {
    const status = STATUS[e.code];
    if (status) {
      if (status === 503) log("warn", { requestId, where, code: e.code, message: e.message, cause: String(e.cause ?? "") });
      return errorResponse(status, e.code, e.message, requestId);
    }
  }
  if (isDbUnavailable(e)) {
    log("warn", { requestId, where, code: "db_unavailable", message: e instanceof Error ? e.message : String(e) });
    return errorResponse(503, "db_unavailable", "the database is unreachable", requestId);
  }
  log("error", { requestId, where, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
  return errorResponse(500, "internal", `internal error (request ${requestId})`, requestId);
}

type Handler<C> = (req: Request, ctx: C & { requestId: string }) => Promise<Response>;

/** Wraps a route handler with the error mapping and a request id. */
export function route<C extends object = object>(handler: Handler<C>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    const requestId = req.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
    const where = `${req.method} ${new URL(req.url).pathname}`;
    try {
      const res = await handler(req, { ...ctx, requestId });
      res.headers.set("x-request-id", requestId);
      return res;
    } catch (e) {
      return toErrorResponse(e, requestId, where);
    }
  };
}

/**
 * Parses a URL's query with a schema. Unknown keys are ignored (a shared
 * dashboard link may carry more than one route needs); a repeated key takes
 * its last value.
 */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  return schema.parse(params);
}

/** Reads a JSON body of at most `maxBytes` and parses it with a schema. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S, maxBytes: number): Promise<z.output<S>> {
  const text = await readText(req, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "body: not valid JSON");
  }
  return schema.parse(data);
}

/** The body as text, stopping with 413 once it passes `maxBytes` (a chunked body has no length header). */
export async function readText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("too_large", `body: larger than ${maxBytes} bytes`);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("too_large", `body: larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Refuses a state-changing request that a browser sent from another site's
 * page (a form or script there posting here). Browsers always send Origin on
 * cross-origin POSTs; scripts and the CLI send none and are let through.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  if (originHost !== host) throw new ForbiddenError(`origin ${origin} may not post here`);
}

/** A request this server will not serve (403). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** True for an HTML form's body (the queue page's form when scripts are off). */
export function isFormPost(req: Request): boolean {
  return (req.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
}

/** A JSON answer that no cache keeps (the data changes as articles arrive). */
export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}
