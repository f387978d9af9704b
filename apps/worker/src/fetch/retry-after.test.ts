import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP-date relative to now, a past date meaning at once", () => {
    expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("reads the obsolete RFC 850 and asctime forms, as GMT whatever the machine's time zone", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York"; // Node applies a changed TZ at once
    try {
      expect(parseRetryAfter("Sunday, 01-Mar-26 12:00:30 GMT", now)).toBe(30_000);
      expect(parseRetryAfter("Sun Mar  1 12:00:30 2026", now)).toBe(30_000);
      expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", now)).toBe(30_000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("caps absurd waits at a day", () => {
    expect(parseRetryAfter("99999999", now)).toBe(24 * 3600 * 1000);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });

  it("takes the first of repeated headers", () => {
    expect(parseRetryAfter(["5", "60"], now)).toBe(5_000);
  });
});
