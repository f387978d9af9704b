import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { findInterview } from "./interview.js";
import { segmentText } from "./segments.js";

const text = [
  "Major Oksana Hnatiuk, who leads an air-defence battery near Kharkiv, on the long nights of the drone war.",
  "Interview by Tom Reyes, Kharkiv.",
  "What changed this spring?",
  "The Russians send more drones every week. Last month my battery shot down 140 Russian drones.",
  "Do you have enough missiles?",
  "Never. We fire machine guns at most of the targets now.",
  "And your own losses?",
  "Since January we have lost four soldiers killed.",
].join("\n\n");

describe("findInterview", () => {
  it("finds the subject of a printed interview and its answer paragraphs", () => {
    const segments = segmentText(text);
    const iv = findInterview(text, segments, "UA")!;
    expect(iv.subject.attributedTo).toBe("Major Oksana Hnatiuk");
    expect(iv.subject.sourceParty).toBe("UA");
    const para = (s: string) => segments.find((g) => g.text.startsWith(s))!.paragraph;
    expect(iv.answers(para("The Russians send"))).toBe(true);
    expect(iv.answers(para("Do you have"))).toBe(false);
    expect(iv.answers(para("Interview by"))).toBe(false);
  });
  it("is no interview without questions standing as paragraphs", () => {
    const story = "Major Oksana Hnatiuk said in an interview that her battery shot down 140 drones.\n\nShe expects more.";
    expect(findInterview(story, segmentText(story), "UA")).toBeNull();
  });
  it("gives first-person answers to the subject", () => {
    const claims = extractClaims(text, { publishedAt: "2025-06-01" });
    expect(claims.map((c) => [c.metric, c.value, c.attributedTo, c.sourceParty])).toEqual([
      ["equipment_lost", 140, "Major Oksana Hnatiuk", "UA"],
      ["killed", 4, "Major Oksana Hnatiuk", "UA"],
    ]);
  });
});
