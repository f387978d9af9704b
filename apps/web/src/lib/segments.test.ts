import { describe, expect, it } from "vitest";
import { markSegments } from "./segments";

const text = "Title\n\nFirst sentence has 300 dead. Second one says 2,700 wounded. End.";
const s1 = "First sentence has 300 dead.";
const s2 = "Second one says 2,700 wounded.";

describe("markSegments", () => {
  it("marks each sentence once, however many claims it carries", () => {
    const a = text.indexOf(s1);
    const b = text.indexOf(s2);
    const { segments, unplaced } = markSegments(text, [
      { id: "x", sentence: s1, start: a, end: a + s1.length },
      { id: "y", sentence: s2, start: b, end: b + s2.length },
      { id: "z", sentence: s2, start: b, end: b + s2.length },
    ]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => (s.kind === "mark" ? s.ids.join("+") : s.text))).toEqual(["Title\n\n", "x", " ", "y+z", " End."]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
  it("finds a sentence whose offsets are stale, and reports one not in the text", () => {
    const { segments, unplaced } = markSegments(text, [
      { id: "x", sentence: s1, start: 0, end: 5 },
      { id: "gone", sentence: "Not here.", start: 0, end: 9 },
    ]);
    expect(segments.find((s) => s.kind === "mark")?.text).toBe(s1);
    expect(unplaced.map((c) => c.id)).toEqual(["gone"]);
  });
});
