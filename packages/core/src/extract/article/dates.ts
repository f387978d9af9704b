/**
 * Publication dates as publishers write them, to "YYYY-MM-DD". An ISO
 * timestamp keeps the publisher's own calendar day ("2025-01-20T23:30-05:00" is
 * the 20th), since that is the day the article carries.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

// Earliest and latest years we accept: older is a typo or an archive stamp, later is a bug.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const ISO_RE = /^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const COMPACT_RE = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T|\s|$)/;
const MDY_RE = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "i");
const DMY_RE = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, "i");
const NUMERIC_DMY_RE = /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b/;

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")] ?? 0;
}

/** A date written in words, anywhere in a string: "January 20th, 2025", "20 Jan. 2025". */
export function findWrittenDate(text: string): string | null {
  const mdy = MDY_RE.exec(text);
  const dmy = DMY_RE.exec(text);
  // The earlier of the two forms in the text is the one the writer meant first.
  const pick = mdy && dmy ? (mdy.index <= dmy.index ? "mdy" : "dmy") : mdy ? "mdy" : dmy ? "dmy" : null;
  if (pick === "mdy" && mdy) return iso(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  if (pick === "dmy" && dmy) return iso(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  return null;
}

/**
 * A machine- or human-written date (meta tags, JSON-LD, `<time datetime>`):
 * ISO 8601, compact 20250120, RFC 2822, written months, or day-first numerals
 * when the day cannot be a month. Null when none is there or it is ambiguous.
 */
export function parseDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s) return null;
  const isoM = ISO_RE.exec(s);
  if (isoM) return iso(Number(isoM[1]), Number(isoM[2]), Number(isoM[3]));
  const compact = COMPACT_RE.exec(s);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));
  const written = findWrittenDate(s);
  if (written) return written;
  const num = NUMERIC_DMY_RE.exec(s);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const y = Number(num[3]);
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
    // "03/04/2025" could be either; a dot is the day-first habit of most of the world.
    if (s.includes(".")) return iso(y, b, a);
  }
  return null;
}

function fromEpoch(n: number): string | null {
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date in a URL's path: /2025/01/20/, /2025-01-20-, /20250120/. Year-and-month alone is not enough for a day. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
