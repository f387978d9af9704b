import { describe, expect, it } from "vitest";
import { findNumbers } from "./numbers.js";
import { qualify } from "./qualifiers.js";

function q(s: string) {
  const n = findNumbers(s)[0]!;
  const r = qualify(s, n);
  return [r.qualifier, r.value, r.low, r.high];
}

describe("qualify", () => {
  it("approx repeats the value in both bounds", () => {
    for (const s of ["about 300 soldiers", "roughly 300 soldiers", "some 300 soldiers", "an estimated 300 soldiers", "nearly 300 soldiers", "almost 300 soldiers", "300 or so soldiers", "~300 soldiers", "≈ 300 soldiers"]) {
      expect(q(s)).toEqual(["approx", 300, 300, 300]);
    }
  });
  it("at_least leaves high null", () => {
    for (const s of ["more than 76,550 servicemen", "over 76,550 servicemen", "at least 76,550 servicemen", "76,550-plus servicemen"]) {
      expect(q(s)).toEqual(["at_least", 76550, 76550, null]);
    }
  });
  it("at_most leaves low null", () => {
    for (const s of ["up to 1,690 troops", "no more than 1,690 troops", "fewer than 1,690 troops", "as many as 1,690 troops"]) {
      expect(q(s)).toEqual(["at_most", 1690, null, 1690]);
    }
  });
  it("a plain number is exact; a range fills both bounds", () => {
    expect(q("412 tanks")).toEqual(["exact", 412, 412, 412]);
    expect(q("between 11,000 and 12,000 troops")).toEqual(["range", 11500, 11000, 12000]);
    expect(q("tens of thousands of men")).toEqual(["range", 50000, 10000, 90000]);
  });
});
