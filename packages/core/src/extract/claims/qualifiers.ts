import type { Qualifier } from "../../schemas/claim.js";
import type { NumberMention } from "./numbers.js";

/** A qualifier with the bounds it implies (claims.md: at_least leaves high null, at_most leaves low null). */
export interface Qualified {
  qualifier: Qualifier;
  value: number;
  low: number | null;
  high: number | null;
  /** Where the qualifying words begin, when they precede the number. */
  start: number;
}

// Words just before a number, matched at the end of the preceding text.
const APPROX_BEFORE =
  /(?:\b(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|close to|approaching|nearing|circa|an estimated|estimated|an approximate|an approximately|just under|just shy of|more or less|on the order of|in the region of|upwards? of|ca\.|c\.)\s*|[~≈]\s*)$/i;
// "over" after "handed", "took", "turned" is a particle of the verb, not "more than".
const AT_LEAST_BEFORE =
  /(?:\b(?:more than|(?<!\b(?:hand(?:ed|ing|s)?|took|taken|take|turn(?:ed|ing|s)?|gave|given|passed|won|carried|left|moved|flew|flown)\s)over|just over|well over|at least|in excess of|upwards of|above|exceeds?|exceeding|exceeded|no fewer than|no less than|not less than|a minimum of|surpass(?:ed|ing|es)?|topp(?:ed|ing)|top(?:s)?|passed|past|beyond|greater than|north of)\s*)$/i;
const AT_MOST_BEFORE =
  /(?:\b(?:up to|as (?:high|many) as|as much as|no more than|not more than|fewer than|less than|under|at most|a maximum of|at the most|below|maximum of|not exceeding)\s*)$/i;
const AT_LEAST_AFTER = /^(?:\+|\s*-?plus\b|\s+or more\b|\s+and more\b|\s+and counting\b|\s+or higher\b)/i;
const APPROX_AFTER = /^(?:\s+or so\b|\s+odd\b|-odd\b|\s+give or take\b)/i;
const AT_MOST_AFTER = /^(?:\s+or (?:fewer|less)\b|\s+at most\b)/i;

/** Reads the qualifier of a number from the words around it. */
export function qualify(text: string, n: NumberMention): Qualified {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 20);
  // "an estimated" may sit before "more than": strip one layer at a time.
  const lead = (re: RegExp) => re.exec(before);
  if (n.kind === "range") return { qualifier: "range", value: n.value, low: n.low, high: n.high, start: n.start };
  const least = lead(AT_LEAST_BEFORE);
  const most = lead(AT_MOST_BEFORE);
  const approx = lead(APPROX_BEFORE);
  const startOf = (m: RegExpExecArray) => n.start - m[0].length;
  if (n.kind === "vague") {
    // "tens of thousands": at least the lower bound the words imply, bounded above.
    if (most) return { qualifier: "at_most", value: n.high, low: null, high: n.high, start: startOf(most) };
    return { qualifier: "range", value: (n.low + n.high) / 2, low: n.low, high: n.high, start: n.start };
  }
  // "no more than" ends in "more than": the longer phrase decides.
  if (most && (!least || most[0].length > least[0].length)) return { qualifier: "at_most", value: n.value, low: null, high: n.value, start: startOf(most) };
  if (least && !(approx && approx[0].length < least[0].length)) return { qualifier: "at_least", value: n.value, low: n.value, high: null, start: startOf(least) };
  if (most) return { qualifier: "at_most", value: n.value, low: null, high: n.value, start: startOf(most) };
  if (approx) return { qualifier: "approx", value: n.value, low: n.value, high: n.value, start: startOf(approx) };
  if (AT_LEAST_AFTER.test(after)) return { qualifier: "at_least", value: n.value, low: n.value, high: null, start: n.start };
  if (AT_MOST_AFTER.test(after)) return { qualifier: "at_most", value: n.value, low: null, high: n.value, start: n.start };
  if (APPROX_AFTER.test(after)) return { qualifier: "approx", value: n.value, low: n.value, high: n.value, start: n.start };
  return { qualifier: "exact", value: n.value, low: n.value, high: n.value, start: n.start };
}
