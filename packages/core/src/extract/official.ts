/**
 * Publishers that are government, military or state bodies, by their names: a page such a body publishes in its own
 * voice gives its figures as their original source (claims.md: `sourceParty` is the country of the original source).
 * Read by the article layer, for a page that names its publisher only in its `<title>`, and by the claims engine.
 */
export const OFFICIAL_PUBLISHER =
  /\b(?:Ministry|MoD|General Staff|Armed Forces|Defen[cs]e Forces|President(?:ial)?|Kremlin|Prosecutor|Border Guard|Emergency Service|Military Administration|Regional Administration|State Administration|City Council|Government of|National Police|Embassy|Intelligence Service|Ombudsman|Commissioner for Human Rights|Department of Defen[cs]e|Coordination Headquarters|Headquarters for the|Security Service|Intelligence Directorate|Investigative Committee|Information Bureau|Press Service of the [\w -]*(?:Brigade|Regiment|Corps|Command))\b/;

/**
 * An outlet's name or host squashed to its letters and digits, to compare the two however each is written: "Khortytsia
 * Data", "khortytsia-data.example" and "www.khortytsia-data.example" alike.
 */
export function squashName(name: string): string {
  return name.toLowerCase().replace(/^www\./, "").replace(/\.[a-z.]+$/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
