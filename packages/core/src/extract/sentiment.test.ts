import { describe, expect, it } from "vitest";
import { labelOf, NEUTRAL_BAND, sentenceSentiments, sentiment, sentimentOfSentence, splitSentences } from "./sentiment.js";

describe("sentiment of sentences", () => {
  it.each([
    "Villagers celebrated the liberation of their town with flowers and songs.",
    "The talks brought real hope of a lasting peace.",
    "Rescuers were praised for their brave and successful work.",
  ])("reads %j as positive", (s) => {
    const t = sentimentOfSentence(s);
    expect(t.score).toBeGreaterThan(NEUTRAL_BAND);
    expect(t.label).toBe("positive");
  });

  it.each([
    "Terrible losses mount as civilians die in the brutal shelling.",
    "The attack killed five people and destroyed a hospital.",
    "Officials condemned the horrific strike on the crowded market.",
  ])("reads %j as negative", (s) => {
    const t = sentimentOfSentence(s);
    expect(t.score).toBeLessThan(-NEUTRAL_BAND);
    expect(t.label).toBe("negative");
  });

  it("flips a negated word", () => {
    expect(sentimentOfSentence("The talks were successful.").label).toBe("positive");
    expect(sentimentOfSentence("The talks were not successful.").label).toBe("negative");
  });

  it("reads a plain report of a meeting as neutral", () => {
    expect(sentimentOfSentence("The ministers met in Brussels on Tuesday.").label).toBe("neutral");
  });

  it("labels by the neutral band", () => {
    expect(labelOf(0.05)).toBe("neutral");
    expect(labelOf(-0.05)).toBe("neutral");
    expect(labelOf(0.051)).toBe("positive");
    expect(labelOf(-0.2)).toBe("negative");
  });
});

describe("sentiment of a text", () => {
  it("is the mean of its sentences, within [-1, 1]", () => {
    const text = "The attack killed five people and destroyed a hospital.\n\nThe ministers met in Brussels on Tuesday.";
    const per = sentenceSentiments(text);
    expect(per).toHaveLength(2);
    const mean = (per[0]!.sentiment.score + per[1]!.sentiment.score) / 2;
    expect(sentiment(text).score).toBeCloseTo(mean, 2);
    expect(sentiment(text).label).toBe("negative");
    expect(sentiment("").label).toBe("neutral");
  });
});

describe("splitSentences", () => {
  const text = "The U.S. said on Jan. 5 that approx. 1,200 troops were killed at 3 p.m. in the village.  Kyiv denied it.\n\nLosses:\n- 12 tanks\n- 40 drones";

  it("gives exact offsets into the text", () => {
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split at abbreviations and ends a sentence at every newline", () => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The U.S. said on Jan. 5 that approx. 1,200 troops were killed at 3 p.m. in the village.",
      "Kyiv denied it.",
      "Losses:",
      "- 12 tanks",
      "- 40 drones",
    ]);
  });

  it("ends a sentence at the month 'May.' before a name, which sentencex reads as an abbreviation", () => {
    const t = "The defenders gave up last May. Russia said 2,439 surrendered. Sgt. Ivanenko said so in May. 5 days later he left.";
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      "The defenders gave up last May.",
      "Russia said 2,439 surrendered.",
      "Sgt. Ivanenko said so in May. 5 days later he left.",
    ]);
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence after a note's number that follows its period ('the invasion.1 Moscow …'), not after a version", () => {
    const t = "It lost more than 4,000 since the start of the invasion.1 Moscow has kept going. As of Thursday.3 The two series differ. Version 2.1 The end.";
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      "It lost more than 4,000 since the start of the invasion.1",
      "Moscow has kept going.",
      "As of Thursday.3",
      "The two series differ.",
      "Version 2.1 The end.",
    ]);
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not split after a title before a name ('said Ms. Woodward', 'Sgt. Ivanenko')", () => {
    expect(splitSentences("Russia lost 200 tanks, said Ms. Woodward of Britain. Sgt. Ivanenko said 40 died.").map((s) => s.text)).toEqual([
      "Russia lost 200 tanks, said Ms. Woodward of Britain.",
      "Sgt. Ivanenko said 40 died.",
    ]);
  });

  it("keeps offsets exact after emoji and across paragraph breaks the splitter leaves out", () => {
    const t = "Kyiv 🇺🇦 said 300 died. More came.\n\nIt listed them like this:\n\nMeanwhile 12 tanks were lost.";
    const out = splitSentences(t);
    for (const s of out) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.text)).toEqual(["Kyiv 🇺🇦 said 300 died.", "More came.", "It listed them like this:", "Meanwhile 12 tanks were lost."]);
  });

  it("does not end a sentence before a word in lower case", () => {
    expect(splitSentences("Then he left... and came back. Approx. 1,200 stayed.").map((s) => s.text)).toEqual([
      "Then he left... and came back.",
      "Approx. 1,200 stayed.",
    ]);
  });

  it("gives nothing for blank text", () => {
    expect(splitSentences(" \n\n ")).toEqual([]);
  });
});
