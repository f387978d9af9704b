import { AppError } from "@tally/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseBody, parseQuery, route, toErrorResponse } from "./http";

async function body(res: Response): Promise<{ error: { code: string; message: string } }> {
  return (await res.json()) as { error: { code: string; message: string } };
}

describe("toErrorResponse", () => {
  it("maps each kind of failure to its status and code", async () => {
    const zod = z.object({ limit: z.number() }).safeParse({ limit: "x" }).error;
    const cases: [unknown, number, string][] = [
      [zod, 400, "invalid_input"],
      [new AppError("not_found", "no such article"), 404, "not_found"],
      [new AppError("conflict", "already there"), 409, "conflict"],
      [new AppError("too_large", "urls: too many"), 413, "too_large"],
      [new AppError("redis_unavailable", "Redis is unreachable"), 503, "redis_unavailable"],
      [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), 503, "db_unavailable"],
      [new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "57P03" }) }), 503, "db_unavailable"],
      [new TypeError("undefined is not a function"), 500, "internal"],
    ];
    for (const [error, status, code] of cases) {
      const res = toErrorResponse(error, "req-1", "GET /test");
      expect(res.status, code).toBe(status);
      expect((await body(res)).error.code).toBe(code);
    }
  });

  it("names the field in a validation message and hides internals in a 500", async () => {
    const zod = z.object({ limit: z.number() }).safeParse({ limit: "x" }).error;
    expect((await body(toErrorResponse(zod, "r", "w"))).error.message).toMatch(/^limit: /);
    const hidden = await body(toErrorResponse(new Error("password=hunter2"), "r-42", "w"));
    expect(hidden.error.message).toBe("internal error (request r-42)");
  });
});

describe("route", () => {
  it("answers a thrown error as JSON and tags every answer with a request id", async () => {
    const handler = route(async (req) => {
      const q = parseQuery(req, z.object({ n: z.coerce.number().int() }));
      return Response.json({ n: q.n });
    });
    const ok = await handler(new Request("http://x/api?n=3"), {});
    expect(await ok.json()).toEqual({ n: 3 });
    expect(ok.headers.get("x-request-id")).toBeTruthy();
    const bad = await handler(new Request("http://x/api?n=three"), {});
    expect(bad.status).toBe(400);
    expect((await body(bad)).error.message).toMatch(/^n: /);
  });
});

describe("parseBody", () => {
  const schema = z.object({ urls: z.array(z.string()) });
  const post = (text: string, headers: Record<string, string> = {}) => new Request("http://x/", { method: "POST", body: text, headers });

  it("refuses bodies over the limit even without a length header", async () => {
    const big = JSON.stringify({ urls: ["x".repeat(200)] });
    await expect(parseBody(post(big), schema, 100)).rejects.toMatchObject({ code: "too_large" });
  });

  it("names the body when it is not JSON, and the field when it is wrong", async () => {
    await expect(parseBody(post("{"), schema, 1000)).rejects.toMatchObject({ code: "invalid_input", message: "body: not valid JSON" });
    await expect(parseBody(post('{"urls":"x"}'), schema, 1000)).rejects.toBeInstanceOf(z.ZodError);
  });
});
