import { describe, expect, it } from "vitest";
import { bandSteps, niceTicks, seriesByParty, spreadBand, toPoint } from "./shape";
import type { ClaimView } from "./view";

function claim(over: Partial<ClaimView>): ClaimView {
  return {
    id: "c1",
    articleId: "a1",
    articleUrl: "https://news.example/a1",
    articleTitle: null,
    metric: "killed",
    party: "RU",
    item: null,
    value: 100,
    qualifier: "exact",
    low: 100,
    high: 100,
    attributedTo: null,
    sourceParty: null,
    asOf: "2025-01-10",
    asOfPrecision: "day",
    sentence: "s",
    start: 0,
    end: 1,
    outlet: "Example News",
    publishedAt: "2025-01-12",
    sentiment: null,
    isEcho: false,
    ...over,
  };
}

describe("toPoint", () => {
  it("dates a claim by asOf, falling back to the publication date", () => {
    expect(toPoint(claim({}))?.date).toBe("2025-01-10");
    expect(toPoint(claim({ asOf: null }))?.date).toBe("2025-01-12");
    expect(toPoint(claim({ asOf: "2025-03" }))?.t).toBe(Date.UTC(2025, 2, 15));
    expect(toPoint(claim({ asOf: "2024" }))?.t).toBe(Date.UTC(2024, 0, 15));
  });
  it("drops a claim with no date at all", () => {
    expect(toPoint(claim({ asOf: null, publishedAt: null }))).toBeNull();
  });
  it("names the attribution as the source, else the outlet's own reporting", () => {
    expect(toPoint(claim({ attributedTo: "Ukraine's General Staff" }))?.source).toBe("Ukraine's General Staff");
    expect(toPoint(claim({}))?.source).toBe("Example News (own reporting)");
  });
});

describe("spreadBand", () => {
  it("spans the lowest to the highest stated bound per month, open bounds at their value", () => {
    const pts = [
      claim({ id: "a", value: 11000, qualifier: "range", low: 10000, high: 12000, asOf: "2025-01-05" }),
      claim({ id: "b", value: 76550, qualifier: "at_least", low: 76550, high: null, asOf: "2025-01-20" }),
      claim({ id: "c", value: 300, qualifier: "approx", low: 300, high: 300, asOf: "2025-02-01" }),
    ].map((c) => toPoint(c)!);
    expect(spreadBand(pts)).toEqual([
      { t: Date.UTC(2025, 0, 1), range: [10000, 76550], claims: 2 },
      { t: Date.UTC(2025, 1, 1), range: [300, 300], claims: 1 },
    ]);
  });
});

describe("seriesByParty", () => {
  it("puts Ukraine before Russia and the unstated party last, points in time order", () => {
    const s = seriesByParty([
      claim({ id: "1", party: null }),
      claim({ id: "2", party: "RU", asOf: "2025-02-01" }),
      claim({ id: "3", party: "UA" }),
      claim({ id: "4", party: "RU", asOf: "2025-01-01" }),
    ]);
    expect(s.map((x) => x.key)).toEqual(["UA", "RU", "none"]);
    expect(s[1]!.points.map((p) => p.id)).toEqual(["4", "2"]);
    expect(s[2]!.label).toBe("Unstated");
  });
});

describe("bandSteps", () => {
  it("covers each month and leaves a gap over a month without figures", () => {
    const steps = bandSteps([
      { t: Date.UTC(2025, 0, 1), range: [1, 2], claims: 1 },
      { t: Date.UTC(2025, 2, 1), range: [3, 4], claims: 1 },
    ]);
    expect(steps).toEqual([
      { t: Date.UTC(2025, 0, 1), range: [1, 2] },
      { t: Date.UTC(2025, 1, 1) - 1, range: [1, 2] },
      { t: Date.UTC(2025, 1, 1), range: null },
      { t: Date.UTC(2025, 2, 1), range: [3, 4] },
      { t: Date.UTC(2025, 3, 1) - 1, range: [3, 4] },
    ]);
  });
});

describe("niceTicks", () => {
  it("rounds the top up to a readable step", () => {
    expect(niceTicks(2700)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(850000)).toEqual([0, 250000, 500000, 750000, 1000000]);
    expect(niceTicks(2)).toEqual([0, 1, 2]);
  });
});
