import { describe, expect, it } from "vitest";
import { isNotClaim } from "./notclaims.js";
import { findNumbers } from "./numbers.js";

const kept = (s: string) => findNumbers(s).filter((n) => !isNotClaim(s, n)).map((n) => n.text);

describe("isNotClaim", () => {
  it("drops dates, ages, percentages and money", () => {
    expect(kept("On Aug. 6, 2024, a 20-year-old and a man aged 26 saw 30% fall; 28 trillion won changed hands")).toEqual([]);
  });
  it("drops every age of a pair or list and an age between commas after a person", () => {
    expect(kept("a drone wounded two women aged 54 and 67; boys aged between 12 and 15; ages 6, 9 and 14")).toEqual(["two"]);
    expect(kept("One man, 43, was killed; Olena Koval, 71, said 12 people were hurt")).toEqual(["One", "12"]);
  });
  it("drops counts of countries, sides and places, and a list's number before its heading", () => {
    expect(kept("the two countries swapped 390 prisoners; the two sides handed over 84 bodies")).toEqual(["390", "84"]);
    expect(kept("troops struck four areas where 200 Russian soldiers were massed and one artillery position")).toEqual(["200"]);
    expect(kept("2) PRISONERS")).toEqual([]);
    expect(kept("3. Territory: 4,168 km²")).toEqual(["4,168"]);
  });
  it("drops a country's size and a town's population, and keeps ground taken and tolls", () => {
    expect(kept("Ukraine is more than 600,000 square kilometres; Russia took 3,500 square kilometres this year")).toEqual(["3,500"]);
    expect(kept("Ukraine's total area is more than 603,000 square kilometres")).toEqual([]);
    expect(kept("Sumy, a city of some 250,000 people, lost 35 residents in the strike")).toEqual(["35"]);
  });
  it("keeps a decimal with an attached scale ('1.2m') and drops a bare decimal", () => {
    expect(kept("casualties passed 1.2m; a ratio of 1.7")).toEqual(["1.2m"]);
  });
  it("drops counts of events ('27 counterattacks', '79 air strikes') but not attack drones or the injured in strikes", () => {
    expect(kept("repelled 27 counterattacks, launched 79 air strikes, shot down 45 attack drones, 19 injured in strikes")).toEqual(["45", "19"]);
  });
  it("drops ratios of wounded to dead ('five wounded per death', 'for each soldier killed') but keeps the counts", () => {
    expect(kept("about five wounded per death; 3,000 killed")).toEqual(["3,000"]);
    expect(kept("fewer than two wounded, or more than eight, for each soldier killed; 40 wounded")).toEqual(["40"]);
    expect(kept("roughly one soldier was killed for every three to four wounded; 40 wounded")).toEqual(["40"]);
  });
  it("reads 'T-90' after a figure as a tank, not as tonnes", () => {
    expect(kept("Russia lost 130 T-90 tanks; the bomb weighed 3 t")).toEqual(["130"]);
  });
  it("drops people searched for under the rubble", () => {
    expect(kept("The toll could rise; rescuers were still searching for 22 people, and 73 were wounded")).toEqual(["73"]);
    expect(kept("her office was looking for more than 9,000 Russian servicemen listed as missing")).toEqual(["9,000"]);
  });
  it("drops sums in other currencies", () => {
    expect(kept("a pledge of 85 billion kroner, 300 million zlotys and 4 billion yen")).toEqual([]);
  });
  it("drops 'one' that says which household ('members of one family')", () => {
    expect(kept("Three members of one family died; one building burned")).toEqual(["Three", "one"]);
  });
  it("drops counts of time, distances and times of day", () => {
    expect(kept("During 9 months, 5 km from the border, at 3 p.m., for 2 years")).toEqual([]);
  });
  it("drops formations and decimals that are rates", () => {
    expect(kept("four AFU mechanised brigades and a fertility rate of 0.75")).toEqual([]);
  });
  it("keeps counts", () => {
    expect(kept("1,200 troops, 90 square kilometres, 2000 soldiers")).toEqual(["1,200", "90", "2000"]);
  });
});

describe("isNotClaim, more forms", () => {
  it("drops footnote marks, rates, group sizes, 'no one' and compound adjectives", () => {
    expect(kept("[3] Russian forces advanced; 30,000 volunteers a month; groups of two to five soldiers; no one was hurt; a five-storey block")).toEqual([]);
  });
  it("keeps a group counted as a whole", () => {
    expect(kept("a first group of about 1,500 soldiers")).toEqual(["1,500"]);
  });
});

describe("isNotClaim, what deminers clear", () => {
  it("drops explosive objects, ordnance and mines removed", () => {
    expect(kept("Pyrotechnicians removed more than 2,400 explosive objects, 35 pieces of unexploded ordnance and 120 mines; 146 bodies were found")).toEqual(["146"]);
  });
});

describe("isNotClaim, rates and cut-offs", () => {
  it("drops a rate of advance and households left without power", () => {
    expect(kept("an average of just over 16 km² a day; about 4,500 households were left without electricity; 90 km² taken")).toEqual(["90"]);
  });
});
