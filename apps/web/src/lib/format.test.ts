import { describe, expect, it } from "vitest";
import { axisNumberFormat, formatCompact, formatDate, formatFigure, formatNumber, formatScore, formatTick } from "./format";

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

describe("axis labels", () => {
  it("names a month tick's year on the first tick and on January only, never as a day could read", () => {
    const ticks = ["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"].map((d) => Date.parse(`${d}T00:00:00Z`));
    expect(ticks.map((t, i) => formatTick(t, i))).toEqual(["Nov 2024", "Dec", "Jan 2025", "Feb"]);
  });

  it("writes one axis's numbers one way: compact from 10,000, whole with separators below", () => {
    const big = axisNumberFormat(15_000);
    expect([0, 5_000, 10_000, 15_000].map(big)).toEqual(["0", "5k", "10k", "15k"]);
    expect([0, 1_000_000, 1_500_000].map(axisNumberFormat(1_500_000))).toEqual(["0", "1m", "1.5m"]);
    expect([0, 2_500, 7_500].map(axisNumberFormat(7_500))).toEqual(["0", "2,500", "7,500"]);
  });
});
