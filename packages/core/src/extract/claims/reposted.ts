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
  const m = REPOSTED.exec(text.slice(0, 800));
  if (!m) return null;
  const name = m[1]!.trim();
  const known = countryOfSource(name);
  const named = known.found ? known.code : (findParties(name).find((p) => p.kind !== "international")?.code ?? docPlace);
  return named ? { attributedTo: name, sourceParty: named, known: true, start: 0, end: 0 } : null;
}
