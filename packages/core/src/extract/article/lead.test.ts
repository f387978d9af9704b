import { describe, expect, it } from "vitest";
import { dropLeadChrome } from "./lead.js";

describe("dropLeadChrome", () => {
  it("drops a kicker, the repeated headline, a date stamp and a byline, and nothing of the story", () => {
    const t = "Exclusive\n\nTanks cross the river\n\nBy Olena Kovalenko and Jon Rees\n\nUpdated: 14 March 2025, 09:12 GMT\n\nTanks crossed the river on 14 March 2025, officials said.";
    expect(dropLeadChrome(t, "Tanks cross the river")).toBe("Tanks crossed the river on 14 March 2025, officials said.");
  });

  it("keeps a first paragraph that merely starts like a byline or holds a date", () => {
    expect(dropLeadChrome("By nightfall the town was surrounded, officials said.", "X")).toBe("By nightfall the town was surrounded, officials said.");
    expect(dropLeadChrome("Tanks crossed the river on 14 March 2025.", "Tanks cross")).toBe("Tanks crossed the river on 14 March 2025.");
  });

  it("keeps short lines above the headline when one of them is long", () => {
    const t = "Officials in the region reported heavy shelling overnight\n\nTanks cross the river\n\nStory.";
    expect(dropLeadChrome(t, "Tanks cross the river")).toBe(t);
  });
});
