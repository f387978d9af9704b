import { describe, expect, it } from "vitest";
import { dropLeadingPictographs, elementToText } from "./text.js";
import { parsePage } from "./markup.js";

describe("dropLeadingPictographs", () => {
  it("drops emoji and flags that open a line as its bullet", () => {
    expect(dropLeadingPictographs("⚡️ Russian MOD: units improved positions.\n🇺🇦 General Staff: 41 assaults.\n📊📊 Totals")).toBe(
      "Russian MOD: units improved positions.\nGeneral Staff: 41 assaults.\nTotals",
    );
  });

  it("keeps pictographs inside a line, keycaps, and ©, ® and ™", () => {
    const text = "Shelling 🔥 went on all night.\n1️⃣ first\n© 2025 The Ledger\n™ mark";
    expect(dropLeadingPictographs(text)).toBe(text);
  });
});

describe("elementToText: notes in <sup>", () => {
  const text = (html: string) => elementToText(parsePage(`<html><body><article>${html}</article></body></html>`).querySelector("article")!);

  it("drops a note's number after punctuation or a word, so that a sentence ends where it ends", () => {
    expect(text("<p>Eight were hit in the first quarter of 2024.<sup>8</sup> Our count excludes tugs.</p>")).toBe("Eight were hit in the first quarter of 2024. Our count excludes tugs.");
    expect(text("<p>The ministry reported 40 dead<sup>[3]</sup> and 12 wounded.</p>")).toBe("The ministry reported 40 dead and 12 wounded.");
  });

  it("keeps a unit's power ('km<sup>2</sup>')", () => {
    expect(text("<p>Russia took 450 km<sup>2</sup> in May.</p>")).toBe("Russia took 450 km2 in May.");
  });
});
