import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node/en";
import { DATE_PARSERS, asOfFor, findDates } from "./dates.js";

const asOf = (s: string, pub = "2025-10-30") => asOfFor(findDates(s, pub), s.search(/\d{3}/), pub);

describe("asOf", () => {
  it("resolves months, days and relative dates against the publication date", () => {
    expect(asOf("In September 2025 the agency counted 600 dead.")).toBe("2025-09");
    expect(asOf("As of Monday, 1,200 troops had arrived.")).toBe("2025-10-27");
    expect(asOf("Last month 300 soldiers were killed.")).toBe("2025-09");
    expect(asOf("The enemy lost 1,200 servicemen in 2024.")).toBe("2024");
    expect(asOf("The ministry claimed the capture of 320 settlements in May.[2]")).toBe("2025-05");
  });
  it("dates no figure by a comparison's span ('the worst in three years', 'the deadliest … this year')", () => {
    expect(asOf("In May, 1,210 people were injured, the highest monthly toll in three years.")).toBe("2025-05");
    expect(asOf("More than 140 people were hurt, making it the deadliest attack on the city this year.")).toBe("2025-10-30");
    // A superlative before a month keeps the month.
    expect(asOf("Russian forces moved at their fastest pace in November, taking 725 square kilometres.", "2025-12-15")).toBe("2025-11");
  });
  it("pins 'of this year' to the publication year (chrono picks the nearest year)", () => {
    expect(asOf("On April 26 of this year, 400 tanks were listed.")).toBe("2025-04-26");
  });
  it("dates a weekly tally 'over the past week' to the report, like a daily one", () => {
    expect(asOf("Over the past week the enemy lost 1,900 servicemen.", "2025-03-08")).toBe("2025-03-08");
  });
  it("leans yearless dates to the past", () => {
    expect(asOf("On Dec. 20 some 500 troops crossed.", "2025-01-10")).toBe("2024-12-20");
  });
  it("dates a count since a day to the publication", () => {
    expect(asOf("Since Aug. 6 the enemy has lost 6,600 troops.")).toBe("2025-10-30");
  });
  it("falls back to the publication date", () => {
    expect(asOf("The enemy lost 1,200 servicemen.")).toBe("2025-10-30");
    expect(asOfFor([], 0, null)).toBeNull();
  });
});

describe("weekdays", () => {
  it("reads 'on Monday' in a Saturday's paper as the Monday before", () => {
    expect(asOf("The agency said on Monday that 100 soldiers had died.", "2025-01-11")).toBe("2025-01-06");
  });
});

describe("stretches of time", () => {
  it("reads 'in the past few months' as up to the report, not a date", () => {
    expect(asOf("In the past few months, an estimated 11,000 soldiers have been deployed.", "2025-01-20")).toBe("2025-01-20");
  });
});

describe("stray digits", () => {
  it("keeps only well-formed dates of this era", () => {
    for (const d of findDates("RYDER:10,000–12,0005/8 6 2024 according killed", "2025-01-20")) expect(d.date).toMatch(/^(19|20)\d\d(-\d\d(-\d\d)?)?$/);
  });
});

describe("chrono's parsers", () => {
  it("are chrono's casual English ones less the time-of-day parser, left out by name", () => {
    const all = chrono.casual.parsers.map((p) => p.constructor.name);
    expect(all).toContain("ENTimeExpressionParser");
    expect(DATE_PARSERS).not.toContain("ENTimeExpressionParser");
    expect(DATE_PARSERS.length).toBe(all.length - 1);
  });
});

describe("a figure right after a date", () => {
  const dates = (s: string) => findDates(s, "2025-07-01").map((d) => [s.slice(d.start, d.end), d.date]);
  it("is not read as a two-digit year, and the date stays", () => {
    expect(dates("In May 92 Russian tanks were lost.")).toEqual([["May", "2025-05"]]);
    expect(dates("On May 12 92 soldiers died.")).toEqual([["May 12", "2025-05-12"]]);
    expect(dates("On 12 May 92 drones were downed.")).toEqual([["On 12 May", "2025-05-12"]]);
    expect(dates("By June 30 15 villages had fallen.")).toEqual([["June 30", "2025-06-30"]]);
    expect(dates("In March 2024 92 tanks were lost.")).toEqual([["March 2024", "2024-03"]]);
  });
  it("leaves a day after its month and a four-digit year alone", () => {
    expect(dates("On May 12, 2024, 40 drones were launched.")).toEqual([["May 12, 2024", "2024-05-12"]]);
    expect(dates("Since Feb. 24 2022 the army has lost ground.")).toEqual([["Feb. 24 2022", "2022-02-24"]]);
  });
});
