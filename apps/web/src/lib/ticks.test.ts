import { describe, expect, it } from "vitest";
import { monthDomain, monthTicks, paddedDomain } from "./ticks";

describe("monthTicks", () => {
  it("ticks every month over a short span", () => {
    expect(monthTicks(Date.UTC(2025, 0, 15), Date.UTC(2025, 3, 2))).toEqual([
      Date.UTC(2025, 1, 1),
      Date.UTC(2025, 2, 1),
      Date.UTC(2025, 3, 1),
    ]);
  });
  it("thins to quarters on calendar months over two years", () => {
    const t = monthTicks(Date.UTC(2024, 0, 1), Date.UTC(2025, 11, 31));
    expect(t.length).toBeLessThanOrEqual(8);
    expect(t.map((x) => new Date(x).getUTCMonth() % 3)).toEqual(t.map(() => 0));
    expect(t[0]).toBe(Date.UTC(2024, 0, 1));
  });
  it("gives nothing for an empty span", () => {
    expect(monthTicks(5, 1)).toEqual([]);
  });
});

describe("paddedDomain", () => {
  it("pads a single instant by half a month each side", () => {
    const [a, b] = paddedDomain(1000, 1000);
    expect(b - a).toBe(30 * 86_400_000);
  });
});

describe("monthDomain", () => {
  it("widens to whole months", () => {
    expect(monthDomain(Date.UTC(2025, 0, 15), Date.UTC(2025, 2, 15))).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1)]);
    expect(monthDomain(Date.UTC(2024, 11, 31), Date.UTC(2024, 11, 31))).toEqual([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)]);
  });
});
