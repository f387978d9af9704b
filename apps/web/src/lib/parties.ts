/**
 * One colour per party, used by every chart, legend, badge and table on the
 * dashboard, so that Russia is the same vermilion on the overview as on the
 * disagreements page. Colours come from the Okabe–Ito palette, which stays
 * distinguishable for the common forms of colour blindness.
 */

/** Colour for "no party stated" (the claim's `party` or `sourceParty` is null). */
export const UNKNOWN_COLOUR = "#8c8c8c";

const COLOURS: Record<string, string> = {
  UA: "#0072B2", // blue
  RU: "#D55E00", // vermilion
  KP: "#CC79A7", // reddish purple
  KR: "#009E73", // bluish green
  US: "#E69F00", // orange
  GB: "#56B4E9", // sky blue
  BY: "#8B4513", // brown
  IR: "#6A3D9A", // purple
  CN: "#B8860B", // dark goldenrod (Okabe–Ito's yellow is unreadable on white)
  FR: "#1B9E77",
  DE: "#444444",
  PL: "#A6761D",
};

/** Colours handed out, in order, to parties missing from the table above. */
const SPARE = ["#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948", "#FF9DA7"];

const NAMES: Record<string, string> = {
  UA: "Ukraine",
  RU: "Russia",
  KP: "North Korea",
  KR: "South Korea",
  US: "United States",
  GB: "United Kingdom",
  BY: "Belarus",
  IR: "Iran",
  CN: "China",
  FR: "France",
  DE: "Germany",
  PL: "Poland",
  IL: "Israel",
  PS: "Palestine",
  SY: "Syria",
  TR: "Türkiye",
  IN: "India",
  JP: "Japan",
  IT: "Italy",
  ES: "Spain",
  NL: "Netherlands",
  SE: "Sweden",
  FI: "Finland",
  NO: "Norway",
  EE: "Estonia",
  LV: "Latvia",
  LT: "Lithuania",
  RO: "Romania",
  MD: "Moldova",
  GE: "Georgia",
  HU: "Hungary",
  CZ: "Czechia",
  SK: "Slovakia",
  CA: "Canada",
  AU: "Australia",
  QA: "Qatar",
  SA: "Saudi Arabia",
  AE: "United Arab Emirates",
};

/** The colour of a party (ISO 3166 alpha-2); grey for null. */
export function partyColour(code: string | null | undefined): string {
  if (!code) return UNKNOWN_COLOUR;
  const fixed = COLOURS[code];
  if (fixed) return fixed;
  // A stable pick for codes outside the table: the same code always gets the same colour.
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length] ?? UNKNOWN_COLOUR;
}

/** A party's English name ("KP" → "North Korea"); the code itself when unknown. */
export function partyName(code: string | null | undefined, unknown = "Unstated"): string {
  if (!code) return unknown;
  return NAMES[code] ?? code;
}

/** Parties whose order is fixed on legends, so the main belligerents always lead. */
export const LEADING_PARTIES = ["UA", "RU", "KP", "KR", "US"] as const;

/** Sort party codes: the leading ones first in their order, then alphabetically, null last. */
export function compareParties(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ia = (LEADING_PARTIES as readonly string[]).indexOf(a);
  const ib = (LEADING_PARTIES as readonly string[]).indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  return a.localeCompare(b);
}
