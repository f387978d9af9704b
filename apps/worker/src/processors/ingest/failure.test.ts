import { describe, expect, it } from "vitest";
import { AppError } from "@tally/core";
import { classify, isRetryableReason } from "./failure.js";

describe("classify", () => {
  it("keeps an AppError's code, retryability and Retry-After", () => {
    const e = Object.assign(new AppError("rate_limited", "HTTP 429", { retryable: true }), { retryAfterMs: 3_000 });
    expect(classify(e)).toEqual({ code: "rate_limited", message: "HTTP 429", retryable: true, retryAfterMs: 3_000 });
    expect(classify(new AppError("not_html", "a PDF"))).toEqual({ code: "not_html", message: "a PDF", retryable: false });
  });

  it("recognises PostgreSQL and Redis outages as retryable", () => {
    expect(classify(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toMatchObject({ code: "db_unavailable", retryable: true });
    expect(classify(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toMatchObject({ code: "db_unavailable" });
    expect(classify(new Error("Connection is closed."))).toMatchObject({ code: "redis_unavailable", retryable: true });
    expect(classify(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toMatchObject({ code: "db_unavailable" });
    // pg-pool's own message when no connection comes within connectionTimeoutMillis (the hot ingestion queries use the pool directly).
    expect(classify(new Error("timeout exceeded when trying to connect"))).toMatchObject({ code: "db_unavailable", retryable: true });
  });

  it("retries what it does not know, as internal", () => {
    expect(classify(new TypeError("x is undefined"))).toEqual({ code: "internal", message: "x is undefined", retryable: true });
    expect(classify("a string")).toMatchObject({ code: "internal", message: "a string" });
  });
});

describe("isRetryableReason", () => {
  it("retries transient fetch reasons only", () => {
    expect(["timeout", "rate_limited", "server_error", "connection_failed"].every((r) => isRetryableReason(r as never))).toBe(true);
    expect(["http_error", "too_large", "not_html", "robots_disallowed", "address_refused", "not_article"].some((r) => isRetryableReason(r as never))).toBe(false);
  });
});
