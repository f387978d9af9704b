import { describe, expect, it } from "vitest";
import { findFigure } from "./highlight";

function marked(s: string, f: Parameters<typeof findFigure>[1]): string | null {
  const span = findFigure(s, f);
  return span ? s.slice(span.start, span.end) : null;
}

describe("findFigure", () => {
  it("finds a grouped number with its qualifier", () => {
    expect(marked("Kyiv says Moscow has lost more than 76,550 soldiers since the start.", { value: 76550, low: 76550, high: null, qualifier: "at_least" })).toBe(
      "more than 76,550",
    );
  });
  it("does not match the number inside a larger one", () => {
    expect(marked("In all 1,300 died, of whom 300 in the first week.", { value: 300, low: 300, high: 300, qualifier: "approx" })).toBe("300");
  });
  it("spans both ends of a range", () => {
    expect(marked("An estimated 10,000–12,000 troops were sent.", { value: 11000, low: 10000, high: 12000, qualifier: "range" })).toBe("An estimated 10,000–12,000");
    expect(marked("Between 10,000 and 12,000 troops were sent.", { value: 11000, low: 10000, high: 12000, qualifier: "range" })).toBe(
      "Between 10,000 and 12,000",
    );
  });
  it("reads scale words", () => {
    expect(marked("Losses could reach 1.5 million by spring.", { value: 1_500_000, low: 1_500_000, high: 1_500_000, qualifier: "exact" })).toBe("1.5 million");
  });
  it("gives null for a figure written in words", () => {
    expect(marked("Nearly three dozen tanks were lost.", { value: 36, low: 36, high: 36, qualifier: "approx" })).toBeNull();
  });
});
