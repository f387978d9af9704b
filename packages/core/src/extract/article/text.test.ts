import { describe, expect, it } from "vitest";
import { dropLeadingPictographs } from "./text.js";

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
