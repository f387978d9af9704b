import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node/en";
import { DATE_PARSERS, asOfFor, findDates, monthNamed } from "./dates.js";

const asOf = (s: string, pub = "2025-10-30") => asOfFor(findDates(s, pub), s.search(/\d{3}/), pub);

describe("the month named before ('during the month')", () => {
  const withMonth = (s: string, month: string | null, pub = "2025-08-12") => asOfFor(findDates(s, pub, month), s.search(/\d{2}/), pub);
  it("dates 'during', 'over' and 'for the month' and 'the month's' to the month the article named", () => {
    expect(withMonth("286 civilians were killed and 1,388 injured during the month.", "2025-07")).toBe("2025-07");
    expect(withMonth("Over the month, the brigade killed 612 invaders.", "2025-07")).toBe("2025-07");
    expect(withMonth("Losses for the month came to 6,899 personnel.", "2025-07")).toBe("2025-07");
    expect(withMonth("Some 70 of the month's dead were in Donetsk region.", "2025-07")).toBe("2025-07");
  });
  it("dates 'by the end of the month' to its last day, and keeps the publication when no month was named", () => {
    expect(withMonth("Russian forces held 1,860 km² by the end of the month.", "2025-05", "2025-06-02")).toBe("2025-05-31");
    expect(withMonth("Russian forces held 1,860 km² by the end of the month.", "2024-02", "2025-06-02")).toBe("2024-02-29");
    expect(withMonth("286 civilians were killed during the month.", null)).toBe("2025-08-12");
  });
  it("prefers a month the sentence names itself, and leaves 'the month of May' to chrono", () => {
    expect(withMonth("In June 40 tanks were lost, the most of any week during the month.", "2025-07")).toBe("2025-06");
    expect(withMonth("Russian casualties for the month of May came to 39,900.", "2025-07", "2025-06-06")).toBe("2025-05");
  });
  it("takes the month a sentence names as the time of its events, not one it compares with or starts from", () => {
    expect(monthNamed("Russian forces gained 505 km² in May, up from about 380 km² in April.", "2025-06-02")).toBe("2025-05");
    expect(monthNamed("That is up from 1,517 km² in October.", "2024-12-02")).toBeNull();
    expect(monthNamed("Since May, 32 settlements were taken.", "2025-06-02")).toBeNull();
    expect(monthNamed("The unit published its results for October 2025.", "2025-11-03")).toBe("2025-10");
    // A yearless month after the publication is last year's; lower-case "may" is a verb.
    expect(monthNamed("The attack of 31 December killed 12.", "2025-02-10")).toBe("2024-12");
    expect(monthNamed("The figures may rise.", "2025-02-10")).toBeNull();
  });
});

describe("asOf", () => {
  it("dates a closed span by its end, day first when written with dots", () => {
    expect(asOf("From July to September, 300 civilians were killed.", "2025-10-05")).toBe("2025-09");
    expect(asOf("Total combat losses from 24.02.2022 to 04.07.2025 reached 1,023,960 personnel.", "2025-07-04")).toBe("2025-07-04");
  });
  it("dates a count of 'this year' to the report, a moment 'earlier this year' to the year, and a period since a phrase to the report", () => {
    expect(asOf("This year some 2,800 servicemen returned to each side.", "2025-11-14")).toBe("2025-11-14");
    expect(asOf("Earlier this year, the ministry said 120 nationals had been killed.", "2025-11-14")).toBe("2025");
    expect(asOf("Pyongyang had sent around 15,000 soldiers in total since the first units arrived in the autumn of 2024.", "2025-11-04")).toBe("2025-11-04");
  });
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
