/**
 * Numbers as war reporting writes them: digits with separators, decimals with a
 * scale ("1.5 million", "2.3bn"), number words ("nearly three dozen"), vague
 * plurals ("tens of thousands") and ranges ("between 10,000 and 12,000").
 *
 * A small parser of our own rather than @microsoft/recognizers-text-number:
 * that library misses "2.3bn"/"1.2m", reads "half a million" as 2E-06, returns
 * date parts as numbers and costs tens of ms per article; the vocabulary of war
 * figures is small enough to parse exactly, with offsets, in well under a ms.
 */

/** A number found in a text, with the character span it occupies. */
export interface NumberMention {
  start: number;
  end: number;
  /** The normalised value (a range's midpoint, a vague plural's lower bound). */
  value: number;
  low: number;
  high: number;
  kind: "plain" | "range" | "vague";
  /** True when written in words ("three", "a dozen"), false for digits. */
  words: boolean;
  text: string;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Indian English: "10 lakh" is a million, "1 crore" ten million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9,
  // "720 thsd. servicemen", "700 thous. people".
  thsd: 1e3, thous: 1e3,
  // "3 dozen drones".
  dozen: 12,
};

/**
 * Vague plurals: bounds as one to nine of the unit ("tens of thousands" is
 * 10,000 to 90,000, value the midpoint), the convention the annotated corpus
 * follows; "dozens" is two to eight dozen.
 */
const VAGUE: [RegExp, number, number][] = [
  [/^hundreds of thousands\b/i, 100_000, 900_000],
  [/^tens of thousands\b/i, 10_000, 90_000],
  [/^dozens of thousands\b/i, 24_000, 96_000],
  [/^(?:several|a few) thousand\b/i, 2_000, 9_000],
  [/^(?:several|a few) hundred\b/i, 200, 900],
  [/^thousands\b/i, 1_000, 9_000],
  [/^hundreds\b/i, 100, 900],
  [/^dozens\b/i, 24, 96],
  [/^scores\b/i, 40, 100],
  [/^millions\b/i, 1_000_000, 9_000_000],
];

// (Translated copy writes thousands with dots, "1.000.340", "45.720", and decimals with a comma before a scale,
// "1,5 million", "720 thsd.": a dot before exactly three digits, not before a scale, groups thousands.)
const DIGITS =
  /(?<![\w.,/:$€£₴]|[A-Za-z]-)(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,])|[1-9]\d{0,2}(?:\.\d{3})+(?![\d.]|\s?(?:million|billion|trillion|thousand|mln|mn|bn)\b)|\d{1,3},\d{1,2}(?=\s?(?:million|billion|thousand|mln|mn|bn|thsd|thous)\b)|\d+)(?:\.(\d+))?(?:(\s?)(million|billion|trillion|thousand|hundred|lakh|lakhs|crore|crores|dozen|thsd|thous|mln|mn|bn|m|k|b)\b)?(?![\w])/gi;

const WORD_TOKEN =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|a|an|and)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b/gi;

/** Thousands grouped by dots, as translated copy writes them: "1.000.340", "45.720". */
export const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

function digitValue(intPart: string, frac: string | undefined, space: string | undefined, scale: string | undefined): number | null {
  const int = DOT_GROUPED.test(intPart) ? intPart.replace(/\./g, "") : /^\d{1,3},\d{1,2}$/.test(intPart) ? intPart.replace(",", ".") : intPart.replace(/[,\u00a0\u202f\u2009 ]/g, "");
  const n = Number(int + (frac ? `.${frac}` : ""));
  if (!Number.isFinite(n)) return null;
  if (!scale) return n;
  const s = scale.toLowerCase();
  // "500 m" is metres and "5 b" a label; the short scales count only when attached ("1.2m", "10k", "2.3bn").
  if (space && ["m", "k", "b", "mn", "bn", "mln"].includes(s) && s !== "mln" && s !== "bn" && s !== "mn") return n;
  const mult = SCALES[s];
  return mult === undefined ? n : n * mult;
}

