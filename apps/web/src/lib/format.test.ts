import { describe, expect, it } from "vitest";
import { formatCompact, formatDate, formatFigure, formatNumber, formatScore } from "./format";

describe("formatFigure", () => {
  it("writes each qualifier the way a reader expects", () => {
    expect(formatFigure({ value: 76550, qualifier: "at_least", low: 76550, high: null })).toBe("≥ 76,550");
    expect(formatFigure({ value: 300, qualifier: "approx", low: 300, high: 300 })).toBe("~300");
    expect(formatFigure({ value: 11000, qualifier: "range", low: 10000, high: 12000 })).toBe("10,000–12,000");
    expect(formatFigure({ value: 500, qualifier: "at_most", low: null, high: 500 })).toBe("≤ 500");
    expect(formatFigure({ value: 1200, qualifier: "exact", low: 1200, high: 1200 })).toBe("1,200");
  });
});

describe("numbers", () => {
  it("separates thousands and compacts large ticks", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatCompact(9500)).toBe("9,500");
    expect(formatCompact(1_250_000)).toBe("1.3m");
    expect(formatScore(-0.412)).toBe("−0.41");
  });
});

describe("formatDate", () => {
  it("keeps a partial date's precision", () => {
    expect(formatDate("2025-01-20")).toBe("20 Jan 2025");
    expect(formatDate("2025-09")).toBe("Sept 2025");
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate(null)).toBe("—");
  });
});
