import { describe, expect, it } from "vitest";
import { segmentText } from "./segments.js";

describe("segmentText", () => {
  it("splits sentences and list lines with exact offsets", () => {
    const text = "The U.S. said 1,200 died on Jan. 5.  Then more came.\n\nDuring 9 months the enemy lost:\nmore than 7,000 personnel,\n40 tanks,";
    const segs = segmentText(text);
    expect(segs.map((s) => s.text)).toEqual(["The U.S. said 1,200 died on Jan. 5.", "Then more came.", "During 9 months the enemy lost:", "more than 7,000 personnel,", "40 tanks,"]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segs.map((s) => s.line)).toEqual([false, false, true, true, true]);
  });
  it("joins a sentence split after an initial", () => {
    expect(segmentText("(LEAD) N. Korean troops suffer 4,700 casualties: NIS").map((s) => s.text)).toEqual(["(LEAD) N. Korean troops suffer 4,700 casualties: NIS"]);
  });
});

describe("segmentText on run-on text", () => {
  it("cuts a sentence of thousands of characters into pieces that still slice the text", () => {
    const text = "Russia lost 1,000 soldiers, ".repeat(400);
    const segs = segmentText(text);
    expect(segs.length).toBeGreaterThan(5);
    for (const s of segs) {
      expect(s.end - s.start).toBeLessThanOrEqual(1500);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
