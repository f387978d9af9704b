import type { Attribution } from "./attribution.js";
import { countryOfSource, findParties } from "./parties.js";

/**
 * A statement an outlet reproduces: "Obrii reproduces the press release of the 57th Brigade in full", "we publish
 * the governor's address below". Its sentences in the first person ("Our units repelled …", "we destroyed …") are
 * the author's, though none names them. Found in the first lines of a text only, where an outlet says what follows.
 */
const REPOSTED = /\b(?:reproduces?|publish(?:es)?|reprints?|reposts?|quotes?|shares?|carries|runs)\s+(?:below\s+)?(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?(?:the\s+|an?\s+)?(?:press release|statement|address|post|message|report|summary|communiqu[eé])\s+(?:of|from|by|issued by)\s+(the\s+[^,.;:()]{3,90}?|[A-Z][^,.;:()]{2,90}?)(?=\s+(?:in full|with|below|on|at|for)\b|[,.;:(])/i;

/** The author of a statement the text reproduces, with a country: its own, or where the text's places are. */
export function findRepostedStatement(text: string, docPlace: string | null): Attribution | null {
  const m = REPOSTED.exec(text.slice(0, 800)) ?? WHAT_X_WROTE.exec(text.slice(0, 1500));
  if (!m) return null;
  const name = m[1]!.trim();
  const known = countryOfSource(name);
  const named = known.found ? known.code : (findParties(name).find((p) => p.kind !== "international")?.code ?? docPlace);
  return named ? { attributedTo: name, sourceParty: named, known: true, start: 0, end: 0 } : null;
}

// "This is what the Velyka Novosilka hromada administration wrote:": a post reproduced under a line that names its author.
const WHAT_X_WROTE = /\b(?:this|here) is what\s+(the\s+[^,.;:()]{3,90}?|[A-Z][^,.;:()]{2,90}?)\s+(?:wrote|posted|published|said)\s*:/i;

// "Oleh Syniehubov, Head of the Kharkiv Regional Military Administration: situation in the region as of 08:00": an
// official's post or release that opens on its author's name and title, then a colon.
const POST_AUTHOR = /^([A-Z][\p{L}'’.\- ]{2,40}),\s+((?:the\s+)?(?:head|chief|governor|mayor|minister|commander|spokes(?:man|woman|person)|director|chairman|chairwoman|president|ombuds(?:man|woman|person)|commissioner|secretary)\b[^:\n]{0,100}):\s/imu;

/**
 * The author of a post that opens, in its first lines, on its author's name and title and a colon: every sentence
 * of the post that names no source of its own is the author's. Null for any other text.
 */
export function findPostAuthor(text: string, docPlace: string | null): Attribution | null {
  const m = POST_AUTHOR.exec(text.slice(0, 400));
  if (!m) return null;
  const full = `${m[1]!.trim()}, ${m[2]!.trim()}`;
  const known = countryOfSource(full);
  const code = known.found ? known.code : docPlace;
  return code ? { attributedTo: m[1]!.trim(), sourceParty: code, known: true, start: 0, end: 0 } : null;
}

// ("The Defence Forces of the South of Ukraine report on the situation in their area of responsibility as of 18:00."):
// a military or state body's report that opens on its own name, reporting.
const REPORT_OPENING = /^\s*((?:The\s+)?(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Defen[cs]e Forces|Armed Forces|General Staff|Operational Command|Command|Ministry|Military Administration|State Emergency Service|Border Guard Service|Air Force|Navy|National Guard|National Police)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\p{L}'’-]*){0,3})?)\s+(?:reports?|informs?|presents?)\s+(?:on\s+)?(?:the\s+)?(?:(?:operational|current)\s+)?(?:situation|results|following|update)\b/u;

/**
 * The body whose report a text is, when its first sentence says so ("The Defence Forces of the South of Ukraine report
 * on the situation …"): as a post's author, every sentence that names no source of its own is its. Null otherwise.
 */
export function findReportOpening(text: string): Attribution | null {
  const m = REPORT_OPENING.exec(text.slice(0, 300));
  if (!m) return null;
  const name = m[1]!.trim();
  const known = countryOfSource(name);
  return known.found && known.code ? { attributedTo: name, sourceParty: known.code, known: true, start: 0, end: 0 } : null;
}
