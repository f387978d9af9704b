/**
 * Near-duplicate signatures. Two views of a story, because each misses what
 * the other sees (shared/notes/libraries.md):
 *
 * - MinHash of word 3-shingles: a syndicated copy shares most of its wording
 *   (Jaccard ~0.6+), another story shares almost none; a rewrite by another
 *   outlet also shares almost none (~0.03), so this alone misses rewrites.
 * - A fact fingerprint: the story's figures, dates and proper names, which a
 *   rewrite keeps while it changes every sentence around them.
 *
 * Every hash uses fixed seeds, so signatures compare across processes and
 * across time (the worker stores them).
 */

/** Bins of the MinHash (a power of two): 64 gives a standard error of ~0.06 at Jaccard 0.5, enough to tell 0.6 from 0.05. */
const MINHASH_SLOTS = 64;
const SHINGLE_WORDS = 3;
/** Most facts of each kind kept (bottom-k of their hashes): a loss list can hold hundreds of figures. */
const MAX_NAMES = 64;
const MAX_FIGURES = 48;
const MAX_DATES = 16;
const VERSION = "s2";

/** Compared in similarity(): what a signature holds once parsed. Each array is sorted ascending. */
interface Parsed {
  minhash: Uint16Array | null;
  names: Uint32Array;
  /** Figures and dates together. */
  facts: Uint32Array;
}

// ---- hashing (fixed seeds) ----

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units from a seed, then murmur3's finaliser for avalanche. */
function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const SEED_A = 0x9747b28c;
const SEED_B = 0x3c6ef372;
const SEED_FACT = 0x1b873593;

// ---- words ----

/** Words of a text for shingles: lower case, apostrophes folded, punctuation dropped. */
function shingleWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

const EMPTY_BIN = 0xffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012): each shingle is hashed
 * once, its hash picks one of 64 bins and competes for that bin's minimum.
 * The same estimator as 64 separate hash functions at 1/64 of the work.
 * Shingle hashes are built from word hashes, so no shingle string is made.
 */
function minhashOf(words: readonly string[]): Uint16Array | null {
  if (words.length < SHINGLE_WORDS) return null;
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = hash32(words[i]!, SEED_A);
  const mins = new Uint32Array(MINHASH_SLOTS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    // Order matters in a shingle: each position is mixed with its own multiplier.
    const h = fmix32((Math.imul(wh[i]!, 0x9e3779b1) ^ Math.imul(wh[i + 1]!, 0x85ebca77) ^ Math.imul(wh[i + 2]!, 0xc2b2ae3d) ^ SEED_B) >>> 0);
    const bin = h & (MINHASH_SLOTS - 1);
    const v = h >>> 6;
    if (v < mins[bin]!) mins[bin] = v;
  }
  // b-bit MinHash: 15 low bits of each minimum suffice to compare bins (false match 1 in 32,768);
  // 0xffff marks a bin no shingle fell into.
  const out = new Uint16Array(MINHASH_SLOTS);
  for (let k = 0; k < MINHASH_SLOTS; k++) out[k] = mins[k] === 0xffffffff ? EMPTY_BIN : mins[k]! & 0x7fff;
  return out;
}

