import { createRequire } from "node:module";
import type * as Franc from "franc";

// franc's trigram tables (~14 MB) are loaded on the first page that does not
// declare its language; most do. (Node ≥ 20.19 can require() an ES module.)
const requireLazy = createRequire(import.meta.url);
let franc: typeof Franc.franc | null = null;

/** ISO 639-3 → 639-1 for the languages news in our field is written in; others keep their 639-3 code. */
const ISO3_TO_1: Record<string, string> = {
  eng: "en", rus: "ru", ukr: "uk", kor: "ko", deu: "de", fra: "fr", spa: "es", ita: "it", por: "pt", pol: "pl",
  nld: "nl", ces: "cs", slk: "sk", ron: "ro", bul: "bg", srp: "sr", hrv: "hr", bos: "bs", slv: "sl", bel: "be",
  lit: "lt", lav: "lv", est: "et", fin: "fi", swe: "sv", nob: "nb", nno: "nn", dan: "da", hun: "hu", ell: "el",
  tur: "tr", ara: "ar", arb: "ar", heb: "he", fas: "fa", pes: "fa", hin: "hi", urd: "ur", cmn: "zh", zho: "zh",
  jpn: "ja", vie: "vi", ind: "id", zlm: "ms", msa: "ms", tha: "th", kat: "ka", hye: "hy", azj: "az", aze: "az",
  kaz: "kk", uzn: "uz", uzb: "uz", cat: "ca", glg: "gl", eus: "eu", isl: "is", gle: "ga", cym: "cy", afr: "af",
  swh: "sw", swa: "sw",
};

/** How much text franc reads: its trigram profile settles within a few thousand characters. */
const SAMPLE_CHARS = 3000;

/**
 * The languages franc chooses among: the ones above. Its full list of ~400
 * makes it ~5x slower and, on short news text, now and then picks a
 * neighbouring minority language over the obvious one.
 */
const CANDIDATES = Object.keys(ISO3_TO_1);

/** Language of a text as an ISO 639-1 code where one exists (franc, ISO 639-3 otherwise); null when undecided. */
export function detectLanguage(text: string): string | null {
  franc ??= (requireLazy("franc") as typeof Franc).franc;
  const code = franc(text.slice(0, SAMPLE_CHARS), { minLength: 20, only: CANDIDATES });
  if (code === "und") return null;
  return ISO3_TO_1[code] ?? code;
}
