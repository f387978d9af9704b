import { describe, expect, it } from "vitest";
import { bylineFromText, datelineFromText, isDateStamp } from "./dateline.js";

describe("datelineFromText", () => {
  it("reads a date line under the headline", () => {
    expect(datelineFromText("Night of drones\n\nJanuary 20th, 2025\n\nThe story begins here, officials said.")).toBe("2025-01-20");
    expect(datelineFromText("Headline\nPublished 3 September 2024 at 18:05 EEST\nText.")).toBe("2024-09-03");
  });

  it("reads a byline's line of parts, one a date stamp ('By K. Vos · Posted 14 Oct 2025 · 9 min read')", () => {
    expect(datelineFromText("Tallies\n\nBy K. Vos · Posted 14 Oct 2025 · 9 min read\n\nSince the start of 2024, drones have hit airfields.")).toBe("2025-10-14");
    expect(datelineFromText("Olena Kovalenko | Updated 3 March 2025 | 4 minutes\n\nText.")).toBeNull();
  });

  it("reads a wire dateline that opens the first paragraph", () => {
    expect(datelineFromText("KYIV, March 14, 2025 - Ukraine's air force said on Friday that it shot down 48 drones.")).toBe("2025-03-14");
    expect(datelineFromText("SEOUL, Jan. 20, 2025 (Yonhap) -- North Korea has sent more troops.")).toBe("2025-01-20");
  });

  it("does not take a sentence that starts with a date for a dateline", () => {
    expect(datelineFromText("On April 26, 2024, a significant development marked the conflict between the two states.")).toBeNull();
    expect(datelineFromText("Fighting resumed on March 3, 2025 near the town.")).toBeNull();
  });

  it("looks only at the first lines", () => {
    expect(datelineFromText(["a", "b", "c", "d", "e", "f", "g", "May 5, 2025"].join("\n"))).toBeNull();
  });
});

describe("isDateStamp", () => {
  it("knows a stamp from a sentence", () => {
    expect(isDateStamp("Updated: 14 March 2025, 09:12 GMT")).toBe(true);
    expect(isDateStamp("2025-01-20")).toBe(true);
    expect(isDateStamp("Shelling on 14 March 2025 destroyed the bridge")).toBe(false);
  });
});

describe("bylineFromText", () => {
  it("reads a By line and a bare name beside the dateline", () => {
    expect(bylineFromText("Title\nBy Iryna Hnatiuk\nText")).toBe("Iryna Hnatiuk");
    expect(bylineFromText("Title\n\nJanuary 20th, 2025\n\nOlena Kovalenko\n\nText of the story.")).toBe("Olena Kovalenko");
  });
  it("does not take a sentence that starts with \"By\" for a byline", () => {
    expect(bylineFromText("Title\nBy nightfall the town fell\nText")).toBeNull();
  });
  it("does not take a short heading for a name when no date is near", () => {
    expect(bylineFromText("Title\n\nFront Line Report\n\nText of the story.")).toBeNull();
  });
});