/** Parses a run of number words ("two hundred and fifty thousand", "three dozen", "half a million"). */
export function parseNumberWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (w === "and") continue;
    if (w === "a" || w === "an") {
      current += current === 0 ? 1 : 0;
      continue;
    }
    if (w === "half") {
      // "half a million": a fraction of the following scale.
      const next = words.slice(i + 1).find((x) => !/^(a|an)$/i.test(x))?.toLowerCase();
      const scale = next ? SCALES[next] : undefined;
      if (scale === undefined) return null;
      return (total + (current || 1) * 0.5 * scale) || null;
    }
    const hy = w.split("-");
    if (hy.length === 2 && TENS[hy[0]!] !== undefined && UNITS[hy[1]!] !== undefined) {
      current += TENS[hy[0]!]! + UNITS[hy[1]!]!;
      seen = true;
      continue;
    }
    if (UNITS[w] !== undefined) {
      current += UNITS[w]!;
      seen = true;
    } else if (TENS[w] !== undefined) {
      current += TENS[w]!;
      seen = true;
    } else if (w === "dozen") {
      current = (current || 1) * 12;
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === "thousand" || w === "million" || w === "billion") {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** Whether two number words may follow each other in one number: "thirty five", "two hundred", not "two nine". */
function juxtaposed(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const small = (w: string): boolean => UNITS[w] !== undefined || w.includes("-");
  if (small(y) || TENS[y] !== undefined) return !(small(x) || TENS[x] !== undefined) || (TENS[x] !== undefined && UNITS[y] !== undefined && UNITS[y]! < 10);
  return true;
}

function findWordNumbers(text: string, taken: boolean[]): NumberMention[] {
  const out: NumberMention[] = [];
  const tokens: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD_TOKEN)) tokens.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  let i = 0;
  while (i < tokens.length) {
    // Collect a run of adjacent number-word tokens separated only by spaces or hyphens.
    let j = i;
    while (j + 1 < tokens.length && /^[\s-]+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    let run = tokens.slice(i, j + 1);
    // Leading/trailing glue words are not numbers on their own.
    while (run.length && /^(and)$/i.test(run[run.length - 1]!.w)) run = run.slice(0, -1);
    while (run.length && /^(and)$/i.test(run[0]!.w)) run = run.slice(1);
    // "a"/"an" count only in front of a scale or "dozen" ("a dozen", "a hundred"), or "half a million".
    while (run.length && /^(a|an)$/i.test(run[0]!.w) && !(run[1] && /^(dozen|hundred|thousand|million|billion)$/i.test(run[1].w))) run = run.slice(1);
    // "a" inside a run ends it unless it belongs to "half a <scale>".
    const cut = run.findIndex((t, k) => k > 0 && /^(a|an)$/i.test(t.w) && !/^half$/i.test(run[k - 1]!.w));
    if (cut > 0) run = run.slice(0, cut);
    // ("Two nine-story apartment blocks": a count before an adjective of its own is two numbers, not eleven. English
    // puts a unit after a ten alone: "thirty five", never "two nine" or "twenty thirty".)
    // ("between five and eight HIMARS launchers": "and" joins a number only after a scale, "one hundred and five"; after
    // a unit or a ten it joins two numbers, a range's ends.)
    const joined = run.findIndex((t, k) => k > 0 && /^and$/i.test(t.w) && !/^(?:hundred|thousand|million|billion|dozen)$/i.test(run[k - 1]!.w));
    if (joined > 0) {
      j = tokens.indexOf(run[0]!) + joined;
      run = run.slice(0, joined);
    }
    const apart = run.findIndex((t, k) => k > 0 && !juxtaposed(run[k - 1]!.w, t.w));
    if (apart > 0) {
      run = run.slice(0, apart);
      j = i + apart - 1;
    }
    if (run.length && !(run.length === 1 && /^(half|dozen|hundred|thousand|million|billion)$/i.test(run[0]!.w) && !/^(dozen)$/i.test(run[0]!.w))) {
      const value = parseNumberWords(run.map((t) => t.w));
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const overlap = taken.slice(start, end).some(Boolean);
      if (value !== null && !overlap && !(run.length === 1 && /^dozen$/i.test(run[0]!.w))) {
        out.push({ start, end, value, low: value, high: value, kind: "plain", words: true, text: text.slice(start, end) });
        for (let k = start; k < end; k++) taken[k] = true;
      }
    }
    i = j + 1;
  }
  return out;
}


