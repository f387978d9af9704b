import { describe, expect, it } from "vitest";
import { findNumbers, parseNumberWords } from "./numbers.js";

const values = (s: string) => findNumbers(s).map((n) => [n.text, n.value, n.kind]);

describe("findNumbers", () => {
  it("reads digits with comma, space and narrow-space separators", () => {
    expect(values("the ministry counted 76,550 and 76 550 and 12\u202f300 men")).toEqual([
      ["76,550", 76550, "plain"],
      ["76 550", 76550, "plain"],
      ["12\u202f300", 12300, "plain"],
    ]);
  });
  it("applies written and attached scales", () => {
    expect(values("1.5 million troops, 2.3bn in aid, 1.2m men, 10k drones").map((v) => v[1])).toEqual([1_500_000, 2_300_000_000, 1_200_000, 10_000]);
  });
  it("reads digits with dozen and fractions of a scale", () => {
    expect(values("3 dozen drones, a quarter of a million men, three-quarters of a million shells, half a dozen tanks").map((v) => v[1])).toEqual([36, 250_000, 750_000, 6]);
  });
  it("does not read metres as millions", () => {
    expect(values("a column stopped 500 m from the bridge")[0]?.[1]).toBe(500);
  });
  it("reads number words", () => {
    expect(values("nearly three dozen homes, two thousand men, a dozen tanks, half a million shells").map((v) => v[1])).toEqual([36, 2000, 12, 500_000]);
    expect(parseNumberWords(["two", "hundred", "and", "fifty", "thousand"])).toBe(250_000);
    expect(parseNumberWords(["twenty-five"])).toBe(25);
  });
  it("gives vague plurals bounds of one to nine of their unit", () => {
    const [n] = findNumbers("tens of thousands of conscripts");
    expect(n).toMatchObject({ kind: "vague", low: 10_000, high: 90_000 });
    expect(findNumbers("hundreds of recruits")[0]).toMatchObject({ low: 100, high: 900 });
  });
  it("merges ranges written four ways, with the midpoint as value", () => {
    for (const s of ["between 10,000 and 12,000 troops", "10,000–12,000 troops", "10,000 to 12,000 troops", "from 10,000 to 12,000 troops"]) {
      expect(findNumbers(s)[0]).toMatchObject({ kind: "range", low: 10_000, high: 12_000, value: 11_000 });
    }
    expect(findNumbers("10 to 12 thousand troops")[0]).toMatchObject({ low: 10_000, high: 12_000 });
  });
  it("does not open a range with a year", () => {
    expect(findNumbers("since 24 February 2022 to 1,000,340 personnel").map((n) => n.kind)).not.toContain("range");
  });
  it("skips model numbers, ordinals and prices", () => {
    expect(values("a T-72 and an Su-34, an M1A1, the 155th brigade, $400 each")).toEqual([]);
  });
});

describe("Indian English", () => {
  it("reads lakh, crore and Indian digit grouping", () => {
    expect(findNumbers("over 10 lakh soldiers and 10,00,340 losses").map((n) => n.value)).toEqual([1_000_000, 1_000_340]);
  });
});

describe("translated copy's number formats", () => {
  it("reads thousands grouped by dots, decimal commas before a scale, and 'thsd.' and 'thous.'", () => {
    expect(findNumbers("lost 1.000.340 personnel, 45.720 in a month, about 1,5 million in all, 1,2 mln people, some 720 thsd. servicemen and 700 thous. people").map((n) => n.value)).toEqual([1_000_340, 45_720, 1_500_000, 1_200_000, 720_000, 700_000]);
  });

  it("keeps decimals before a scale, times and decimals of no thousands as they were", () => {
    expect(findNumbers("1.2 million troops, 3.5 thousand, at 10.30 and 0.125 seconds").map((n) => n.value)).toEqual([1_200_000, 3_500, 10.3, 0.125]);
  });
});

describe("number words side by side", () => {
  it("keeps 'thirty five' one number and splits 'two nine-storey' into two", () => {
    expect(findNumbers("thirty five soldiers").map((n) => n.value)).toEqual([35]);
    expect(findNumbers("Two nine-storey blocks").map((n) => n.value)).toEqual([2, 9]);
    expect(findNumbers("one hundred twenty three").map((n) => n.value)).toEqual([123]);
  });
});

describe("findNumbers, dates written with dots", () => {
  it("reads no figure in '24.02.2022' or '19.11.24', and still reads decimals and the figures beside them", () => {
    expect(findNumbers("losses from 24.02.2022 to 19.11.24 are about 719,760").map((n) => n.value)).toEqual([719760]);
    expect(findNumbers("some 1.5 million people, and 12.5 km").map((n) => n.value)).toEqual([1500000, 12.5]);
  });
});
