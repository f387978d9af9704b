import { describe, expect, it } from "vitest";
import { bandsByKey, claimTotal, toneSeries } from "./series";

describe("bandsByKey", () => {
  it("groups bucketed points by key as time-ordered bands", () => {
    const b = bandsByKey([
      { t: "2025-02-01", key: "RU", value: 9, low: 5, high: 9, claims: 2 },
      { t: "2025-01-01", key: "RU", value: 3, low: 3, high: 4, claims: 1 },
      { t: "2025-01-01", key: null, value: 1, low: 1, high: 1, claims: 1 },
    ]);
    expect(b.get("RU")).toEqual([
      { t: Date.UTC(2025, 0, 1), range: [3, 4], claims: 1 },
      { t: Date.UTC(2025, 1, 1), range: [5, 9], claims: 2 },
    ]);
    expect(b.get(null)).toHaveLength(1);
    expect(claimTotal([{ t: "2025-01-01", key: "RU", value: 1, low: 1, high: 1, claims: 7 }])).toBe(7);
  });
});

describe("toneSeries", () => {
  const pts = ["A", "B", "C"].flatMap((k, i) => [{ t: "2025-01-01", key: k, score: 0.1 * i, n: i + 1 }]);
  it("keeps the outlets with the most texts and counts the rest", () => {
    const { series, dropped } = toneSeries(pts, "outlet", 2);
    expect(series.map((s) => s.label)).toEqual(["C", "B"]);
    expect(dropped).toBe(1);
  });
  it("names source countries and leads with the main parties", () => {
    const { series } = toneSeries(
      [
        { t: "2025-01-01", key: null, score: 0, n: 1 },
        { t: "2025-01-01", key: "RU", score: 0, n: 1 },
        { t: "2025-01-01", key: "UA", score: 0, n: 1 },
      ],
      "sourceParty",
    );
    expect(series.map((s) => s.label)).toEqual(["Ukraine", "Russia", "No named source"]);
  });
});

describe("toneSeries buckets", () => {
  it("merges months into count-weighted quarters over a long span", () => {
    const pts = [
      { t: "2024-01-01", key: "RU", score: 1, n: 1 },
      { t: "2024-02-01", key: "RU", score: -1, n: 3 },
      { t: "2025-12-01", key: "RU", score: 0, n: 1 },
    ];
    const { series, bucket } = toneSeries(pts, "sourceParty");
    expect(bucket).toBe("quarter");
    expect(series[0]!.points).toHaveLength(2);
    expect(series[0]!.points[0]).toMatchObject({ score: -0.5, n: 4 });
  });
  it("keeps months over a short span, drawn mid-month", () => {
    const { series, bucket } = toneSeries([{ t: "2025-01-01", key: "UA", score: 0.2, n: 2 }], "sourceParty");
    expect(bucket).toBe("month");
    expect(series[0]!.points[0]!.t).toBe(Date.UTC(2025, 0, 16));
  });
});
