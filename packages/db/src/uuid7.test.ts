import { describe, expect, it } from "vitest";
import { uuid7 } from "./uuid7.js";

describe("uuid7", () => {
  it("is a version-7, variant-1 UUID carrying the time in its first 48 bits", () => {
    const t = Date.UTC(2025, 8, 15, 12, 0, 0, 123);
    const id = uuid7(t);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(t);
  });

  it("sorts by time and does not repeat", () => {
    const a = uuid7(1_000_000);
    const b = uuid7(2_000_000);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => uuid7())).size).toBe(1000);
  });
});