// ---- facts ----

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH_RE = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b`, "gi");
const ISO_DATE = /\b(?:19|20)\d{2}-(\d{2})-(\d{2})\b/g;

/** Dates as month-day, year left out: a rewrite says "April 26 of this year" where the original said "April 26, 2024". */
function datesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = MONTHS[(m[1] ?? m[4] ?? "").toLowerCase()];
    const day = Number(m[2] ?? m[3]);
    if (month && day >= 1 && day <= 31) out.push(`${month}-${day}`);
  }
  for (const m of text.matchAll(ISO_DATE)) out.push(`${Number(m[1])}-${Number(m[2])}`);
  return out;
}

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9,
};
const WORD_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1,
};
const WORD_SCALES: Record<string, number> = { dozen: 12, dozens: 12, hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9 };
const DIGITS = /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(k|m|mn|mln|bn|b|thousand|million|millions|billion)\b)?/giu;
const WORDS = /\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)[\s-]+)+(?:dozens?|hundreds?|thousands?|millions?|billion))\b/gi;
/** Figures smaller than this are too common ("two villages", "4 people") to mark a story. */
const MIN_FIGURE = 10;

/** The story's figures as normalised values, years left out (they are in the dates, or are context). */
function figuresOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[1]!;
    let v = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(v)) continue;
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : undefined;
    if (scale) v *= scale;
    else if (/^(?:19|20)\d{2}$/.test(raw)) continue;
    if (v >= MIN_FIGURE) out.push(String(Math.round(v * 100) / 100));
  }
  for (const m of text.matchAll(WORDS)) {
    let total = 1;
    let unit = 0;
    for (const w of m[1]!.toLowerCase().split(/[\s-]+/)) {
      if (w in WORD_UNITS) unit += WORD_UNITS[w]!;
      else if (w in WORD_SCALES) total *= (unit || 1) * WORD_SCALES[w]!, (unit = 0);
    }
    const v = total * (unit || 1);
    if (v >= MIN_FIGURE) out.push(String(v));
  }
  return out;
}

/** Capitalised words that start clauses or name months and days, not people or places. */
const NOT_NAMES = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
  "their", "our", "in", "on", "at", "of", "for", "but", "and", "or", "as", "if", "when", "while", "after", "before",
  "since", "during", "with", "without", "by", "from", "to", "not", "no", "yes", "there", "here", "what", "who", "how",
  "why", "where", "which", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "read", "more", "share", "photo", "image", "video", "updated", "published",
]);

// A capitalised word not glued to a letter or digit before it.
const CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’‐-]*/gu;

/** True when the word at `at` opens a sentence or a line: what precedes it is ".", "!", "?", ":" (and quotes), or nothing. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "(" || text[i] === "\u201c" || text[i] === '"' || text[i] === "'" || text[i] === "\u2018")) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (c === "\n") return true;
  let j = i;
  while (j >= 0 && /["'”’)\]]/.test(text[j]!)) j--;
  return j >= 0 && /[.!?:;•–—-]/.test(text[j]!);
}

/** Proper-name words: capitalised words that do not open a sentence, lower-cased, possessives cut, hyphenated parts apart. */
function namesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    if (opensSentence(text, m.index)) continue;
    const word = m[0].replace(/['’]s$|['’‐-]+$/u, "");
    for (const part of word.split(/[‐-]/)) {
      if (part.length >= 3 && /^\p{Lu}/u.test(part)) {
        const lower = part.toLowerCase();
        if (!NOT_NAMES.has(lower)) out.push(lower);
      }
    }
  }
  return out;
}

function bottomK(values: Iterable<string>, k: number): Uint32Array {
  const set = new Set<number>();
  for (const v of values) set.add(hash32(v, SEED_FACT));
  const sorted = Uint32Array.from(set).sort();
  return sorted.slice(0, k);
}

// ---- serialisation ----

function toB64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}
function u32ToB64(a: Uint32Array): string {
  const b = new Uint8Array(a.length * 4);
  const dv = new DataView(b.buffer);
  a.forEach((v, i) => dv.setUint32(i * 4, v));
  return toB64(b);
}
function u16ToB64(a: Uint16Array): string {
  const b = new Uint8Array(a.length * 2);
  const dv = new DataView(b.buffer);
  a.forEach((v, i) => dv.setUint16(i * 2, v));
  return toB64(b);
}
function fromB64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "base64url"));
}
function b64ToU32(s: string): Uint32Array {
  const b = fromB64(s);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Uint32Array(Math.floor(b.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = dv.getUint32(i * 4);
  return out;
}
function b64ToU16(s: string): Uint16Array {
  const b = fromB64(s);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Uint16Array(Math.floor(b.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = dv.getUint16(i * 2);
  return out;
}

/**
 * The near-duplicate signature of a main text, as a compact string
 * ("s1.<minhash>.<names>.<figures>.<dates>", base64url parts; ~0.6–1.2 KB).
 */
export function signature(text: string): string {
  const minhash = minhashOf(shingleWords(text));
  return [
    VERSION,
    minhash ? u16ToB64(minhash) : "",
    u32ToB64(bottomK(namesOf(text), MAX_NAMES)),
    u32ToB64(bottomK(figuresOf(text), MAX_FIGURES)),
    u32ToB64(bottomK(datesOf(text), MAX_DATES)),
  ].join(".");
}

function parseUncached(sig: string): Parsed | null {
  const parts = sig.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  try {
    const mh = parts[1] ? b64ToU16(parts[1]) : null;
    const figures = b64ToU32(parts[3]!);
    const dates = b64ToU32(parts[4]!);
    const facts = new Uint32Array(figures.length + dates.length);
    facts.set(figures);
    facts.set(dates, figures.length);
    return {
      minhash: mh && mh.length === MINHASH_SLOTS ? mh : null,
      names: b64ToU32(parts[2]!).sort(),
      facts: facts.sort(),
    };
  } catch {
    return null;
  }
}

/**
 * Signatures parsed lately. The worker compares each new article with up to 200 stored ones, and
 * the same originals come back for article after article: decoding them every time was a fifth
 * of its CPU on a full database. ~1.3 KB each.
 */
const PARSED_KEPT = 4096;
const parsed = new Map<string, Parsed | null>();

function parse(sig: string): Parsed | null {
  const hit = parsed.get(sig);
  if (hit !== undefined) return hit;
  const p = parseUncached(sig);
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(sig, p);
  return p;
}

/**
 * Estimated Jaccard of two bottom-k sets (sorted arrays): the share of the union's k smallest that
 * both hold. One merge of the two arrays; a value repeated within one array counts once.
 */
function jaccard(a: Uint32Array, b: Uint32Array, k: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Only values below both sets' cut-offs are known to be absent from the other when missing.
  const limit = Math.min(a.length < k ? Infinity : a[a.length - 1]!, b.length < k ? Infinity : b[b.length - 1]!);
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  let seen = 0;
  while (union < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = Math.min(x, y);
    union++;
    if (v > limit) break;
    seen++;
    if (x === y) both++;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return seen === 0 ? 0 : both / seen;
}

/** How many values of `a` (each repeat counted) `b` holds; both sorted. */
function count(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    if (j < b.length && b[j] === a[i]) n++;
  }
  return n;
}

/** Parts of a comparison, for tests and for tuning the thresholds. */
export interface SimilarityParts {
  /** MinHash estimate of the word-shingle Jaccard: the wording shared. */
  wording: number;
  /** Jaccard of figures and dates together. */
  facts: number;
  /** Jaccard of proper names. */
  names: number;
  /** Figures and dates both texts hold. */
  sharedFacts: number;
  /** Whether each text holds any figure or date at all. */
  bothHaveFacts: boolean;
}

/** The parts of a similarity; null when either signature cannot be read. */
export function similarityParts(a: string, b: string): SimilarityParts | null {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return null;
  let wording = 0;
  if (pa.minhash && pb.minhash) {
    // Li, Owen & Zhang's estimator: matches over the bins that are not empty in both.
    let eq = 0;
    let used = 0;
    for (let k = 0; k < MINHASH_SLOTS; k++) {
      const x = pa.minhash[k]!;
      const y = pb.minhash[k]!;
      if (x === EMPTY_BIN && y === EMPTY_BIN) continue;
      used++;
      if (x === y) eq++;
    }
    wording = used === 0 ? 0 : eq / used;
  }
  const fa = pa.facts;
  const fb = pb.facts;
  return {
    wording,
    facts: jaccard(fa, fb, MAX_FIGURES + MAX_DATES),
    names: jaccard(pa.names, pb.names, MAX_NAMES),
    sharedFacts: count(fa, fb),
    bothHaveFacts: fa.length > 0 && fb.length > 0,
  };
}

/** Fewest shared figures and dates for a rewrite to count as the same story on its facts. */
const MIN_SHARED_FACTS = 3;

/**
 * How alike two stories are, in [0, 1]: the larger of their shared wording
 * and their shared facts (figures and dates weighed with names). Two texts
 * whose figures disagree (two days of one daily bulletin) lose the credit for
 * their shared template wording.
 */
export function similarity(a: string, b: string): number {
  const p = similarityParts(a, b);
  if (!p) return 0;
  // Facts: a rewrite keeps the figures and dates and the people and places; same-topic stories share the places only.
  const factScore = p.sharedFacts >= MIN_SHARED_FACTS ? Math.sqrt(p.facts * p.names) : Math.min(p.facts, p.names) * 0.5;
  // A template with other figures is another report: wording only counts as far as the facts agree.
  // (Two days of one bulletin may share no figure at all: that is the clearest case of two reports.)
  const wording = p.bothHaveFacts && p.facts < 0.5 ? Math.min(p.wording, p.facts) : p.wording;
  return Math.max(0, Math.min(1, Math.max(wording, factScore)));
}

/** Similarity at or above which two articles are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** True when two signatures are the same story: a syndicated copy or a rewrite. */
export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}
