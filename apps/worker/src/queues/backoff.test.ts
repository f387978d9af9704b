import { describe, expect, it } from "vitest";
import { retryAfterBackoff } from "./backoff.js";

describe("retryAfterBackoff", () => {
  const backoff = retryAfterBackoff(1_000, 60_000);

  it("doubles from the base delay", () => {
    expect([1, 2, 3, 4].map((n) => backoff(n, "retry-after", new Error("x")))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("waits at least as long as the server asked", () => {
    const err = Object.assign(new Error("429"), { retryAfterMs: 30_000 });
    expect(backoff(1, "retry-after", err)).toBe(30_000);
  });

  it("keeps the exponential delay when the server asks for less", () => {
    const err = Object.assign(new Error("429"), { retryAfterMs: 10 });
    expect(backoff(3, "retry-after", err)).toBe(4_000);
  });

  it("caps a Retry-After beyond the limit", () => {
    const err = Object.assign(new Error("429"), { retryAfterMs: 86_400_000 });
    expect(backoff(1, "retry-after", err)).toBe(60_000);
  });
});
