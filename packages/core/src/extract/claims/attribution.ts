import { countryOfSource } from "./parties.js";

/** Who a sentence says its figures come from. */
export interface Attribution {
  /** The source as named ("Ukraine's General Staff"). */
  attributedTo: string;
  /** Its country; null for international bodies and sources of no single country. */
  sourceParty: string | null;
  /** Whether the named source resolved to a country or body we know. */
  known: boolean;
  /** Position of the source name in the sentence. */
  start: number;
  end: number;
}

// Verbs of saying, in the forms news English uses.
const SAY =
  "said|says|say|told|tells|claimed|claims|claim|estimated|estimates|estimate|reported|reports|stated|states|announced|announces|confirmed|confirms|believes|believe|believed|assessed|assesses|assess|added|adds|noted|notes|wrote|writes|posted|indicated|indicates|revealed|reveals|disclosed|alleged|alleges|insisted|insists|calculated|calculates|counted|counts|tallied|recorded|records|documented|documents|verified|verifies|suggests|suggested|warned|warns|briefed|informed|acknowledged|acknowledges|admitted|admits|declared|declares|asserted|asserts|put|puts|puts the|put the|estimating|thinks|think|thought|concluded|concludes|found|finds|shows|showed|show|cited|cites|quoted|quotes|explained|explains|told reporters|told journalists|reiterated|boasted|publishes|published|stressed|emphasized|emphasised|highlighted|mentioned|observed|specified|clarified|summed up|updated|listed|lists";
const AUX = "(?:has |have |had |was |were |is |are |also |previously |earlier |later |then |had previously |has previously |has also |have also |had also |would |will |could |may |might |now |further |again |separately |on \\w+ |last \\w+ |in \\w+ )*";

const PRONOUN = /^(?:it|he|she|they|we|i|the source|the official|the statement|the report|the ministry|the agency|officials|the spokesman|the spokesperson)$/i;

const SOURCE_NOUNS =
  /\b(?:ministry|mod|staff|command|intelligence|agency|service|office|officials?|spokes(?:man|woman|person)|governor|president|minister|commander|chief|general|military|army|forces|navy|air force|government|authorities|institute|think tank|analysts?|mission|council|department|sources?|observers?|monitors?|estimates?|data|figures|report|statement|bulletin|update|assessment|tally|count|newspaper|outlet|channel|blogger|journalist|correspondent|media|press|group|project|center|centre|lawmakers?|legislators?|deputy|mayor|head|leader|envoy|ambassador|diplomats?|researchers?|experts?|the un|the kremlin|kremlin)\b/i;

function clean(s: string): string {
  return s
    .replace(/^[\s,;:"“”'‘’(—–-]+|[\s,;:"“”'‘’)—–-]+$/g, "")
    .replace(/^(?:that|and|but|as|while|which|who|so|meanwhile|however|earlier|also|separately)\s+/i, "")
    .replace(/\s+(?:on|in|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+day|week|month|year|morning|evening|night)$/i, "")
    .trim();
}

function chained(src: string): string {
  // "the BBC, citing Western officials": the original source is the one cited.
  const m = /\b(?:citing|quoting|cited|according to|based on|drawing on|relying on|per)\s+(.+)$/i.exec(src);
  return m ? clean(m[1]!) : src;
}

function make(raw: string, start: number, sentence: string): Attribution | null {
  let name = clean(raw);
  // Cut at a relative clause or a second verb phrase: "Zelensky, who visited…".
  name = name.replace(/\s*,?\s+(?:who|which|whose|where)\b.*$/i, "");
  if (!name || name.length > 120) return null;
  const original = chained(name);
  const words = original.split(/\s+/).length;
  if (words > 14) return null;
  if (PRONOUN.test(original)) return { attributedTo: original, sourceParty: null, known: false, start, end: start + raw.length };
  const c = countryOfSource(original);
  // A named source must look like one: a country, a known body, a capitalised name or a source noun.
  if (!c.found && !SOURCE_NOUNS.test(original) && !/\b[A-Z][a-z]+/.test(original)) return null;
  void sentence;
  return { attributedTo: original, sourceParty: c.code, known: c.found, start, end: start + raw.length };
}

/** The source a sentence names for its figures, or null when it speaks in the outlet's own voice. */
export function findAttribution(sentence: string): Attribution | null {
  const cands: Attribution[] = [];
  // "according to X", "citing X", "X's figures", "data from X".
  for (const m of sentence.matchAll(/\b(?:according to|citing|quoting|per|as reported by|(?:given out|released|published|issued|provided|announced|compiled|collected|gathered|confirmed|verified|cited) by|as estimated by|as stated by|reported by|estimated by|figures (?:from|by|released by|published by|provided by)|data (?:from|by|released by|published by|provided by)|estimates? (?:from|by)|an estimate by|a report by|a statement (?:from|by)|statistics (?:from|by)|information from|by the count of|in the words of)\s+([^,;:.!?()"“”]+(?:\([^)]*\))?[^,;:.!?"“”]*?)(?=[,;:.!?"“”]|\s+(?:that|which|who|on|in|as|and the|while|to)\b|$)/gi)) {
    const a = make(m[1]!, m.index + m[0].length - m[1]!.length, sentence);
    if (a) cands.push(a);
  }
  // "X said", "X has told reporters", "X estimates".
  const verb = new RegExp(`(^|[,;:"“”(—–]\\s*|\\bthat\\s+|\\band\\s+|\\bbut\\s+|\\bwhile\\s+|\\bas\\s+)([^,;:"“”—–]{2,140}?)\\s+${AUX}(?:${SAY})\\b`, "g");
  for (const m of sentence.matchAll(verb)) {
    const raw = m[2]!;
    // "Russia lost 1,000 soldiers, Ukraine said": a clause holding a figure is not a source.
    if (/\d/.test(raw) && !/\b\d+(?:st|nd|rd|th)\b/.test(raw)) continue;
    const a = make(raw, m.index + m[1]!.length, sentence);
    // The source's whole clause, relative clauses included, up to its verb is the source's, not the figure's.
    if (a) cands.push({ ...a, end: m.index + m[0].length });
  }
  // ", said X" / "says X" after a quote or a clause.
  for (const m of sentence.matchAll(new RegExp(`(?:[,"”]\\s*|^)(?:${SAY})\\s+([^,;:.!?"“”]+?)(?=[,;.!?]|\\s+(?:on|in|at|during|after|before|according)\\b|$)`, "g"))) {
    if (/^(?:that|it|this|the figure|about|more|some|up|on|in)\b/i.test(m[1]!)) continue;
    // ", said North Korea had lost …" is a reported clause, not a source.
    if (/\b(?:had|has|have|was|were|is|are|lost|killed|would|will)\b/i.test(m[1]!)) continue;
    const a = make(m[1]!, m.index + m[0].length - m[1]!.length, sentence);
    if (a) cands.push(a);
  }
  // "X's estimate", "Ukrainian figures", "in a statement, X".
  for (const m of sentence.matchAll(/\b((?:[A-Z][\w.-]*\s){0,4}[A-Z][\w.-]*)(?:'s|’s)\s+(?:estimates?|figures?|data|count|tally|assessment|report|statement|intelligence|numbers|calculations?|bulletin|update|analysis)\b/g)) {
    const a = make(m[1]!, m.index, sentence);
    if (a && a.known) cands.push(a);
  }
  if (cands.length === 0) return null;
  // Prefer a source of a known country; then the earliest.
  cands.sort((a, b) => Number(b.known) - Number(a.known) || a.start - b.start);
  return cands[0]!;
}
