import { describe, expect, it } from "vitest";
import type { Attribution } from "./attribution.js";
import { ParagraphCarry, ownVoice } from "./carry.js";
import type { Segment } from "./segments.js";

const seg = (text: string, paragraph: number, line = false): Segment => ({ text, start: 0, end: text.length, paragraph, line });
const staff: Attribution = { attributedTo: "the General Staff", sourceParty: "UA", known: true, start: 0, end: 0 };

/** Feeds paragraphs in order; `named` marks those that name the source themselves; returns what the last one carries. */
function carriedInto(paragraphs: { text: string; named?: boolean; line?: boolean }[]): Attribution | null {
  const carry = new ParagraphCarry();
  let out: Attribution | null = null;
  paragraphs.forEach((p, i) => {
    carry.enter(seg(p.text, i * 2, p.line));
    if (p.named) carry.named(staff);
    else out = carry.carried(p.text);
  });
  return out;
}

describe("ParagraphCarry", () => {
  it("carries a source named in two paragraphs into the next paragraph that names none", () => {
    expect(
      carriedInto([
        { text: "Kyiv's General Staff published its morning figures.", named: true },
        { text: "Over the day the enemy lost 1,100 soldiers, the General Staff said.", named: true },
        { text: "Invaders also lost nine tanks near Kupiansk." },
      ]),
    ).toBe(staff);
  });
  it("does not carry a source named only once: the next paragraph may be the outlet's background", () => {
    expect(
      carriedInto([
        { text: "The General Staff said 1,100 Russian soldiers were lost.", named: true },
        { text: "Ukrainian units still hold about 400 square kilometres near the border." },
      ]),
    ).toBeNull();
  });
  it("skips a heading between the paragraphs, but not a paragraph of the outlet's own", () => {
    const named = [
      { text: "The General Staff reported its figures.", named: true },
      { text: "Russia lost 40 tanks, the General Staff said.", named: true },
    ];
    expect(carriedInto([...named, { text: "Overall totals", line: true }, { text: "Since 2022 Russia has lost 10,000 tanks." }])).toBe(staff);
    expect(carriedInto([...named, { text: "The war began in 2022." }, { text: "Russia has lost 10,000 tanks." }])).toBeNull();
  });
  it("hands a carried source on while the paragraphs in its voice carry figures", () => {
    const run = (third: string) => {
      const carry = new ParagraphCarry();
      const texts = ["The General Staff reported its figures.", "Russia lost 40 tanks, the General Staff said.", third, "Air defences also downed 60 drones."];
      let out: Attribution | null = null;
      texts.forEach((t, i) => {
        carry.enter(seg(t, i * 2));
        if (i < 2) carry.named(staff);
        else {
          out = carry.carried(t);
          carry.spoke(out, /\d/.test(t));
        }
      });
      return out;
    };
    expect(run("Invaders lost 900 soldiers near Pokrovsk.")).toBe(staff);
    expect(run("Analysts see a pattern in this.")).toBeNull();
  });
  it("stops at the outlet's own voice and at background about figures already known", () => {
    const named = [
      { text: "The General Staff reported its figures.", named: true },
      { text: "Russia lost 40 tanks, the General Staff said.", named: true },
    ];
    expect(carriedInto([...named, { text: "By our own count at least 20 villages changed hands." }])).toBeNull();
    expect(carriedInto([...named, { text: "The 3,000 marines landed in May were not part of it." }])).toBeNull();
    expect(carriedInto([...named, { text: "Geolocated footage published on May 3 shows Russian troops destroying two Ukrainian tanks." }])).toBeNull();
  });
});

describe("ownVoice", () => {
  it("hears the outlet speaking for itself", () => {
    expect(ownVoice("Our tally puts the dead at 4,000.")).toBe(true);
    expect(ownVoice("By this column’s tally of officials’ reports, 40 civilians were killed this week.")).toBe(true);
    expect(ownVoice("We have counted 812 names so far.")).toBe(true);
    expect(ownVoice("By my count, 12 villages fell.")).toBe(true);
    expect(ownVoice("Russia lost 12 tanks.")).toBe(false);
  });
  it("carries a source that titles its own publication at the top of the page ('… Intelligence update')", () => {
    const update: Attribution = { attributedTo: "Defence Intelligence update", sourceParty: "GB", known: true, start: 0, end: 0 };
    const run = (firstParagraph: number) => {
      const carry = new ParagraphCarry();
      carry.enter(seg("Ukraine: Defence Intelligence update.", firstParagraph));
      carry.named(update);
      carry.enter(seg("Russia probably lost 1,300 soldiers a day in May.", firstParagraph + 2));
      return carry.carried("Russia probably lost 1,300 soldiers a day in May.");
    };
    expect(run(0)).toBe(update);
    // The same words deep in a page are one mention of a source, not the page's voice.
    expect(run(6)).toBeNull();
  });
  it("hears the outlet in 'reviewed by this magazine'", () => {
    expect(ownVoice("Images reviewed by this magazine show 40 burnt-out tanks.")).toBe(true);
  });
});
