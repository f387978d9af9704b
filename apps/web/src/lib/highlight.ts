/**
 * Finds where a claim's figure sits in its sentence, so that the table can
 * highlight it. The extractor keeps the sentence's offsets, not the
 * number's, so the figure is looked for by the ways a number is written:
 * "76,550", "76 550", "76550", "1.5 million", "1.5m", "11k", "300".
 */

export interface Span {
  start: number;
  end: number;
}

const SCALES: [number, string[]][] = [
  [1e9, ["billion", "bn", "b"]],
  [1e6, ["million", "mln", "m"]],
  [1e3, ["thousand", "k"]],
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex sources that match one number as a writer might have put it. */
export function numberPatterns(n: number): string[] {
  const out: string[] = [];
  if (Number.isInteger(n)) {
    const digits = String(n);
    // 76550 → 76[,. \u00a0\u202f]?550: any thousands separator, or none.
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u0000");
    out.push(grouped.split("\u0000").map(escape).join("[,.\\s\\u00a0\\u202f]?"));
  } else {
    out.push(escape(String(n)));
  }
  for (const [scale, words] of SCALES) {
    if (n >= scale && (n / scale) * 10 === Math.round((n / scale) * 10)) {
      const mant = String(n / scale);
      out.push(`${escape(mant)}\\s?(?:${words.join("|")})\\b`);
    }
  }
  return out;
}

const QUALIFIER_WORDS = [
  "more than",
  "at least",
  "over",
  "just over",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "some",
  "an estimated",
  "approximately",
  "up to",
  "as many as",
  "as high as",
  "no more than",
  "fewer than",
  "less than",
  "between",
  "exceeds",
  "exceeding",
];

/**
 * The span of the figure in the sentence, widened to its qualifier ("more
 * than 76,550", "between 10,000 and 12,000"); null when the number is
 * written in words the patterns don't know ("three dozen").
 */
export function findFigure(sentence: string, f: { value: number; low: number | null; high: number | null; qualifier: string }): Span | null {
  const candidates = f.qualifier === "range" && f.low !== null && f.high !== null ? [f.low, f.high, f.value] : [f.value, f.low, f.high];
  for (const n of candidates) {
    if (n === null) continue;
    for (const src of numberPatterns(n)) {
      const re = new RegExp(`(?<![\\d.,])${src}(?![\\d])`, "i");
      const m = re.exec(sentence);
      if (!m) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      // A range: reach over "and"/"to"/a dash to the upper bound.
      if (f.qualifier === "range" && f.high !== null && n === f.low) {
        for (const hi of numberPatterns(f.high)) {
          const tail = new RegExp(`^\\s*(?:-|–|—|to|and)\\s*${hi}`, "i").exec(sentence.slice(end));
          if (tail) {
            end += tail[0].length;
            break;
          }
        }
      }
      const before = sentence.slice(0, start).toLowerCase();
      for (const w of QUALIFIER_WORDS) {
        if (before.endsWith(`${w} `)) {
          start -= w.length + 1;
          break;
        }
      }
      return { start, end };
    }
  }
  return null;
}
