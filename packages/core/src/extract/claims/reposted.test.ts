import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { findRepostedStatement } from "./reposted.js";

describe("findRepostedStatement", () => {
  it("finds the author of a statement the outlet reproduces", () => {
    const text = "Our newsroom publishes the statement of the 92nd Assault Brigade in full, with its photographs.";
    expect(findRepostedStatement(text, "UA")).toMatchObject({ attributedTo: "the 92nd Assault Brigade", sourceParty: "UA" });
    expect(findRepostedStatement("The brigade said little about its losses.", "UA")).toBeNull();
  });
  it("gives the statement's first-person figures to its author, not quotes of others", () => {
    const text = [
      "The Kupiansk Herald reproduces the press release of the 14th Mechanised Brigade in full.",
      "In June our units destroyed 12 tanks and 30 armoured vehicles of the enemy.",
      "“We counted 400 bodies,” a resident said.",
    ].join("\n\n");
    const claims = extractClaims(text, { publishedAt: "2025-07-02" });
    expect(claims.filter((c) => c.metric === "equipment_lost").map((c) => [c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([
      ["RU", 12, "the 14th Mechanised Brigade", "UA"],
      ["RU", 30, "the 14th Mechanised Brigade", "UA"],
    ]);
  });
});
