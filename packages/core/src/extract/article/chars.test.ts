import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapsedLength, countRuns, isSpace, words } from "./chars.js";

// Strings rich in the characters that matter here: JavaScript's spaces, letters, a surrogate pair.
const text = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "a", "b", ".", "é", "😀") });

describe("chars", () => {
  it("isSpace agrees with \\s on every UTF-16 code unit", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("collapsedLength is the length of the text with its spaces collapsed and trimmed", () => {
    fc.assert(fc.property(text, (s) => collapsedLength(s) === s.replace(/\s+/g, " ").trim().length));
  });

  it("words counts the runs of non-space characters", () => {
    fc.assert(fc.property(text, (s) => words(s) === s.split(/\s+/).filter(Boolean).length));
  });

  it("countRuns carries a word across pieces", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = countRuns(a, false);
        return first.n + countRuns(b, first.inWord).n === words(a + b);
      }),
    );
  });
});