function merge(text: string, list: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (b && a.kind === "plain" && b.kind === "plain") {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 9), a.start);
      // ("11 thousand~12 thousand soldiers": a tilde between two figures joins them as a dash does.)
      const dash = /^\s?[-–—~〜]\s?$/.test(gap) || /^\s+to\s+$/i.test(gap);
      const between = /^\s+and\s+$/i.test(gap) && /\bbetween\s+$/i.test(before);
      const from = /^\s+to\s+$/i.test(gap) && /\bfrom\s+$/i.test(before);
      // "24 February 2022 to 1,000,340": a year does not open a range of counts.
      const yearLike = (m: NumberMention) => !m.words && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100 && !/,/.test(m.text);
      // "between Oct. 8 and 13" is a span of days.
      const afterMonth = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start));
      if ((dash || between || from) && !(yearLike(a) && !yearLike(b)) && !afterMonth) {
        let low = a.value;
        const high = b.value;
        // "10 to 12 thousand": the scale written once applies to both ends.
        if (low < high / 1000 && high >= 1000 && !/[,\d]{4}/.test(a.text)) {
          const scale = high >= 1e9 ? 1e9 : high >= 1e6 ? 1e6 : 1e3;
          if (low * scale <= high) low *= scale;
        }
        if (low < high) {
          const start = between || from ? a.start - (before.match(/(?:between|from)\s+$/i)?.[0].length ?? 0) : a.start;
          out.push({ start, end: b.end, value: (low + high) / 2, low, high, kind: "range", words: a.words && b.words, text: text.slice(start, b.end) });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

// A superset of WORD_TOKEN's words less the glue ("a", "an", "and") and of VAGUE's: their starts.
const NUMBER_WORD_START =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|score)/i;

// The vague plurals in one scan, in VAGUE's order (at one position the first that fits wins, as trying them
// in turn would), each in its own group; at a word's start only. One pass instead of ten tries per word.
const VAGUE_SCAN = new RegExp(`(?<!\\w)(?:${VAGUE.map(([re]) => `(${re.source.replace(/^\^/, "")})`).join("|")})`, "gi");

/** Finds every number in a text, in order, with ranges merged into one mention. */
/** A day, month and year written with dots: "24.02.2022", "19.11.24". */
const DOTTED_DATE = /\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d|\d\d)\b(?!\.\d|,\d)/g;

export function findNumbers(text: string): NumberMention[] {
  // Most sentences hold no figure: without a digit or the start of a number word (every vague plural and
  // every run of number words holds one) the scans below find nothing, and they are not run.
  if (!/\d/.test(text) && !NUMBER_WORD_START.test(text)) return [];
  const found: NumberMention[] = [];
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  // Vague plurals first: "tens of thousands" must not be read as "thousands".
  for (const m of text.matchAll(VAGUE_SCAN)) {
    const k = m.findIndex((g, j) => j > 0 && g !== undefined) - 1;
    const [, low, high] = VAGUE[k]!;
    const i = m.index;
    const end = i + m[0].length;
    found.push({ start: i, end, value: low, low, high, kind: "vague", words: true, text: m[0] });
    for (let q = i; q < end; q++) taken[q] = true;
  }
  // "a quarter of a million", "three-quarters of a million": a fraction of a scale ("half a million" is read below).
  if (text.includes("quarter") || text.includes("Quarter")) {
    for (const m of text.matchAll(/\b(a|one|three)[- ]quarters?\s+of\s+an?\s+(million|billion)\b/gi)) {
      const value = (m[1]!.toLowerCase() === "three" ? 0.75 : 0.25) * SCALES[m[2]!.toLowerCase()]!;
      found.push({ start: m.index, end: m.index + m[0].length, value, low: value, high: value, kind: "plain", words: true, text: m[0] });
      for (let q = m.index; q < m.index + m[0].length; q++) taken[q] = true;
    }
  }
  // ("from 24.02.22 to 19.11.24", "on 04.08.2025": a date written with dots is no figure, nor are its parts.)
  if (text.includes(".")) for (const m of text.matchAll(DOTTED_DATE)) for (let q = m.index; q < m.index + m[0].length; q++) taken[q] = true;
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    if (taken[start]) continue;
    let end = start + m[0].length;
    let value = digitValue(m[1]!, m[2], m[3], m[4]);
    if (value === null) continue;
    // "10 thousand"/"1.5 million" written with a word scale after a space.
    if (m[4] && m[3] && digitValue(m[1]!, m[2], m[3], m[4]) === Number(m[1]!.replace(/\D/g, "") + (m[2] ? `.${m[2]}` : ""))) {
      end = start + m[0].length - (m[3] + m[4]).length;
      value = Number(m[1]!.replace(/\D/g, "") + (m[2] ? `.${m[2]}` : ""));
    }
    found.push({ start, end, value, low: value, high: value, kind: "plain", words: false, text: text.slice(start, end) });
    for (let k = start; k < end; k++) taken[k] = true;
  }
  found.push(...findWordNumbers(text, taken));
  found.sort((a, b) => a.start - b.start);
  return merge(text, found);
}
