import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { findPostAuthor, findRepostedStatement } from "./reposted.js";

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
  it("gives a post that opens on its author's name and title every figure that names no other source", () => {
    const text = [
      "Kharkiv Regional Military Administration",
      "Oleh Syniehubov, Head of the Kharkiv Regional Military Administration: situation in the region as of 08:00.",
      "KUPIANSK DISTRICT",
      "In Kivsharivka, 3 civilians were wounded by an FPV drone.",
      "In Borova, 2 private houses were damaged, the police said.",
    ].join("\n\n");
    expect(findPostAuthor(text, "UA")).toMatchObject({ attributedTo: "Oleh Syniehubov", sourceParty: "UA" });
    expect(findPostAuthor("The governor said 3 people were hurt: two men and a woman.", "UA")).toBeNull();
    expect(extractClaims(text, { publishedAt: "2025-11-11" }).map((c) => [c.value, c.attributedTo])).toEqual([[3, "Oleh Syniehubov"], [2, "the police"]]);
  });
});
