import type { Item } from "../../schemas/claim.js";
import type { Attribution } from "./attribution.js";
import type { NounClass, Predicate } from "./metrics.js";
import type { NumberMention } from "./numbers.js";
import { countryOfPlace, findParties } from "./parties.js";

// Patterns and helpers shared by the claims engine's parts (index.ts, tables.ts, party.ts, …).

export const FORCE = /^(?:'s|’s)?\s+(?:armed\s+)?(?:forces|troops|units|army|military|soldiers|servicemen|marines|paratroopers|brigades?|air defen[cs]es?|drones|navy|air force|side|fighters|assault groups?|Group of Forces|grouping|defenders|defen[cs]e forces)\b(?!\s+(?:intelligence|spokes\w+|officials?|sources?|command\b|commanders?|analysts?|experts?|bloggers?|press|media|chiefs?|leadership|agency|department|ministry))/i;
/**
 * Arms only Ukraine fields in this war, by make or by supplier: "Leopard 2 tanks", "F-16s", "US-made HMMWV",
 * "Western-supplied armour".
 */
export const WESTERN_ARMS = /\b(?:(?:Western|NATO|US|U\.S\.|American|German|British|French|Polish|Swedish)[- ](?:supplied|made|donated|provided|built|delivered)|Leopards?|Challengers?|Abrams|Bradleys?|Marders?|Strykers?|F-16s?|Mirages?|HIMARS|M777s?|M109s?|PzH|CAESARs?|Krabs?|Patriots?|IRIS-T|NASAMS|Gepards?|AS-90s?|Archers?|Zuzanas?|HMMWVs?|Humvees?|MaxxPros?|Kozaks?)\b/;
export const ENEMY = /\b(?:enemy|enemy's|adversary|adversary's|opponent|invaders?|occupiers?|occupation forces|the aggressor|Kyiv regime|neo-Nazis|Nazis|militants)\b/i;
export const LOSS_PREDS = new Set<Predicate>(["casualties", "destroyed", "damaged", "captured", "killed", "lost"]);
/** A year of this century or the last ("2024"), every one in a text. */
export const YEAR = /\b(?:19|20)\d\d\b/g;

/** Context a list header ("During 9 months of fighting, the enemy lost:") hands to its lines. */
export interface ListContext {
  attr: Attribution | null;
  party: string | null;
  pred: Predicate | null;
  asOf: string | null;
  loss: boolean;
  /** A table whose columns are sides ("Category | Russia | Ukraine"): the side of each column, by cell. */
  columns: (string | null)[] | null;
  /** A table whose columns are fates of people ("Region | Killed | Injured"): each column's predicate. */
  fates: (Predicate | null)[] | null;
  /** Whether its caption counts civilians. */
  civilian: boolean;
  /**
   * A table with a column of losses beside columns of something else ("Vehicle | Delivered | Lost", "Month | Average
   * per day | Month total"): per column, whether its figures are the losses (`measure`) or not claims (`skip`).
   */
  measures: ("measure" | "skip" | null)[] | null;
  /** A table with a column of ground ("Month | km² gained by Russia | Share (%)"): per column, the ground it counts. */
  ground: ("territory" | "settlements" | null)[] | null;
  /** What a header says its lines count ("Russian personnel losses reported by …, by month:"), for lines labelled by a date. */
  counts: "personnel" | "casualties" | "killed" | "wounded" | "civilians" | null;
  /** A table whose columns name years ("Month (2025) | Captured, km² | Same month 2024, km²"): per column, its year. */
  years: (string | null)[] | null;
  /** A table's column of sources ("Source", "Reported by"): its index. */
  sourceColumn: number | null;
  /**
   * A table whose columns name their sources ("Ukrainians returned (Coordination Headquarters) | Russians returned
   * (Russian Ministry of Defence)"): per column, the source its figures are.
   */
  columnSources: (Attribution | null)[] | null;
  /** A table whose columns name periods ("Region | 2022–2023 | 2024 (to 31 Oct)"): per column, the day or year it ends. */
  columnAsOf: (string | null)[] | null;
  /** The side a header names as taking ground ("Weekly Russian gains on the axis:"): the owner of the ground listed. */
  taker: string | null;
}

/** What the article has been counting so far: owners carry to figures that do not name theirs. */
export interface ArticleMemory {
  personnel: string | null;
  personnelPred: Predicate | null;
  civilians: string | null;
  /** The segment whose claim set `civilians`. */
  civiliansSegment: number;
  /** Who gave that count, as the claim names it, and that source's country. */
  civiliansSource: string | null;
  civiliansSourceParty: string | null;
  taking: { pred: Predicate; party: string | null; segment: number } | null;
  /** Whom the last count of dead or injured people counted: "two of the dead" are of the same kind. */
  lastToll: "civilians" | "military" | null;
  lastMetric?: string | null;
  /** The last figure read with something counted, claim or not ("launched 145 drones"), for "87 of them" after it. */
  counted: { cls: NounClass; item: Item | null; party: string | null; segment: number } | null;
}

/** Who speaks in a segment and how its sources resolve: what the rules of sides and sources read. */
export interface SegmentSources {
  attr: Attribution | null;
  /** The segment's source before any figure's own. */
  figAttrBase: Attribution | null;
  cands: Attribution[];
  resolve: (a: Attribution | null) => Attribution | null;
  /** The side speaking: the segment's source's, else the outlet's, else the last known source's. */
  speaker: string | null;
  outletParty: string | null;
  docPlace: string | null;
  /** Whether the page is the own page of an authority Moscow installed in occupied land ("Government of the Zaporozhye Region"). */
  occupier: boolean;
}

/** One figure's reading before it becomes a claim. */
export interface Reading {
  n: NumberMention;
  cls: NounClass | null;
  item: Item | null;
  pred: Predicate | null;
  party: string | null;
  /** Where the counted noun ends, relative to the sentence. */
  nounEnd: number;
  daily: boolean;
}

export function cutAtClause(s: string): string {
  const m = /[;:(]|,(?!\d{3})|\s[–—]\s|\.(?:\s|$)/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The clause a stretch ends with: after its last comma, semicolon, bracket or dash ("1,000" has no comma of a clause). */
export function lastClause(s: string): string {
  let comma = s.lastIndexOf(",");
  while (comma > 0 && isDigit(s.charCodeAt(comma - 1)) && isDigit(s.charCodeAt(comma + 1))) comma = s.lastIndexOf(",", comma - 1);
  const idx = Math.max(comma, s.lastIndexOf(";"), s.lastIndexOf("("), s.lastIndexOf(" — "), s.lastIndexOf(" – "));
  return idx >= 0 ? s.slice(idx + 1) : s;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Parties of people (not sources) in a stretch, as [code, position]. */
export function peopleIn(s: string, offset: number, exclude: Attribution[] | null): { code: string | null; at: number }[] {
  return findParties(s)
    .filter((p) => p.kind === "people" || p.kind === "source")
    // ("captives released through Emirati efforts", "a Turkish-brokered swap": a mediator owns no one.)
    .filter((p) => !MEDIATOR_AFTER.test(s.slice(p.end, p.end + 24)))
    .map((p) => ({ code: p.code, at: p.start + offset }))
    .filter((p) => !exclude || exclude.every((a) => p.at < a.start || p.at >= a.end));
}

const MEDIATOR_AFTER = /^(?:\s+(?:efforts|mediation|mediators?|good offices)\b|-(?:brokered|mediated)\b)/i;

// Verbs that put equipment to use rather than lose it: "Russia fired 43 missiles and 74 drones".
// ("in an attack involving 99 missiles and 35 drones": what an attack involved was sent, not lost.)
export const NEUTRAL_USE = /\b(?:involving|fired|launched|launching|launches|attacked|used|uses|using|sent|sends|supplied|delivered|received|provided|transferred|pledged|ordered|produced|produces|bought|purchased|owns|operates|has|have|possesses|deployed|fielded|shipped|promised|approved|gave|give|given)\b/gi;
// NEUTRAL_USE without the global flag, for .test(): built once, not per figure.
export const NEUTRAL_USE_ONE = new RegExp(NEUTRAL_USE.source, "i");
// "… of the dead", "… of the injured": a part of a toll, told after the toll itself.
/** "exchanges of 75 for 75": the figure ending at `n.end` is followed by "for" and the same number (not "1,000-for-1,000"). */
export function sameForSame(s: string, n: { end: number; value: number }): boolean {
  const m = /^\s+for\s+([\d,]+)\b/.exec(s.slice(n.end));
  return m !== null && Number(m[1]!.replace(/,/g, "")) === n.value;
}
/** Whose whole a part is counted from: "of the 40", "of its 3,500", "of Russia's 13,600". */
export const WHOLE_OWNER = String.raw`(?:the|its|their|his|her|our|(?:the\s+)?[\w-]+['’]s)`;
/** What stands between a part and its whole: "66 of 103 drones", "2,200 of its 3,500 tanks", "4,400 of Russia's 13,600". */
export const PART_OF_WHOLE_GAP = new RegExp(String.raw`^\s+(?:out\s+)?of\s+(?:${WHOLE_OWNER}\s+)?$`, "i");
/** A figure a sentence opens on as the whole its part is counted from: "Of the 14 …", "Out of its 31 …". */
export const OPENING_WHOLE = new RegExp(String.raw`^\W*(?:Of|Out of)\s+${WHOLE_OWNER}\s+(?:about\s+|some\s+|roughly\s+|around\s+|more than\s+|nearly\s+)?$`);
export const PART_OF_TOLL = /^\s*of (?:the|those) (?:dead|killed|injured|wounded|victims|casualties)\b/i;
export const AMONG_THE_DEAD = /\bamong (?:the|those) (?:dead|killed|fallen)\b/i;
export const PEOPLE_CLASSES = new Set(["personnel", "killed", "wounded", "casualties", "captured", "missing"]);

/**
 * Where civilians counted in a text live: its first city or region, else a country named as a place ("in areas of
 * Ukraine occupied by…", "in the Russian Federation"); a demonym ("in Russian strikes") is no place.
 */
/** Land named by who holds it: "territory controlled by the Ukrainian government", "Russian-occupied areas". */
const HELD_LAND = /\b(?:territor(?:y|ies)|areas?|parts of the country)\s+(?:(?:it\s+)?(?:controlled|held|occupied)\s+by|under (?:the\s+)?control of)\s+(?:the\s+)?(?:Ukrain\w*|Kyiv|Russia\w*|Moscow)|\b(?:government|Ukrainian|Kyiv|Russian|Moscow)[- ](?:controlled|held|occupied)\s+(?:territor|areas?|parts)/i;

export function civilianCountry(text: string): string | null {
  const place = countryOfPlace(text);
  if (place) return place;
  // ("died in territory controlled by the Ukrainian government, and 3,038 in territory occupied by Russia": the
  // front's two sides of Ukraine, counted by who holds the land, are both Ukraine's (claims.md).)
  if (HELD_LAND.test(text)) return "UA";
  const m = /\b(?:[Ii]n|[Aa]cross|of)\s+(?:the\s+)?(Ukraine|Russia|Russian Federation|Belarus)\b(?!['’])/.exec(text);
  return m ? peopleIn(m[1]!, 0, null)[0]?.code ?? null : null;
}

// ("The agency put the whole force sent to Russia at around 15,000": an estimate of a force's size too.)
export const FORCE_NUMBERED =
  /(?:\b(?:force|forces|contingent|army|grouping|troops|deployment|garrison)\b[^.;]{0,80}\bnumber(?:ed|s|ing)?|\b(?:put|puts|putting|estimated|estimates|placed|places|assessed|assesses)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?(?:force|forces|contingent|deployment|grouping)\b[^.;]{0,60}\bat)\s+(?:about|some|around|roughly|more than|over|well over|just over|nearly|almost|up to|at least|an estimated)?\s*$/i;

/** How many table-cell separators (" | ") stand before a position: the figure's column. */
export function countBars(s: string, at: number): number {
  let k = 0;
  for (let i = s.indexOf(" | "); i >= 0 && i < at; i = s.indexOf(" | ", i + 3)) k++;
  return k;
}

/**
 * Sentences that continue the report before them ("The ministry added…", "That brings…", "Twenty-three of the dead…").
 * ("It is not the first mass-casualty strike on the city", "It was the deadliest attack": an "it" that describes the
 * event opens the outlet's own background.)
 */
/** An "it" that describes the event and opens the outlet's own background: "It was the deadliest attack …". */
export const EVENT_DESCRIBED = /^\W*it\s+(?:is|was|has been|had been)\s+(?:not\s+)?(?:the|a|an|one)\s/i;

/** What a count of equipment counts when it does not count losses: "the count of drones launched", "Patriots delivered". */
export const NOT_LOSSES = /\b(?:launched|fired|sent|used|supplied|delivered|pledged|received|produced|built|bought|ordered|promised|in service|operat\w+)\b/i;
/** A sentence or line that is only a label and its figure: "Tanks: 11,096 (+3).", "tanks — 6,536 (+9);". */
export const LABEL_AND_FIGURE = /^\s*[A-Za-z][A-Za-z ,/&'’-]{1,60}?\s*(?::|\s[–—-])\s*(?:about|around|approximately|more than|over|up to|nearly)?\s*\d[\d,.]*(?:\s*\(\s*[+−-]\s*[\d,]+\s*\))?\s*[.;]?\s*$/;
/** The cities that head news copy as datelines ("London: Russia ended 2024 …"); in a headline, a capital may speak. */
export const DATELINE_CITY_LABEL = /^(?:London|Washington|Moscow|Kyiv|Kiev|Paris|Berlin|Brussels|Seoul|Tokyo|Warsaw|Beijing|Pyongyang|Canberra|Sydney|Ottawa|Rome|Madrid|Geneva|Vienna|Stockholm|Helsinki|Oslo|Tallinn|Riga|Vilnius|Prague|Budapest|Bucharest|Ankara|Istanbul|New York|Minsk|Tbilisi|New Delhi|Kharkiv|Odesa|Dnipro|Lviv|Zaporizhzhia|Kherson|Donetsk|Belgorod|Kursk)$/i;
/** A loss list's or count's own noun: "the list", "my tally", "the count". */
export const LIST_NOUN = String.raw`(?:list|tally|count|ledger|database)`;

const RELATIVE_ASIDE = /,\s+(?:which|who|whose|where)\s[^,;]*,/g;

/**
 * The spans of the relative clauses set between commas in a text ("Russia's Orenburg region, which borders
 * Kazakhstan …, has sent"): they describe what they follow, and the sides they name own nothing and speak for no one.
 */
export function relativeAsides(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(RELATIVE_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
}

/** Whether a position falls inside one of the spans. */
export function insideAny(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return spans.some(([a, b]) => at > a && at < b);
}

/** A place as the subject of "has lost": "Buryatia has lost", "Chernihiv region has lost". */
const PLACE_LOST = /^\W*(?:[A-Z][\w'’-]+\s+){1,2}(?:(?:region|oblast|republic|krai|district|city|town|village)\s+)?(?:has|have|had)\s+(?:already\s+)?lost\s+(?:about|some|around|more than|over|at least|nearly|almost)?\s*$/;

/**
 * The country of a place that "has lost" the figure right after `before` ("Buryatia has lost 1,094 men whose
 * names we know": a region's or town's dead), or null.
 */
export function countryOfPlaceThatLost(before: string): string | null {
  const clause = lastClause(before);
  return PLACE_LOST.test(clause) ? countryOfPlace(clause) : null;
}

/**
 * A source written in lower case after a dash at a line's end, as tickers and headlines
 * name it ("… attack on the capital — mayor Vitali Klitschko", "— city military administration").
 */
export const DASH_ROLE = String.raw`(?:mayor|governor|city|regional|police|officials?|president|prime minister|defen[cs]e ministry|general staff|air force|military administration|head of)`;

export function continues(s: string): boolean {
  return !EVENT_DESCRIBED.test(s) && /^\s*(?:it|they|he|she|this|that|these|those|the (?:figure|total|toll|number|tally|ministry|agency|report|statement|update|bulletin|official|spokes\w+)|of (?:them|those|whom)|among them|in addition|additionally|also|another|a further|separately|meanwhile,? the|the same|(?:[\w-]+|[\d,]+) of (?:the|those) (?:dead|killed|injured|wounded|victims|casualties))\b/i.test(s);
}

/** "The North Korean units, estimated at …": a subject, then an aside opening with its size. */
export const SIZE_ASIDE_BEFORE = /^\W*(?:The|These|Those|Its|Their)\s+[^,;]{2,60},\s*(?:estimated at|numbering|put at|believed to number|thought to number|totall?ing)\s+(?:about\s+|some\s+|around\s+|roughly\s+|more than\s+|over\s+|nearly\s+|up to\s+)?$/i;

/** A body of troops named right before its size: "a first contingent of around", "an invasion force of roughly", "the first group of about". */
// ("The first group, of roughly 1,500 special forces, left …": with a comma too.)
export const BODY_OF_TROOPS = /\b(?:contingent|force|group|batch|wave|deployment|rotation|detachment|corps|army|grouping|unit|company|battalion|platoon|regiment|brigade|squad),? of\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/i;

/** What a side lost, named after it and a colon: "Russia: visually confirmed losses by type", "equipment losses". */
const SIDE_LOSSES_AFTER = /^(?:[\w-]+\s+){0,3}(?:losses|casualties|dead|gains|deaths)\b/i;

/** Whether a label before a colon is a side alone and what follows it that side's losses ("Russia: … losses by type"): whose, not who speaks. */
export function sideBeforeItsLosses(label: string, after: string): boolean {
  const side = findParties(label)[0];
  return side?.kind === "people" && side.text === label && SIDE_LOSSES_AFTER.test(after);
}

/**
 * The clause of a sentence between the semicolons around a figure ("Ukraine's health ministry counts 233 health workers
 * killed; Moscow and the authorities it installed publish counts of their own": the first), or the sentence.
 */
export function semicolonClause(s: string, start: number, end: number): string {
  const before = s.lastIndexOf(";", start);
  const after = s.indexOf(";", end);
  return before < 0 && after < 0 ? s : s.slice(before + 1, after < 0 ? s.length : after);
}

/**
 * A toll named before its figure, "killed" and "dead" as its nouns, with the side it is of: "put the wounded at",
 * "estimated Russian killed at 35,500 to 43,000 and Ukrainian killed at", "It puts Ukraine's killed in action at", "the
 * estimate of Ukrainian killed was", "and Ukrainian casualties at", "put the airmen killed at" (not "dead and wounded
 * at", one toll). Group 1 is the side, group 2 the toll.
 */
export const TOLL_PUT_AT = /(?:\b(?:put|puts|putting|placed|places|estimated|estimates|estimating|assessed|assesses)\s+(?:the\s+)?(?:number of\s+)?|(?<!\b(?:dead|killed|wounded|injured|missing)\s+)\b(?:and|while)\s+(?:the\s+)?)(?:([A-Z][\w'’-]*?)(?:['’]s)?\s+)?(?:(?:airmen|soldiers|troops|servicemen|pilots|crewmen|sailors|fighters|marines)\s+)?(wounded|injured|dead|killed|casualties|losses)(?:\s+in\s+action)?\s+at\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least|somewhere)?\s*$|\b([A-Z][\w'’-]*?)(?:['’]s)?\s+(wounded|injured|dead|killed)(?:\s+in\s+action)?\s+(?:was|were|is|are|stood|stands)\s+(?:(?:estimated|put|assessed)\s+at\s+)?(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/;

/** Figures put at by a pronoun for the losses the sentence before named: "It puts them at", "put those at". */
export const PRONOUN_PUT_AT = /\b(?:puts?|putting|placed|places|estimates?|estimated)\s+(?:them|those|these)\s+at\b/i;

/** The side and the toll TOLL_PUT_AT read before a figure, if it did. */
export function tollPutAt(before: string): { side: string | null; toll: string } | null {
  const m = TOLL_PUT_AT.exec(before);
  return m ? { side: m[1] ?? m[3] ?? null, toll: (m[2] ?? m[4])!.toLowerCase() } : null;
}

/** Another side's figure of the same count, its verb and noun left out: "… and Ukraine about", ", while Kyiv some". */
// (For equipment the gap starts at its noun: "tanks and Ukraine about".)
// ("put Russia's killed in action at 35,500 to 43,000 and Ukraine's at 15,500 to 17,500": the side's own, put at its figure.)
export const SIDE_GAP = /^(?:[\w-]+(?:\s+[\w-]+){0,2})?[\s,]*(?:and|while|but|against)\s+((?:Russia|Ukraine|Moscow|Kyiv|Kiev|the Russians|the Ukrainians|Russian forces|Ukrainian forces))(?:['’]s\s+at|\s+at)?\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|just)?\s*$/;

/**
 * A count named by a pronoun ("its total", "their own figure"), the name attribution.ts gives a figure's keeper when the
 * sentence says "its total … stands at" or "its own figure of": sources.ts names the keeper for it.
 */
export const PRONOUN_COUNT = /^(?:its|their)\s+(?:[a-z]+\s+){0,2}(?:total|tally|count|figure|estimate)$/i;

/** Whether a sentence tells of a strike on a town or region with no soldiers named: its dead are civilians. */
export function strikeOnTown(s: string): boolean {
  // ("Kyiv got hit hard last night, … 2 dead and 26 injured": a town hit is a town struck.)
  return /\b(?:strikes?|attacks?|shelling|shelled|bombing|bombardment|missiles?|drones?|glide bombs?|air ?strikes?|raids?|(?:got|was|were|been) (?:hit|struck|pounded))\b/i.test(s) && !/\b(?:soldiers|troops|servicem[ae]n|personnel|fighters|military|brigades?|positions|army)\b/i.test(s) && (countryOfPlace(s) !== null || /\b(?:on|in|of)\s+the\s+(?:capital|city|town|village|port)\b/i.test(s));
}
