import type { Item } from "../../schemas/claim.js";
import { itemOf, specificItemOf } from "./items.js";
import { COMPATIBLE, nounClassOf, predicatesIn, type NounClass, type Predicate } from "./metrics.js";
import type { NumberMention } from "./numbers.js";
import { MONTH, MONTH_FULL } from "./months.js";
import { countryOfPlace, findParties, opponentOf } from "./parties.js";
import type { qualify } from "./qualifiers.js";
import { AMONG_THE_DEAD, SIDE_GAP, BODY_OF_TROOPS, DASH_ROLE, ENEMY, FORCE_NUMBERED, LOSS_PREDS, NEUTRAL_USE, OPENING_WHOLE, PART_OF_TOLL, PART_OF_WHOLE_GAP, PRONOUN_PUT_AT, tollPutAt, LABEL_AND_FIGURE, LIST_NOUN, NOT_LOSSES, PEOPLE_CLASSES, YEAR, civilianCountry, strikeOnTown, continues, countBars, cutAtClause, lastClause, peopleIn, sameForSame, type ArticleMemory, type ListContext, type Reading } from "./common.js";

// What a figure counts: its class (people, civilians, equipment, ground, …) and item, from its noun, a list's label
// or a table's column, or the figures and sentences before it; and the owners and verbs those rules find on their way.

const AMONG_LIST = /^\W*Among (?:the|those|them|these)\b(?:\s+(?:names|dead|fallen|identified|named|listed|confirmed|killed|victims|entries))?\s+(?:are|were|is)\b/i;
/** A bare figure that arrived, was sent or deployed: "about 11,000 had arrived in the region". */
const BARE_ARRIVAL = /^\s*(?:more\s+|others?\s+)?(?:(?:have|had|has|were|are|was|now|already|reportedly)\s+){1,2}(?:been\s+)?(?:arrived|sent|deployed|dispatched|stationed|transferred)\b/i;
// A capitalised word within the first two after a figure: only then can a people's name be its noun.
const CAPITAL_NEXT = /^\s*(?:[\w-]+\s+)?[A-Z]/;
/** Words for soldiers. */
const MILITARY_PEOPLE = /\b(?:soldiers|troops|prisoners of war|POWs|servicem[ae]n|servicemembers|personnel|military(?! administration| control| occupation| rule)|army|fighters|marines|paratroopers|conscripts|officers|defenders|brigades?|battalions?|regiments?)\b/i;
/** Homes, shops and schools: a sentence about civilian property. */
const CIVIL_PROPERTY = /\b(?:houses?|homes?|apartments?|residential|high-rises?|buildings?|schools?|kindergartens?|shops?|garages?|power lines?|gas pipelines?|roofs?|windows|fences?|outbuildings?|sheds?|yards?)\b/i;
/** "shot down all", "destroyed": a verb that downs what the figure counts, right before it. */
// ("shot down all 10 cruise missiles and 23 Shahed drones that Russia launched": the second object of the verb too.)
const DOWNED_BEFORE = /\b(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\s+(?:(?:all\s+)?\d[\d,]*\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:all\s+|all of the\s+|about\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+)?$/i;
/** "… drones Russia launched at Ukraine": the side that used the weapons named right after them. */
const LAUNCHED_BY_AFTER = /^\s*[—–-]?\s*(?:[\w-]+\s+){1,3}?(?:that\s+)?(?:Russia|Ukraine|Moscow|Kyiv|the enemy|Russian forces|Ukrainian forces)\s+(?:had\s+|has\s+)?(?:launched|fired|sent|used)\b/;
/** A country's own toll: "Russia's death toll in Kursk". */
// ("Shoigu admitted to 5,937 Russian dead": a side's dead, named by its adjective, in a sentence that names Moscow.)
const COUNTRY_TOLL = /\b(?:Russia|Ukraine|North Korea)['’]s\s+(?:[\w-]+\s+)?(?:death toll|toll|dead|deaths|losses|casualties)\b|\b(?:Russian|Ukrainian|North Korean)\s+(?:dead|war dead|military dead)\b/i;
/** Children among a toll's parts: the toll counts civilians. */
const CHILDREN_AMONG = /^[^.;]{0,40}?\b(?:including|among them|among whom|of them|of whom)\s+(?:\w+\s+){0,2}(?:children|child|minors?|infants?|babies|teenagers?|schoolchildren)\b/i;
const COMPARED_WITH = /^[^.;]{0,60}?\b(?:up|down) from\s+(?:about|some|around|roughly|nearly|almost)?\s*$|^[^.;]{0,60}?\bcompared (?:with|to)\s+(?:about|some|around|roughly|nearly|almost)?\s*$/i;
/** "and a cumulative 362,950", "with the running total of", "and its running total is now around": the total of the figure before. */
const CUMULATIVE_BEFORE = /\b(?:and|with)\s+(?:a|the|its|their)\s+(?:cumulative|running|overall)\s+(?:(?:total|tally|count)\s+)?(?:of\s+)?(?:(?:is|was|stands|stood|reached|rose|climbed|now)\s+){0,2}(?:at\s+|to\s+)?(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i;
/** "1,000 more had been wounded", "others were captured": more people, with their fate. */
const MORE_WITH_FATE = /^\s*(?:more|others?)\s+(?:(?:have|had|has|were|are|was)\s+)?(?:been\s+)?(?:killed|died|wounded|injured|hurt|captured|taken prisoner|missing)\b/i;
/** "had risen by", "rose by about": a rise, given before the total it rose to. */
const RISEN_BY = /\b(?:risen|rose|rises|rising|increased|grew|grown|climbed|jumped|went up)\s+by\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i;
/** " in the past day to about ": what stands between a rise and its total. */
const RISEN_TO_GAP = /^[^.;\d]{0,40}?\bto\s+(?:about|some|around|roughly|more than|over|nearly|almost|just over|just under)?\s*$/i;
/** "its own figure of", "their official count of": a side's own figure, right before it. */
const OWN_FIGURE_OF = /\b(?:its|their)\s+(?:(?:own|official|last|latest)\s+)*(?:figure|count|tally|toll)\s+of\s+(?:about\s+|some\s+|just\s+|only\s+)?$/i;
/** "and the injury of", "the deaths of": a bare figure of the people counted before, with its fate before it. */
const FATE_OF_BEFORE = /\b(?:and|with)\s+the\s+(injury|injuries|wounding|death|deaths|killing)\s+of\s+(?:about|some|around|more than|over|nearly|almost|at least)?\s*$/i;
/** Weapons as the subject of a hurt: " guided bombs killed", " missiles hit". */
const WEAPONS_THAT_HIT = /^\s+(?:[\w-]+\s+){0,2}?(?:bombs?|missiles?|drones?|rockets?|shells?)\s+(?:(?:had|have|has)\s+)?(?:killed|injured|wounded|hit|struck)\b/i;
/** A request right before a figure: "asked allies for at least", "requested another". */
const ASKED_FOR = /\b(?:(?:asked|asking|asks|appealed|appealing|pleaded|calling|called)\s+(?:[\w-]+\s+){0,2}?for|requested|requesting|requests|wants|needs|seeks|seeking|sought)\s+(?:at least\s+|about\s+|some\s+|another\s+|a further\s+|more than\s+|up to\s+)?$/i;
/** Places where attacks were fought off: "repelled attacks near", "assaults on". */
const ATTACKS_NEAR = /\b(?:attacks?|assaults?|offensives?|attempts?)\s+(?:near|on|around|towards?|in the (?:area|direction|vicinity) of)\s+(?:about\s+|some\s+|more than\s+)?$/i;
/** "…: personnel ‒ about", ", tanks ‒", "and special equipment –": a label run into a sentence, right before its figure. */
const INLINE_LABEL = /(?:^|[,;:]\s*|\band\s+)([A-Za-z][A-Za-z /&'’()-]{1,60}?)\s*[:–—‒-]\s*(?:about|around|approximately|approx\.?|~|≈|more than|over|up to|nearly)?\s*$/i;
/** What may follow a labelled figure before the next label: its day's change, then a comma, "and" or the end. */
const LABEL_THEN_FIGURE_END = /^\s*(?:\(\s*[+−-]\s*[\d,]+\s*\))?\s*(?:[,;]|\band\b|$)/;
/**
 * "its total casualties at up to", "overall losses of": a total that names casualties as what it counts ("total
 * Russian losses, the killed and wounded together, had reached": a side's name and an aside between).
 */
// (Case-sensitive: "Russian" may stand between, "tank" may not: "put Russia's total tank losses at 4,381" counts tanks.)
const TOTAL_CASUALTIES = /\b(?:[Tt]otal|[Oo]verall|TOTAL|OVERALL)\s+(?:[A-Z][\w'’-]*\s+)?(?:[Mm]ilitary\s+|[Cc]ombat\s+|[Tt]roop\s+|[Pp]ersonnel\s+)?(?:[Cc]asualties|[Ll]osses|CASUALTIES|LOSSES)\b[^.;]{0,60}$/;
/** "tank losses", "losses of armoured personnel carriers": the equipment losses are of, before or after the word. */
const EQUIPMENT_LOSSES = /\b([\w-]+(?:\s[\w-]+)?)\s+(?=losses\b)|\blosses\s+of\s+((?:[\w-]+\s){0,3}[\w-]+)/gi;
/** The equipment whose losses a stretch names: "Russian tank losses", "losses of armoured personnel carriers". */
function itemOfLosses(text: string): Item | null {
  if (!text.includes("losses")) return null;
  for (const m of text.matchAll(EQUIPMENT_LOSSES)) {
    const item = specificItemOf(m[1] ?? m[2]!);
    if (item) return item;
  }
  return null;
}
/** "; it added 1,060": what a tally added, the day's share of the figure before. */
const TALLY_ADDED_BEFORE = /\b(?:it|they|which|the (?:tally|count|total|list))\s+(?:also\s+)?added\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i;
/** "in the past day", "added over the past day", "in a day": a figure's share of the day (or week) of the tally before it. */
const DAY_SHARE = /^\s*(?:(?:more|added|new|additional|recorded|reported)\s+)?(?:in|over|during|for|within)\s+(?:the\s+(?:past|preceding|previous|last)\s+(?:day|24 hours|week|month)|(?:a|one|a single)\s+day|24 hours)\b/i;
/** "… the day before", "a week earlier", "at its peak": the earlier time a compared figure is of. */
const EARLIER_AFTER = /^\s+(?:at (?:its|their|the) peak|the (?:day|week|month|year) before|the previous (?:day|week|month|year)|a (?:day|week|month|year) (?:earlier|before|ago)|(?:last|in) (?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
// "destroyed: 2,900", "of which captured: 550": a fate labelling the figure after it.
const FATE_LABEL = /\b(destroyed|damaged|abandoned|captured|lost)\s*:\s*$/i;
// People of a place who "have been killed defending Ukraine", "died at the front", "fell in action": its soldiers.
// ("have given their lives in the special military operation": the war as Moscow names it is a front too; "died
// performing their military duty" is its official phrase.)
const FELL_FIGHTING = /\b(?:killed|died|fell|perished|lost (?:their|his|her) lives?|(?:gave|given|give|laid down) (?:their|his|her) lives?)\s+(?:while\s+)?(?:(?:defending|fighting for|serving)\s+(?:the\s+)?([A-Z][\w'’-]+)|(?:at|on)\s+the\s+front(?:\s*line)?\b|in\s+(?:action|combat|battle)\b|on\s+the\s+battlefield\b|(?:in|during)\s+the\s+(?:special military operation|SMO|war)\b|for\s+(?:the\s+)?(?:Motherland|homeland|country)\b|performing\s+(?:their|his|her)\s+(?:military\s+)?duty\b)/;
const GAPPED_AFTER = /^,\s*(?:including|among them)\s+(?:[^,;.]|[,.]\d){1,60},\s*(killed|dead|injured|wounded|hurt)\s*(?:[.;,]|$)/i;
// "… and handed back 78", "… and returned 19": the second leg of an exchange, right after the first.
/** A side that received the rest of a repatriation or swap, right before its bare figure: "; Russia received". */
const SIDE_RECEIVED_BEFORE = /^[^;]{0,60}?(?:;|,?\s+(?:and|while|but|whereas))\s+((?:the\s+)?(?:Russia|Ukraine|Moscow|Kyiv|Russian|Ukrainian)(?:\s+side)?)\s+(?:received|got|took back|was given|recovered)\s+(?:about\s+|some\s+|only\s+|just\s+)?$/i;
const HANDED_BACK_BEFORE = /^[^.;]{0,40}?\band\s+(?:handed|sent|gave)\s+back\s+(?:about\s+|some\s+|only\s+|just\s+)?$|^[^.;]{0,40}?\band\s+returned\s+(?:about\s+|some\s+|only\s+|just\s+)?$/i;
// "… it passed", "it has reached": a pronoun for a toll, with the verb the figure follows.
/** A headline's verb before its figure: "… kills", "… injures". */
const HEADLINE_VERB = /\s(?:kills|injures|wounds|leaves|hits)$/i;
/** A headline that ends on who says so: "…, governor says". */
// ("… in overnight attack on the capital — mayor Vitali Klitschko": a ticker's source after a dash, too.)
const HEADLINE_SAYS = new RegExp(String.raw`,\s*(?:[\w'’.-]+\s+){1,5}(?:says|said|reports|claims)\s*$|\s[—–]\s+(?:the\s+)?${DASH_ROLE}\b[^—–.]{0,50}$`, "i");
/** "the figure was lower, with …": a toll told again for another time. */
const TOLL_RESTATED = /\b(?:the|that|this) (?:figure|toll|number|tally|count)\b[^.;]{0,60}$/i;
const IT_PASSED = /\bit\s+(?:has\s+|had\s+|now\s+)?(?:passed|exceeded|surpassed|topped|reached|stood at|stands at)\s*$/i;
// "20,915 names", "912 confirmed names": entries of a roll of the dead; "men we can name": the named dead.
const NAMES_NOUN = /^\s+(?:confirmed\s+|verified\s+)?names\b/i;
// "a further 74,000 or so who are missing": a bare figure with its own fate after it.
/** "of those freed were servicemen", "of the released were soldiers": soldiers among a swap's returnees. */
const FREED_PART = /^\s*of (?:those|the|them)\s+(?:[\w-]+\s+)?(?:freed|released|returned|repatriated|exchanged|swapped|brought home)\s+(?:were|are)\s+(?:\w+\s+)?(?:servicem[ae]n|soldiers|troops|military personnel|service members)\b/i;
/** "… are fighters", "… were servicemen": what the part of the returnees were. */
const SOLDIERS_AFTER = /^\s+(?:are|were)\s+(?:[\w-]+\s+)?(?:servicem[ae]n|soldiers|troops|fighters|marines|military personnel|service members)\b/i;
/** "Of those returned, ": a part of a swap's returnees, named before its figure. */
const FREED_BEFORE = /\b[Oo]f (?:those|the (?:people|prisoners|captives))\s+(?:freed|released|returned|repatriated|exchanged|swapped|brought home)\s*,\s*(?:about|some|around|more than|over|nearly|almost)?\s*$/;
const OWN_FATE_AFTER = /^\s*(?:or so\s+|more\s+|others?\s+)?(?:who|that)\s+(?:(?:are|were|is|was|have|has|had|been|remain|remained|still|now)\s+){1,3}(?:missing|wounded|injured|captured|killed|dead|held)\b/i;
// "Of the tanks, …", "Of those, …" opening a sentence: the whole its first figure is part of.
const PARTITIVE_OPENER = /^\W*Of (?:the|these|those|them|which)\b(?:\s+([^,;]{1,60}))?,\s*(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to)?\s*$/;
/** "49 of them were shot down": a part of what was used, with its own fate. */
const PART_LOST = /^\s*of (?:them|which|those|these)\s+(?:were\s+|was\s+|had been\s+|have been\s+)?(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed|lost)\b/i;
/** A part by place after a toll that a place "accounts for": "Irkutsk accounts for 512 of the dead, Bratsk for 301". */
const PLACE_FOR_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’ -]{1,40}?\s+for\s+(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
// "48 over the Bryansk region and 21 …", "450 servicemen facing its Tsentr group around Pokrovsk and up to 230 …".
// ("411 men from Bashkortostan, 276 from Dagestan": where the people come from.)
// ("126 Ukrainian drones were downed over the Kursk Region, 91 over the Moscow Region": with the first part's verb too.)
/** Parts by fate, one after another: "It classed 2,700 of them as destroyed, 150 as damaged, 330 as abandoned and …". */
const FATE_AS_GAP = /^[\w\s-]{0,30}?\bas\s+(?:destroyed|damaged|abandoned|captured|lost)\s*(?:,|\band)\s*(?:and\s+)?(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
const FATE_AS_HEAD = /^\s+as\s+(?:destroyed|damaged|abandoned|captured|lost)\b/;
const PLACE_PART_GAP = /^\s+(?:(?:were|was|have been|had been)\s+(?:downed|destroyed|shot down|intercepted|killed|wounded|injured|recorded|reported)\s+)?(?:over|in|near|across|above|facing|against|around|from)\s+(?:the\s+|its\s+|their\s+)?[A-Z][\w'’ -]{1,40}?\s*(?:,|\band)\s*(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly)?\s*$/;
// ("destroyed 69 Ukrainian aircraft on the ground and 14 in the air": where things were lost, without a name; the gap
// after equipment holds its noun.)
const GROUND_AIR_GAP = /^\s*(?:[\w'’-]+\s+){0,4}?(?:on the ground|in the air|at sea|on airfields|in combat)\s*(?:,|\band)\s*(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly)?\s*$/;
// "with 5,874 confirmed deaths, followed by Tatarstan with 4,552 and the Sverdlovsk region with 4,236": parts by place.
// ("Bashkortostan, with 2,180 names, and Sverdlovsk region, with 1,860": the same with commas.)
/** A part's place right after its figure, with no verb of its own: "and more than 300 in the Kursk region". */
const PLACE_AFTER_PART = /^\s+(?:in|near|around|on|over)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|region|oblast|area|direction|sector|front))*(?:\s*[,.;]|\s*$|\s+(?:before|after|since|during|when|until|while|over|last|this)\b)/;
/** Words of time or place after a figure's noun, then "and" and the next figure: "along the front, and more than". */
const ADJUNCT_AND_GAP = /^\s+(?:over|in|on|along|across|at|near|during|since|this|last)\b[^;:.]{0,60}?,?\s+and\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly)?\s*$/;
/** The same after the whole's time or place, then "including": "up to 2,000 troops across the front over the past day, including up to". */
const ADJUNCT_INCLUDING_GAP = /^\s+(?:over|in|on|along|across|at|near|during|since|this|last)\b[^;:.]{0,60}?,\s+including\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly)?\s*$/;
/** A weapon model's designation, letters and digits in one word: "Tu-22M3", "1A3s", "2A6", "M777", "F-16s". */
const MODEL_NAME = /\b(?:[A-Z][A-Za-z]*-?\d+[A-Za-z\d-]*|\d+[A-Z][A-Za-z\d-]*)/g;
/** A date written with commas: "February 24, 2022,", "Feb. 24, 2022". */
const COMMA_DATE = new RegExp(String.raw`\b${MONTH}\s+\d{1,2},\s+(?:19|20)\d\d,?`, "gi");
/** Service ended: "after completing their six-month contracts", "after serving their contracts". */
const CONTRACT_SERVED = /\b(?:after|on|upon)\s+(?:completing|serving|finishing|fulfilling|the end of)\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:contracts?|terms?|service)\b/i;
/** A toll named by its fate alone: "the number injured at", "the number of dead stood at". */
const BARE_NUMBER_TOLL = /\bthe number (?:of (?:the )?)?(injured|wounded|killed|dead)\b/i;
/** Munitions a part names: "10 hypersonic Kinzhals", "four Kalibr cruise missiles". */
const MUNITION_PART = /^\s+(?:[\w-]+\s+){0,2}?(?:missiles?|Kinzhals?|Kalibrs?|Iskanders?|Kh-\d+\w*|rockets?|shells?|bombs?|warheads?)\b/i;
/** Formations counted, not their people: "armed groups of", "battalions of". */
const FORMATIONS_OF = /^\s+(?:[\w-]+\s+)?(?:groups|units|detachments|battalions|brigades|companies|squads|formations|regiments|divisions|platoons)\s+of\b/i;
/** A label's loss word: "… lost", "… destroyed". */
const LABEL_LOSS = /\b(?:lost|destroyed|damaged|captured|abandoned|downed)\s*$/i;
/** A fate right after a figure whose noun is left out: "and one captured", "and one was destroyed". */
const ONE_WITH_FATE = /^\s+(?:was\s+|had been\s+|has been\s+)?(?:captured|destroyed|damaged|abandoned|lost)\b/i;
const PLACE_WITH_GAP = /^[\s\w,]{0,30}?(?:,\s*|\b)(?:followed by|then|and|ahead of|before)\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?,?\s+with\s+(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
/**
 * Parts by place with the place before its figure: "Buryatia has lost 709, Bashkortostan 1,180 and Krasnodar region
 * 1,090", "Tuva's list stands at 1,127 names and Buryatia's at 2,655", "ahead of Sverdlovsk region (4,690),
 * Chelyabinsk region (4,210)". The name must be a region or town, not a side ("Russia lost 400 and Ukraine 300").
 */
const PLACE_BEFORE_GAP = /^[\s\w]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+|\)(?:,\s*(?:and\s+)?|\s+and\s+)|,?\s+(?:ahead of|followed by|then|before)\s+)((?:the\s+)?(?:neighbouring\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:region|oblast|republic|krai|province|city))?)(?:['’]s)?(?:\s+at\s+|\s+\(\s*|\s+)(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
function placeBeforeFigure(gap: string): boolean {
  const m = PLACE_BEFORE_GAP.exec(gap);
  return m !== null && countryOfPlace(m[1]!) !== null && findParties(m[1]!).length === 0;
}
/** Bodies handed over in a repatriation, which are soldiers': "returned 909 bodies". */
const BODIES_HANDED = /\b(?:repatriat\w*|returned|handed|handover|exchange[ds]?|received|transferred)\b/i;
/** The injured counted by a verb: "The injured number 134", "the wounded totalled 40". */
const INJURED_NUMBER = /\b(?:the\s+)?(?:injured|wounded)\s+(?:now\s+)?(?:number|numbered|numbers|total|totalled|totaled|totals)\s*$/i;
/** Wounded put at a figure after another toll: "… and its wounded at". */
const WOUNDED_PUT_AT = /\band\s+(?:its|their|the|[A-Z][\w'’-]*['’]s)\s+(?:wounded|injured)\s+at\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|close to)?\s*$/i;
/** The same count by another source: "450 square kilometres by DeepState's count and a little over 500 by AFP's reading". */
const BY_SOURCE_GAP = /^\s+by\s+[^,;.\d]{1,50}?\s+and\s+(?:(?:a little|just|slightly|well)\s+)?(?:about|around|some|more than|over|under|nearly|almost|at least|roughly)?\s*$/i;
/** The other half of a swap: "… were exchanged for", "… traded for". */
const EXCHANGED_FOR_GAP = /^[^.;]{0,40}?\b(?:exchanged|swapped|traded)\s+for\s+(?:about\s+|some\s+|another\s+)?$/i;
/** "307 Ukrainian ones": a people's name before "ones". */
const ONES_AFTER = /^\s+[A-Z][a-z]+\s+ones\b/;
/** A side named alone: "Ukraine", "the Russian side". */
const SIDE_ALONE = /^(?:the\s+)?(?:Ukraine|Russia|Kyiv|Moscow|Ukrainian side|Russian side|Ukrainians|Russians)$/i;
/** A toll named by its fate alone: "the injured", "the dead". */
const BARE_TOLL = /^\s*(?:(?:named|identified|confirmed|registered|recorded)\s+)?(?:injured|wounded|dead|killed)\s*$/i;
/** What people do who are no toll: gather, live somewhere, work, are evacuated or rescued, arrive as refugees. */
const NOT_A_TOLL_AFTER = /^,?\s*(?:(?:who|that)\s+)?(?:(?:had|have|has|were|are|now|still|also|been)\s+){0,3}(?:evacuated|relocated|displaced|rescued|fled|sheltered|housed|gathered|gather|attended|attend|turned out|took part|rallied|marched|protested|demonstrated|queued|lined up|came together|living|live|lived|(?:work|works|worked|working)\s+(?:abroad|in\s+(?:the\s+)?(?:Russia|Ukraine|Belarus|Europe|Poland|Germany|Kazakhstan|Turkey|Türkiye|South Korea|Japan|China|UK|US|EU|United States|United Kingdom|Gulf|Moscow|St\.? Petersburg))|residing|reside|settled|sheltering|studying|hanging on|holding out|stayed|staying|(?<=\b(?:have|has|had)\s)left(?!\s+(?:dead|injured|wounded|homeless|behind))|remain(?:ing|ed)? in (?:the )?(?:city|town|village|settlement|area)|(?:arrived|came|fled|moved)\b[^.;]{0,60}\b(?:visas?|refugees?|asylum|temporary protection|resettle\w*)|(?:had )?refused to leave)\b/i;
/** "95 of our people", "of our guys": a side's own people, counted by its own. */
const OUR_PEOPLE = /^\s*of our (?:people|guys|boys|men)\b/i;
const SWAP_WORDS = /\b(?:swaps?|swapped|exchanges?|exchanged|prisoners?|POWs?|captives?)\b/i;
/** A sentence that opens on a part of the figure before: "Among them were …", "Among them, the agency said, were …". */
const MILITARY_BODY_BEFORE = /\b(?:Medical Forces|Command|[Aa]rmed [Ff]orces|[Aa]rmy|[Bb]rigade|[Bb]attalion|[Rr]egiment|[Cc]orps|General Staff|[Dd]efen[cs]e [Mm]inistry|Ministry of Defen[cs]e)\b/;
const CIVILIAN_CARS_AFTER = /^\s+(?:burned-out|burnt-out|charred|gutted)\s+(?:(?:private|civilian|passenger)\s+)?cars\b|^\s+(?:(?:private|civilian|passenger)\s+)?cars\s+(?:parked\b|(?:(?:were|was|had been|have been|also|nearby|in the street|in the yard)\s+){1,3}(?:damaged|burn(?:ed|t)|gutted|set on fire|destroyed by (?:the )?fire)\b)/i;
const ATTACKED_BY = /\b(?:struck|attacked|hit|targeted|pounded|bombarded|shelled|raided)\s+(?:again\s+|overnight\s+)?by\s+(?:about|some|around|more than|over|nearly|almost|at least|up to|as many as)?\s*$/i;
const ATTACKED_WITH = /\b(?:struck|attacked|hit|targeted|pounded|bombarded|shelled|launched an attack on)\b[^,;]{0,40}\bwith\s+(?:about|some|around|more than|over|nearly|almost|at least|up to)?\s*$/i;
/** Serving a side under arms: "while serving in Ukraine's International Legion", "in the ranks of the Armed Forces". */
// ("Two firefighters were killed while fighting it", "… fighting the fire": a blaze fought is no war.)
const IN_SERVICE = /\b(?:(?:while|when)\s+(?:serving|fighting(?!\s+(?:it|the\s+(?:fire|blaze|flames)|a\s+(?:fire|blaze)|fires|flames)\b)|defending)|in the ranks of|fighting (?:for|in|with))\b[^,;.]{0,60}/i;
const AMONG_FREED = /^\W*Among (?:the|those) (?:freed|released|returned|exchanged|repatriated)\b([^,;.]{0,40}?)\s+(?:were|was)\s+(?:about|some|around|more than|over|nearly|almost|at least)?\s*$/i;
const AMONG_THEM = /^\W*Among (?:them|those|these|the (?:prisoners|POWs|freed|released))\b/i;
/** Equipment described by its supplier: "tanks we sent", "the tanks that Germany delivered". */
const SUPPLIED_AFTER = /^\s*(?:[\w-]+\s+){1,3}?(?:(?:that|which)\s+)?(?:we|they|it|the\s+[A-Z][\w.-]*|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:had\s+|have\s+|has\s+)?(?:sent|supplied|delivered|provided|gave|donated|transferred|pledged|shipped)\b/;
/** Words of taking ground or places in a clause before a figure. */
const TAKING_BEFORE = /\b(?:capture|captured|took|taken|seized|seizure|liberat\w+|occupied|control)\b/i;
/** A taking verb right before a bare figure: "…, when it took 459". */
const TAKING_VERB_BEFORE = /\b(?:took|taken|seized|captured|gained|won|occupied)\s+(?:about|some|around|roughly|more than|over|nearly|almost|just over|just under)?\s*$/i;
/** Ground or places under water, not taken. */
/** "had fought for Wagner", "who served with the Russian army": whom those counted fought for. */
const FOUGHT_FOR = /^\s+(?:who\s+)?(?:had\s+|have\s+|has\s+)?(?:fought|served|fighting|serving)\s+(?:for|with|in the ranks of)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/;
/** A list line's label that is a date: "February", "March 2025", "2024", "Week 12". */
const DATE_LABEL = new RegExp(`^(?:${MONTH}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d|week\\s+\\d{1,2}|Q[1-4](?:\\s+(?:19|20)\\d\\d)?)$`, "i");
/** "… are currently taking part in the special military operation", "… serving in the armed forces". */
// ("617,000 people in the zone of the special military operation": where they are is that war's front.)
// ("sent more than 10,000 of its residents to the zone of the special military operation", "about 7,000 residents are
// now serving under contract", "sent 2,000 men to fight": sent to the war, or serving in it.)
const TAKING_PART = /^[^.;:]{0,80}?\b(?:(?:are|were|is)\s+(?:currently\s+|now\s+|still\s+)?)?(?:(?:taking part|participating|serving|fighting)\s+in\s+the\s+(?:special military operation|SMO|armed forces|army|war)|(?:in|to|into)\s+the\s+(?:zone|area)\s+of\s+the\s+(?:special military operation|SMO)|(?:in|to|into)\s+the\s+(?:SMO|special military operation)\s+zone|serving\s+under\s+(?:a\s+)?contracts?|(?:sent|dispatched)\s+to\s+(?:fight|the front)|to\s+fight\s+(?:in|against)\s+Ukraine)\b/i;
/** "put Russian troop losses since Feb. 24 at around": a side's losses put at the figure. */
const LOSSES_PUT_AT = /\b(?:put|puts|putting|placed|places|estimated|estimates|assessed|assesses)\s+(?:the\s+|its\s+|their\s+)?((?:[A-Z][\w'’-]*\s+){1,2})(?:troop\s+|personnel\s+|military\s+|combat\s+|total\s+)?(?:losses|casualties)\b(?:[^.;]|\.(?=\s\d)){0,60}?\bat\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/i;
const FLOODED = /\b(?:flooded|submerged|inundated|under water|underwater|washed away)\b/i;
/** A noun phrase, an optional aside in brackets, then a loss participle: "4 … howitzers (3 2S19 …) destroyed". */
const HAVE_LOSS_AFTER = /^(?:\s+[\w-]+){1,4}(?:\s*\([^)]{0,80}\))?\s+(?:destroyed|damaged|captured|lost|abandoned|downed|knocked out)\b/i;
/** Words of loss in a counted phrase: "tanks lost", "destroyed vehicles". */
const LOSS_WORD = /\b(?:lost|losses|destroyed|damaged|captured|abandoned|downed)\b/i;
/** Those freed, and what they include: "the group includes", "those released included". */
const GROUP_INCLUDES = /\b(?:the group|the freed|those (?:freed|released|returned|exchanged)|the (?:freed|released|returned) (?:men|prisoners|soldiers|servicemen|defenders))\s+(?:includes?|included|comprises?|comprised)\b/i;
/** Formations counted as such: "battalion tactical groups", "brigades". */
const FORMATIONS = /\b(?:battalion tactical groups|BTGs?|battalions|brigades|regiments|divisions)\b/i;
/** An aside between dashes: " – killed, wounded, captured or missing – ". */
const DASH_ASIDE = /\s[–—]\s[^–—.;]{1,80}\s[–—]\s/g;
const PRISONER_AFTER = /^[^,.;]{0,30}?\s(?:prisoners?|captives?)\b/i;
// "drones hit targets", "missiles struck the city": equipment as the subject of a strike ("were hit" is passive, not this).
const STRIKES_AFTER = /^\s*(?:(?!were\b|was\b|been\b|are\b|is\b|had\b|have\b)[a-z]+\s+)?(?:hit|struck|attacked|targeted|reached|slammed|crashed)\b/i;
// ("2023: 12 Russian vessels hit, 2 of them sunk": a side's ships, aircraft and armour with no object after the verb,
// before a comma, the end or its agent's "by", were struck; drones and missiles so were what struck.)
const STRUCK_NO_OBJECT = /^\s*(?:[a-z]+\s+)?(?:hit|struck|attacked|targeted)\b(?:\s*(?:[,;.]|$)|\s+by\b)/i;
const TAKEN_BEFORE = /\b(?:taken|took|take|takes|taking)\s+$/i;
/** The same count at another time, after "and": "556 square kilometres, and in May a little over 450". */
const TIME_PART_GAP = /^[\s,]*(?:and|while|but|against)\s+(?:in|on|by|during|last|this|a (?:week|month|year) earlier)\b[^,;.\d]{0,30}?\s+(?:(?:a little|just|slightly|well)\s+)?(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|under|below)?\s*$/i;
// "505 square kilometres in October, and 461 in September", "40 tanks in May and 35 in April": the figure before's
// time, then the next figure of the same kind.
// (A few words of the figure before may stand before its time: " more in Kyiv on Monday and ".)
// ("240 troops in the Kursk region over the past day, and more than 44,000 since …": a place and a time.)
// ("1,400 main battle tanks in 2024 alone, and more than 4,000 since …": a year in the time.)
// ("roughly 330 in February, before falling to about 140 in March": the next month's figure.)
const TIME_THEN_GAP = /^\s*(?:[A-Za-z-]+\s+){0,3}?(?:in|on|during|over|last|this|by)\s+(?:[^,;.\d]|(?:19|20)\d\d|\d{1,2}\s+hours\b){1,50}?,?\s+(?:and|while|but|against|before\s+(?:falling|dropping|declining|sliding|slowing|easing|rising|climbing|jumping|growing)(?:\s+again)?\s+to)\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|under|below)?\s*$/i;
/** ("seven were hit in 2022, nine in 2023 and eight in …": a year or a month, then a comma alone before the next figure.) */
const YEAR_THEN_COMMA_GAP = new RegExp(String.raw`^\s*(?:[A-Za-z-]+\s+){0,3}?(?:in|during|by)\s+(?:the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of\s+)?(?:(?:19|20)\d\d|${MONTH}(?:\s+(?:19|20)\d\d)?),\s*$`, "i");
// The toll a pronoun stands for: "a total of Russian losses", "the death toll", in the clause before.
const TOLL_BEFORE_IT = /\b(?:(?:a|the)\s+(?:total|tally|count)\s+of\s+)?(?:[A-Z][\w'’-]*\s+)?(?:losses|casualties|death toll|deaths)\b[^;.]{0,60}[;,]\s*[^;]*$/;
/** A figure given, at the end of the text before it: "when it acknowledged", "put it at". */
const TOLL_GIVEN = /\b(?:acknowledged|admitted|disclosed|confirmed|gave|announced|put (?:it|the figure|the toll|the number) at)\s+(?:about|some|around|more than|over|nearly|almost|only|just)?\s*$/i;
/** "the last official figure, 5,937": a figure set off after the words that name it. */
// ("the last official figure, 5,937"; "the last figure it gave, in September, was 5,937".)
const LAST_FIGURE = /\b(?:last|latest|only)\s+(?:official\s+)?(?:figure|toll|count|number)(?:\s+(?:it|they|he|she|the ministry)\s+(?:gave|published|released|disclosed|announced))?(?:,[^,;]{0,30},)?(?:,|\s+(?:was|is|stood at|stands at))\s*$/i;
/** A side's own dead named before: "its own dead", "an official toll of its own dead", "how many of its soldiers have died". */
const OWN_DEAD = /\b(?:its|their)\s+(?:own\s+)?(?:military\s+|war\s+)?(?:dead|deaths|death toll|fatalities)\b|\b(?:its|their)\s+(?:own\s+)?(?:running\s+)?(?:total|count|tally|toll) of (?:the\s+)?(?:dead|deaths|fatalities)\b|\bhow many of (?:its|their) (?:own )?(?:soldiers|troops|servicem[ae]n) (?:have |had )?(?:died|been killed)\b/i;
const TOLL_NOUN = /\b(?:deaths|dead|fatalities|casualties|losses|wounded|injured)\b/i;
// ("Buryatia … has lost 1,094 men whose names we know": or whose names are known.)
const WE_CAN_NAME = /^\s+(?:(?:that\s+|whom\s+)?(?:we|they|it|the \w+)\s+(?:can|could|have|has)\s+(?:name|named|identif\w+)|whose names\s+(?:we|they|it|the \w+|are|were|have been)\s+(?:know|knows|known|confirmed|established|identified|verified|published|listed|can|could|have|has))\b/i;
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:\d{1,2}\s*(?:-|–|to|and)\s*)?\d{1,2}\s+(?=${MONTH_FULL}\b)|\b(?<=${MONTH_FULL}\s)\d{1,2}\b`, "g");
const NP_STOP = /\s(?:were|was|are|is|have|has|had|will|would|in|on|at|to|into|since|during|for|from|by|with|after|before|when|while|that|which|who|over|near|across|along|against|made|manufactured|supplied|produced|built|belonging)\s/i;

type PredicateWord = ReturnType<typeof predicatesIn>[number];

/** What the class rules read of a figure, its sentence and the article so far. */
export interface ClassInput {
  /** The sentence. */
  s: string;
  n: NumberMention;
  /** The figure's index among the sentence's figures. */
  i: number;
  q: ReturnType<typeof qualify>;
  /** The text after the figure up to its clause's end: its noun. */
  head: string;
  /** The text after the figure up to the next figure. */
  afterAll: string;
  /** The reading of the figure before in the sentence, and all the sentence's readings so far. */
  prev: Reading | null;
  readings: Reading[];
  inList: boolean;
  list: ListContext | null;
  /** The figure's column in a table of losses beside other things (undefined elsewhere). */
  measureColumn: "measure" | "skip" | null | undefined;
  lossWords: PredicateWord[];
  /** The toll, and its side, named right before the figure ("and put the wounded at "). */
  tollBefore: ReturnType<typeof tollPutAt>;
  /** Whether the sentence is a line of its own (a list line, a heading). */
  line: boolean;
  lastSegment: string;
  segments: readonly { text: string }[];
  segIndex: number;
  /** The segment of the last count of military dead. */
  lastKilled: number;
  memory: ArticleMemory;
}

/** A figure's class and item, where its noun stands, and what the class rules found of its verb and owner. */
export interface FigureClass {
  cls: NounClass | null;
  item: Item | null;
  noun: ReturnType<typeof nounClassOf>;
  nounStart: number;
  nounEnd: number;
  daily: boolean;
  /** Whether it is equipment put to use, no loss. */
  used: boolean;
  /** "3,000 more", "another 2,000": the same kind as the figure before. */
  more: boolean;
  /** The text between the figure before's noun and this figure. */
  gap: string;
  /** The side the gap names for the same count, its verb and noun left out (" and Ukraine about "). */
  gapSide: string | null;
  bareArrival: boolean;
  partOfList: boolean;
  columnParty: string | null | undefined;
  inheritedPred: Predicate | null;
  placePartPred: Predicate | null;
  gappedPred: Predicate | null;
  numberOfPred: Predicate | null;
  fateParty: string | null;
  numberOfParty: string | null;
  handedBackParty: string | null;
  namesParty: string | null;
  defended: string | null;
}

/** A figure's class as the rules below refine it, with the equipment word after it. */
interface ClassState extends FigureClass {
  eq: ReturnType<typeof itemOf>;
}

/** What a figure counts. */
export function classOf(f: ClassInput): FigureClass {
  const k: ClassState = { cls: null, item: null, noun: null, nounStart: 0, nounEnd: f.n.end, daily: false, used: false, more: false, gap: "", gapSide: null, bareArrival: false, partOfList: false, columnParty: undefined, inheritedPred: null, placePartPred: null, gappedPred: null, numberOfPred: null, fateParty: null, numberOfParty: null, handedBackParty: null, namesParty: null, defended: null, eq: null };
  // The rules run in this order; each reads and refines what those before it found.
  ownNoun(f, k);
  appositiveCount(f, k);
  fromStrikesAndCounts(f, k);
  otherEstimate(f, k);
  namedDead(f, k);
  fromFigureBefore(f, k);
  fromSumsAndForces(f, k);
  fromWholeBefore(f, k);
  fromPartOf(f, k);
  fromTolls(f, k);
  finalChecks(f, k);
  // ("about 400 of the athletes and coaches were killed while serving in the Armed Forces", "97 of them were killed in
  // action"; "16 died in Russian attacks", "more than 150 died on the job": how people of a calling died says whether
  // they died as soldiers or as civilians.)
  if (k.cls === "civilians" || k.cls === "personnel" || k.cls === "killed") {
    if (DIED_SERVING.test(f.head)) k.cls = "personnel";
    else if (DIED_AS_CIVILIANS.test(f.head) && !MILITARY_PEOPLE.test(f.head)) k.cls = "civilians";
  }
  // ("According to data compiled by Mediazona together with the BBC Russian service, at least 187 residents of Tuva have
  // been killed": the residents a count of the named war dead counts died as soldiers.)
  if (k.cls === "civilians" && NAMED_DEAD_COUNT.test(f.s) && !/^\s+(?:[\w-]+\s+)?(?:civilians?|children|child|women)\b/i.test(f.head)) k.cls = "personnel";
  // ("at least seven citizens of Kazakhstan are in Ukrainian captivity": citizens held as prisoners of war fought.)
  if (k.cls === "civilians" && CITIZENS_IN_CAPTIVITY.test(f.head)) k.cls = "personnel";
  // ("struck an S-400 Triumf battery …, destroying … two launchers", "two launchers and the radar of a Patriot battery":
  // bare launchers in a sentence on an air-defence system are that system's.)
  if (k.cls === "equipment" && (k.item === "mlrs" || k.item === "other") && BARE_LAUNCHERS.test(f.head) && AIR_DEFENCE_SYSTEM.test(f.s)) k.item = "air_defense";
  // ("For infantry fighting vehicles, the researchers counted 1,200 Russian losses": the kind of thing fronted before a
  // bare count of losses is what was lost.)
  const fronted = k.cls !== "equipment" && LOSSES_AFTER.test(f.head) ? FRONTED_KIND.exec(f.s.slice(0, f.n.start)) : null;
  const frontedItem = fronted ? specificItemOf(fronted[1]!) : null;
  if (frontedItem) {
    k.cls = "equipment";
    k.item = frontedItem;
  }
  return k;
}

/** Citizens of a country a side holds as prisoners: "citizens of Kazakhstan are in Ukrainian captivity". */
const CITIZENS_IN_CAPTIVITY = /^\s+(?:[A-Z][\w-]+\s+)?(?:citizens|nationals)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:(?:are|were|is|was|have been|had been|remain|remained)\s+)?(?:(?:held|being held|kept)\s+)?in\s+(?:[A-Z][\w-]+\s+)?captivity\b/;

/** Deaths in service: "killed while serving in the army", "killed in action", "died at the front", "died in Russian uniform". */
// ("Two firefighters were killed while fighting it": not a fire.)
const DIED_SERVING = /\b(?:killed|died|fell)\s+(?:while\s+)?(?:serving|fighting(?!\s+(?:it|them|fires?|the\s+(?:fire|blaze|flames)|a\s+(?:fire|blaze))\b))\b|\b(?:killed|died|fell)\s+(?:in action|in combat|at the front|on the front(?:\s+line)?|on the battlefield|in (?:[A-Z][\w-]+\s+)?uniform)\b/i;
/** Deaths as civilians: "died on the job", "killed while doing journalism", "died in Russian attacks". */
const DIED_AS_CIVILIANS = /\b(?:killed|died)\s+(?:while\s+(?:working|doing|reporting|on duty)|on the job|at work|as civilians|in (?:Russian\s+)?(?:attacks|strikes|shelling|missile strikes)\s+on\b)/i;

/** "Poland sent the largest number of mercenaries, 2,960, and …": a bare figure set after the number it gives. */
const NUMBER_OF_BEFORE = /\b(?:the\s+)?(?:largest|biggest|highest|greatest|second-largest|most|smallest)\s+(?:number|contingent|group)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+),\s*(?:about\s+|some\s+|around\s+|roughly\s+)?$/i;
function appositiveCount(f: ClassInput, k: ClassState): void {
  if (k.cls || k.noun || k.eq) return;
  const m = NUMBER_OF_BEFORE.exec(f.s.slice(Math.max(0, f.n.start - 80), f.n.start));
  const nc = m ? nounClassOf(m[1]!) : null;
  if (nc) k.cls = nc.cls;
}

/** A bare count of losses after the figure: "1,200 Russian losses", "1,200 losses". */
const LOSSES_AFTER = /^\s+(?:[A-Z][\w'’-]*\s+)?losses\b/;
/** A kind of thing fronted at the sentence's start: "For infantry fighting vehicles, …". */
const FRONTED_KIND = /^\W*(?:For|Among|As for|Of)\s+([^,;]{3,60}),/;

/** Launchers named alone, not rocket launchers. */
const BARE_LAUNCHERS = /^\s*(?:[\w-]+\s+)?launchers?\b/i;
/** An air-defence system by its name. */
const AIR_DEFENCE_SYSTEM = /\b(?:S-[234]00|Patriot|IRIS-T|NASAMS|Buk(?:-M\d)?|Tor(?:-M\d)?|Pantsir|SAMP\/T|Hawk|air[- ]defen[cs]e (?:system|battery|batteries|complex))\b/;

/** The figure's own noun, a list line's label, or a table's column: what the figure itself says it counts. */
function ownNoun(f: ClassInput, k: ClassState): void {
  const { s, n, i, q, head, readings, inList, list, measureColumn, segIndex, lastKilled, memory } = f;
  const seg = { line: f.line };
  // A part of the list of dead counted just before ("Among the names are …"): told in that list's source's voice.
  k.partOfList = i > 0 && readings[0]?.cls === "personnel" && segIndex - lastKilled <= 3 && AMONG_LIST.test(s);
  // The side of the column the figure stands in, in a table whose columns are sides; undefined elsewhere.
  k.columnParty = inList && list!.columns && s.includes(" | ") ? list!.columns[countBars(s, n.start)] ?? null : undefined;
  // ("…294,140 Russian personnel in total, +1,380 overnight": the day's change after a comma too.)
  k.daily = /\(\s*\+\s*$/.test(s.slice(Math.max(0, n.start - 3), n.start)) || (i > 0 && /,\s*\+\s*$/.test(s.slice(Math.max(0, n.start - 4), n.start)) && /^\s+(?:overnight|over the past day|in the past day|in a day|since yesterday|on the day|in 24 hours|over the past 24 hours)\b/i.test(s.slice(n.end)));
  // The counted noun: people, territory, settlements, buildings, or an equipment word.
  // ("its count of Russian aircraft stands at 361 and of helicopters at 326": the words after the first figure name
  // the second's things, not its own.)
  const nextsLabel = NEXT_LABEL_AT.test(head);
  k.noun = nextsLabel ? null : nounClassOf(head);
  // The equipment noun phrase ends at a verb or preposition: "drones were locationally lost … jamming" is drones.
  const np = nounPhrase(head);
  // ("the number of Russian airmen killed at between 13 and 15, ten of them aboard the Il-22M": people counted aboard a
  // craft are a part of the people before, not the craft.)
  const aboard = f.prev?.cls && PEOPLE_CLASSES.has(f.prev.cls) && PEOPLE_ABOARD.test(head);
  k.eq = nextsLabel || aboard ? null : itemOf(np);
  // "Kharkiv | 24 | 97" under "Region | Killed | Injured": the column says what happened, the row where.
  const columnFate = inList && list!.fates && s.includes(" | ") ? list!.fates[countBars(s, n.start)] ?? null : null;
  k.fateParty = null;
  if (columnFate) {
    const rowLabel = s.slice(0, s.indexOf(" | "));
    const place = countryOfPlace(rowLabel);
    k.cls = list!.civilian || place ? "civilians" : "personnel";
    k.inheritedPred = columnFate;
    k.fateParty = place ?? peopleIn(rowLabel, 0, null)[0]?.code ?? list!.party;
  }
  // "June 2024 | 330 | 18.0" under "Month | km² gained by Russia | …": the column says the figure counts ground.
  const columnGround = inList && list!.ground && s.includes(" | ") ? list!.ground[countBars(s, n.start)] ?? null : null;
  if (columnGround && !k.noun && !k.eq) k.cls = columnGround;
  // ("two drone pilots", "three tank crews": an equipment word that names whom the people serve is no equipment.)
  const crew = k.noun && k.eq && k.eq.index < k.noun.index && /^[\w-]+\s+(?:pilots?|operators?|crews?|crewmen|gunners?|drivers?|instructors?|mechanics?)\b/i.test(head.slice(k.eq.index));
  // ("warships/boats – 15 (+0) and special equipment – 133": a figure after its label, its day's change and the
  // next label after it, counts what its own label names, not the next.)
  // (The label is read below, with the other labels.)
  const labelFirst = LABEL_THEN_FIGURE_END.test(head) && INLINE_LABEL.test(s.slice(0, q.start));
  if (!labelFirst && k.noun && (!k.eq || k.noun.index < k.eq.index || crew)) {
    k.cls = k.noun.cls;
    k.nounStart = k.noun.index;
    k.nounEnd = n.end + k.noun.end;
  } else if (!labelFirst && k.eq && k.eq.index < 60) {
    k.cls = "equipment";
    k.nounStart = k.eq.index;
    k.nounEnd = n.end + k.eq.index;
    k.item = specificItemOf(np.length === head.length ? enumerationOf(np, f.afterAll) : np);
  }
  // A list line that puts its label first: "tanks – 412", "personnel: about 1,051,000".
  if (!k.cls) {
    // A year may sit in the label ("aircraft lost since 2022: more than 100"), no other figure; a table row
    // puts "|" before the figure.
    // ("Other armoured vehicles (MT-LB and similar): 21": examples in brackets after the label are no part of it.)
    const labelled = /^\s*(?:[-•*▪◦·]\s*)?([A-Za-z][^:|(]{0,80}?)\s*(?:\([^()]{1,60}\)\s*(?=:))?(?:[:|(–—‒-]|\s)\s*(?:about|around|approximately|approx\.?|~|≈|more than|over|up to|nearly)?\s*$/i.exec(s.slice(0, q.start));
    // ("Drone strike on Sumy kills 2, …": a headline's verb ends no label.)
    // ("Children killed since 24 February 2022: at least 575": a date may sit in the label too.)
    // ("German Marder 1A3s lost: 21", "Leopard 2A6 tanks lost: 9": so may a model's designation, in a label that names
    // the thing and its loss.)
    const modelLost = labelled !== null && LABEL_LOSS.test(labelled[1]!) && specificItemOf(labelled[1]!) !== null;
    const labelWords = labelled ? labelled[1]!.replace(DAY_OF_MONTH, "").replace(YEAR, "") : "";
    const label = labelled && !/\d/.test(modelLost ? labelWords.replace(MODEL_NAME, "") : labelWords) && !HEADLINE_VERB.test(labelled[1]!) ? labelled : null;
    // "…: personnel ‒ about 733,140 (+1,640) people, tanks ‒ 9,436 (+17), …": a bulletin's list run into one sentence.
    // ("… as approximately: personnel about 719,760 (+1,400), tanks 9,412 (+6), …": or a bare label before its figure,
    // in a bulletin's list of figures each with its day's change.)
    const inline = INLINE_LABEL.exec(s.slice(0, q.start)) ?? (s.includes(":") && (s.match(DAY_CHANGE) ?? []).length >= 2 ? BARE_INLINE_LABEL.exec(s.slice(0, q.start)) : null);
    // A row of a table with a column per side ("Tanks | 4,120 | 1,180"): every figure is counted by the row's first cell.
    // ("M1A1 Abrams | United States | 31 | 20" under "Vehicle | Supplied by | Delivered | Lost": so is the figure in
    // a table's column of losses.)
    const rowLabel = k.columnParty !== undefined || measureColumn === "measure" ? s.slice(0, s.indexOf(" | ")) : null;
    // ("Belaya (Irkutsk) | Tu-22M3 bombers destroyed: | 4" under "Base | Type | Count": a row's cells before its figure.)
    const cells = !rowLabel && !label && !inline && inList && s.includes(" | ") ? s.slice(0, q.start).replace(/\s*\|\s*$/, "").replace(/\s+\|\s+/g, " ").replace(/:\s*$/, "") : null;
    // (Equipment only; the row's first cell, when it is a place, is where it was lost: a base in Russia holds Russia's.)
    const cellsLabel = cells && /^[A-Za-z]/.test(cells) && !/\d{2,}/.test(cells.replace(MODEL_NAME, "")) && specificItemOf(cells) && !nounClassOf(cells) ? cells : null;
    if (cellsLabel) k.fateParty = countryOfPlace(s.slice(0, s.indexOf(" | ")));
    // ("… approximately 1,058,830 personnel. ¶ Tanks: 11,096 (+3). Artillery systems: 31,370 (+41).": a sentence that is
    // a label and its figure alone is a line of a list, run into a paragraph.)
    const labelText = rowLabel ?? (label && (seg.line || inList || LABEL_AND_FIGURE.test(s)) ? label[1]! : inline ? inline[1]! : cellsLabel);
    // "February — 36,320" under "Russian personnel losses reported by Ukraine's General Staff, by month:": a line
    // labelled by a date counts what its header counts.
    if (labelText && inList && list!.counts && DATE_LABEL.test(labelText.trim())) {
      const counts = list!.counts;
      k.cls = counts === "civilians" ? "civilians" : "personnel";
      k.inheritedPred = counts === "killed" || counts === "wounded" ? counts : counts === "casualties" ? "casualties" : counts === "civilians" ? list!.pred : null;
    }
    // ("Belgorod | 147 | 118" under a table captioned "Civilians killed, by region and period": a row labelled by a
    // place counts the caption's civilians there.)
    if (!k.cls && inList && list!.counts === "civilians" && s.includes(" | ") && countryOfPlace(s.slice(0, s.indexOf(" | ")))) {
      k.cls = "civilians";
      k.inheritedPred = list!.pred;
    }
    if (labelText) {
      // "Fighter jets", "Armoured personnel carriers": an equipment word from the label's start beats a people word in it.
      const people = nounClassOf(labelText);
      const thing = itemOf(labelText);
      const lc = people && thing && thing.index <= people.index ? null : people;
      const li = specificItemOf(labelText);
      if (lc) k.cls = lc.cls;
      // "National Guard of Ukraine — 21;" under "the defenders released today are:": a line of returning prisoners
      // counts people, its label their service.
      else if (!li && inList && list!.pred === "returned") k.cls = "personnel";
      // "Kyiv death toll rises to 23", "Number of injured climbs to 48" among civilian tolls: civilians.
      if ((k.cls === "killed" || k.cls === "wounded") && (placeToll(labelText) || (memory.lastToll === "civilians" && /\b(?:toll|rises|rose|climbs|climbed|jumps|jumped|reaches|reached|hits|grows|tops|increases)\b/i.test(labelText) && !peopleIn(labelText, 0, null).length)) && !/\b(?:soldiers|troops|servicem[ae]n|personnel|military|army)\b/i.test(labelText)) {
        k.inheritedPred = k.cls;
        k.cls = "civilians";
      } else if (li && !lc) {
        k.cls = "equipment";
        k.item = li;
      }
    }
  }
  // ("… stands at 361 and of helicopters at 326", "remained at 369, with helicopters at 329": the things of the second
  // figure of a count named before the first, counted as the first are.)
  const elided = !k.cls && f.prev?.cls === "equipment" ? NEXT_LABEL_AT.exec(s.slice(f.prev.n.end, q.start)) : null;
  const elidedItem = elided ? specificItemOf(elided[1]!) : null;
  if (elidedItem) {
    k.cls = "equipment";
    k.item = elidedItem;
  }
  // ("raised the number of Ukrainian prisoners killed to 50 and put the wounded at 73": the toll the verb names.)
  const putToll = !k.cls ? f.tollBefore : null;
  if (putToll && putToll.toll !== "casualties" && putToll.toll !== "losses") k.cls = putToll.toll === "wounded" || putToll.toll === "injured" ? "wounded" : "killed";
  // "January | 1,525 | 47,275" under "Month | Average per day | Month total", captioned "Russian casualties by month":
  // a row label that counts nothing leaves the column of losses to count what the caption counts.
  if (!k.cls && measureColumn === "measure" && list!.pred && PEOPLE_CLASSES.has(list!.pred)) {
    k.cls = "personnel";
    k.inheritedPred = list!.pred;
  }
}

/** A part of the people before, where they were: " of them aboard the Il-22M", " of whom were on board". */
const PEOPLE_ABOARD = /^\s+of\s+(?:them|those|whom)\s+(?:were\s+)?(?:aboard|on board|onboard)\b/i;
/** "(+1,400)": a bulletin's change of the day after its figure. */
const DAY_CHANGE = /\(\s*\+\s*\d/g;
/** A bulletin's label with no dash before its figure: ": personnel about ", ", tanks ". */
const BARE_INLINE_LABEL = /(?:[:;,]\s*)([A-Za-z][A-Za-z /&'’-]{1,40}?)\s+(?:about|around|approximately|approx\.?|more than|over|up to|nearly)?\s*$/i;
/** The label of a figure that follows, elided of its count: " and of helicopters at ", ", with helicopters at ". */
const NEXT_LABEL_AT = /^\s*,?\s*(?:and|with|while|but)\s+(?:of\s+|for\s+)?(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+at\s+(?:about|some|around|roughly|more than|over|nearly|almost|just over|just under)?\s*$/i;

/** A day's change of the total before, the dead and injured of a strike on a town, a bare count of the losses the sentence named. */
function fromStrikesAndCounts(f: ClassInput, k: ClassState): void {
  const { s, q, head, prev } = f;
  // "(+23)" after a cumulative figure is its daily change: the same thing counted.
  if (k.daily && prev && prev.cls) {
    k.cls = prev.cls;
    k.item = prev.item;
  }
  // "A missile strike on Poltava left 14 dead and 21 injured", "Shelling of Kherson killed 3": the dead and injured
  // of a strike on a town, with no soldiers named, are its civilians (in a sentence: a headline without its
  // period may be a link to another story, unless it names who says so: "Drone strike on Sumy kills 3, governor says").
  if (!prev && (((k.cls === "killed" || k.cls === "wounded") && k.noun && /^(?:dead|killed|injured|wounded|hurt)\b/i.test(head.slice(k.noun.index))) || (!k.cls && !k.noun && !k.eq && /\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds)\s+(?:at least\s+|about\s+|some\s+)?$/i.test(s.slice(Math.max(0, q.start - 30), q.start)))) && (/[.!?]["”]?\s*$/.test(s) || HEADLINE_SAYS.test(s)) && strikeOnTown(s)) {
    k.inheritedPred = k.cls === "killed" || k.cls === "wounded" ? k.cls : /\bkill\w*\s+(?:at least\s+|about\s+|some\s+)?$/i.test(s.slice(Math.max(0, q.start - 30), q.start)) ? "killed" : "wounded";
    k.cls = "civilians";
  }
  // "Russian losses of air-defence systems rose …: we documented 41 in the first half": a bare count after a
  // counting verb is of the losses the sentence named before.
  if (!k.cls && !k.noun && !k.eq && !prev && /\b(?:documented|recorded|counted|confirmed|verified|tallied|logged|registered|identified)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(Math.max(0, q.start - 40), q.start))) {
    const lossesOf = /\b((?:[A-Z][\w'’-]*\s+){1,2})losses of\s+((?:[\w-]+\s+){0,3}?[\w-]+)\b/.exec(s.slice(0, q.start));
    const lostItem = lossesOf ? specificItemOf(lossesOf[2]!) : null;
    if (lostItem) {
      k.cls = "equipment";
      k.item = lostItem;
      k.fateParty = peopleIn(lossesOf![1]!, 0, null).at(-1)?.code ?? null;
      k.inheritedPred = "lost";
    }
  }
}

/**
 * "Blinken said about 8,000 North Korean troops had moved into Kursk. Ukraine's military intelligence has given a
 * higher estimate, about 12,000": a bare figure given as another estimate of what was just counted counts the same.
 */
function otherEstimate(f: ClassInput, k: ClassState): void {
  const { s, q, prev, memory, segIndex } = f;
  if (k.cls || k.noun || k.eq || prev || !memory.counted || memory.counted.segment < segIndex - 2) return;
  if (!OTHER_ESTIMATE.test(s.slice(Math.max(0, q.start - 60), q.start))) return;
  k.cls = memory.counted.cls;
  k.item = memory.counted.item;
  if (k.cls === "personnel") k.inheritedPred = memory.personnelPred;
}
const OTHER_ESTIMATE = /\b(?:higher|lower|larger|smaller|bigger|different|new|revised|updated|separate|own)\s+(?:estimate|figure|number|count|tally|assessment)\s*(?:,|of|at|as)\s*(?:about|around|some|roughly|nearly|almost|more than|over|up to|at least)?\s*$/i;

/**
 * "the independent UALosses project has listed more than 70,000 names": the names a count of the named dead lists
 * are its side's dead (UALosses counts Ukraine's, Mediazona and the BBC's Russian service Russia's).
 */
function namedDead(f: ClassInput, k: ClassState): void {
  const { s, q, head } = f;
  if (k.cls || !/^\s+names\b(?!\s+of\s)/i.test(head)) return;
  if (!/\b(?:listed|lists|confirmed|identified|named|verified|documented|compiled|counted|established)\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|at least\s+)?$/i.test(s.slice(Math.max(0, q.start - 40), q.start))) return;
  const tracker = NAMED_DEAD_COUNT.exec(lastClause(s.slice(0, q.start)));
  if (!tracker) return;
  k.cls = "killed";
  k.fateParty = /^UA/i.test(tracker[0]) ? "UA" : "RU";
}
const NAMED_DEAD_COUNT = /\b(?:UALosses|UA Losses|Mediazona|Mediazona and (?:the )?BBC|BBC Russian|BBC's Russian service|Meduza)\b/;

/** Fates that a count of people can be named by ("killed", "casualties" …): a part of such a count is people with that fate. */
const FATE_CLASSES: readonly (NounClass | null)[] = ["killed", "wounded", "casualties", "captured", "missing"];

/**
 * Reads a figure as a part of the count `whole`: after "3,000 casualties, of whom 300 were killed" the part says its
 * own fate; without a verb it shares the total's (people, with the whole's fate as the one it inherits).
 */
function partOfWhole(k: ClassState, whole: Reading): void {
  k.cls = FATE_CLASSES.includes(whole.cls) ? "personnel" : whole.cls;
  if (k.cls === "personnel" && whole.cls !== "personnel") k.inheritedPred = whole.cls === "casualties" ? "casualties" : (whole.cls as Predicate);
}

/** Parts and continuations of the figure before in the sentence: enumerations, "3,000 more", asides, the injured of a toll. */
function fromFigureBefore(f: ClassInput, k: ClassState): void {
  const { s, n, head, prev, memory, segIndex, lastSegment } = f;
  // ("Those defenders held out in the plant's tunnels … Russia's defence ministry said that 2,439 of them had
  // surrendered": "of them" after the soldiers the sentence before opened with.)
  if (!k.cls && !prev && /^\s+of\s+(?:them|those|these|whom)\b/i.test(head)) {
    const opener = /^\W*(?:Those|These|The|All)\s+(.{0,60})/.exec(lastSegment);
    const nc = opener ? nounClassOf(opener[1]!) : null;
    if (nc && nc.index === 0 && (nc.cls === "personnel" || nc.cls === "captured")) {
      k.cls = nc.cls;
      k.fateParty = peopleIn(opener![1]!.slice(0, nc.end), 0, null)[0]?.code ?? null;
    }
  }
  // "of them", "of those", or a bare number continuing an enumeration.
  k.placePartPred = null;
  k.gap = prev ? s.slice(prev.nounEnd, n.start) : "";
  // ("roughly 11,000 of them last autumn and about 3,000 in a second rotation": a part, its time, and the next part;
  // "including 48 over the Bryansk region and 21 over the Kursk region": parts by place.)
  // (Not "… at 234 and the number of helicopters at 196": a figure whose own count is named before it.)
  // ("By its count, Russia had lost more than 3,600 tanks and Ukraine about 1,050": the same count for another side,
  // its verb and noun left out.)
  const sideGap = prev?.cls ? SIDE_GAP.exec(k.gap) : null;
  k.gapSide = sideGap ? peopleIn(sideGap[1]!, 0, null)[0]?.code ?? null : null;
  if (!k.cls && k.gapSide && prev?.cls) {
    partOfWhole(k, prev);
    k.item = prev.item;
    k.numberOfParty = k.gapSide;
  }
  if (!k.cls && prev && prev.cls && /[,;]|\b(?:and|or|including|plus|while|as well as|with)\b/i.test(k.gap) && !NUMBER_OF_AT.test(k.gap) && (/^[\s,]*(?:and|or|including|of whom|of which|plus|while|as well as|with|(?:and\s+)?then)?[\s,]*(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|another|a further)?\s*$/i.test(k.gap) || /^\s*of (?:them|those|whom)\s+(?:in|last|this|during|over|by)\b[^,;.\d]{0,30}\s+and\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|another|a further)?\s*$/i.test(k.gap) || (FATE_AS_GAP.test(k.gap) && FATE_AS_HEAD.test(head)) || PLACE_PART_GAP.test(k.gap) || (PLACE_AFTER_PART.test(head) && ADJUNCT_AND_GAP.test(k.gap)) || ADJUNCT_INCLUDING_GAP.test(k.gap) || GROUND_AIR_GAP.test(k.gap) || BY_SOURCE_GAP.test(k.gap) || PLACE_WITH_GAP.test(k.gap) || placeBeforeFigure(k.gap) || TIME_PART_GAP.test(k.gap) || ((TIME_THEN_GAP.test(k.gap) || YEAR_THEN_COMMA_GAP.test(k.gap)) && /^\s*(?:in|on|during|over|last|this|by|since|so far|to date|in all|in total|altogether)\b/i.test(s.slice(n.end))) || (PLACE_FOR_GAP.test(k.gap) && /\baccount(?:s|ed)?\s+for\b/i.test(s.slice(0, prev.n.start))))) {
    partOfWhole(k, prev);
    k.item = prev.item;
    // (A part by place has no verb of its own: "followed by" is no deployment; nor is "… over the past day along the
    // line of contact, and more than 300 in the Kursk region".)
    if (PLACE_WITH_GAP.test(k.gap) || PLACE_FOR_GAP.test(k.gap) || placeBeforeFigure(k.gap) || (k.cls === "personnel" && (PLACE_PART_GAP.test(k.gap) || PLACE_AFTER_PART.test(head)))) k.placePartPred = k.inheritedPred ?? prev.pred;
  }
  // ("the killing of 441 civilians in 102 towns and villages …, 73 of them in Bucha": a part by place of the people
  // counted, not of the places counted after them.)
  if (!k.cls && prev?.cls === "settlements" && /^\s+of\s+(?:them|those|whom)\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]/.test(head)) {
    const people = f.readings.findLast((r) => r !== prev && r.cls !== null && (r.cls === "civilians" || PEOPLE_CLASSES.has(r.cls)));
    if (people) {
      partOfWhole(k, people);
      k.placePartPred = k.inheritedPred ?? people.pred;
    }
  }
  // ("Ukraine held some 1,300 square kilometres there; by 31 March Ukrainian units held about 80": ground held or taken
  // again in a clause of its own, with no unit, is ground too.)
  if (!k.cls && !k.noun && !k.eq && prev && (prev.cls === "territory" || prev.cls === "settlements") && GROUND_AGAIN_GAP.test(k.gap)) k.cls = prev.cls;
  // "3,000 more", "another 2,000", "24 others": the same kind as the figure before.
  k.more = Boolean(prev && prev.cls && (/^\s*(?:others?|more)\b/i.test(head) || /\b(?:another|a further)\s*$/i.test(s.slice(0, n.start))));
  if (k.more && prev && (!k.cls || k.cls === prev.cls || ((k.cls === "killed" || k.cls === "wounded") && prev.cls === "civilians"))) {
    k.cls = k.cls === "killed" || k.cls === "wounded" ? prev.cls : k.cls ?? prev.cls;
    k.item = k.item ?? prev.item;
    // "86,420 dead servicemen and a further 74,000 or so who are missing": the part names its own fate.
    if (!k.noun && FATE_CLASSES.includes(prev.cls) && OWN_FATE_AFTER.test(head)) k.cls = "personnel";
    // ("killed 53 Ukrainian prisoners of war and wounded 75 others": prisoners harmed are counted by their harm.)
    if (k.cls === "captured" && /\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:about|some|around|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(Math.max(0, n.start - 30), n.start))) k.cls = "personnel";
    // ("five Nepalis were being held as prisoners of war … and 12 other Nepali recruits had been wounded": others with a
    // fate of their own after them.)
    if (k.cls === "captured" && /^\s*others?\s+(?:[\w-]+\s+){0,2}?(?:had|have|has|were|was)\s+(?:been\s+)?(?:wounded|injured|killed)\b/i.test(head)) k.cls = "personnel";
  }
  // ("31 wounded Ukrainian soldiers were exchanged for 15 wounded Russians": those a swap gave for prisoners are prisoners.)
  if (prev && (prev.cls === "captured" || (prev.cls === "personnel" && (prev.pred === "returned" || prev.pred === "captured"))) && EXCHANGED_FOR_GAP.test(s.slice(prev.nounEnd, n.start)) && (!k.cls || k.cls === "wounded" || k.cls === "personnel")) k.cls = "captured";
  // ("swapped 307 Russian servicemen for 307 Ukrainian ones": "ones" stands for the people counted before.)
  if (!k.cls && prev && prev.cls && (prev.cls === "personnel" || prev.cls === "captured") && ONES_AFTER.test(head)) {
    // (The people's name stands before the noun "ones", whose owner it names.)
    const ones = ONES_AFTER.exec(head)![0].length;
    if (peopleIn(head.slice(0, ones), 0, null)[0]?.code) {
      k.cls = prev.cls;
      k.nounStart = ones - 4;
      k.nounEnd = n.end + ones;
    }
  }
  // ("35 killed, including two children", "31 dead, including two children": a toll with children in it is civilians'.)
  if ((k.cls === "killed" || k.cls === "wounded") && !prev && CHILDREN_AMONG.test(s.slice(n.end)) && !MILITARY_PEOPLE.test(s)) {
    k.inheritedPred = k.cls;
    k.cls = "civilians";
  }
  // "Two of the dead were pensioners", "61 of the injured remain in hospital": part of the toll counted before.
  // ("Twenty-two of the dead were Ukrainian soldiers": not a part said to be soldiers.)
  if ((k.cls === "killed" || k.cls === "wounded") && !prev && memory.lastToll === "civilians" && PART_OF_TOLL.test(head) && !MILITARY_PEOPLE.test(head)) k.cls = "civilians";
  // ("The death toll from the strike on Poltava has risen to 53 … Earlier, officials had given a toll of 51 dead and
  // 271 injured": an earlier or other toll of the same strike, when no soldiers are named.)
  // ("The UN … has verified the deaths of more than 8,000 civilians. It has also recorded more than 13,000 injured":
  // the bare injured or dead the same source goes on to count, in the sentence after the civilians.)
  // ("Officials had earlier put the number of dead at 21": a toll by another name.)
  const tollAgain = /\b(?:toll|number of (?:the\s+)?(?:dead|deaths|people killed|victims))\s+(?:of|at)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i.test(s.slice(Math.max(0, n.start - 40), n.start));
  // ("… the deadliest month … June had been nearly as bad, with 232 dead and 1,343 wounded": bare dead and wounded
  // just after a count of civilians, in a sentence that names no side, are civilians too.)
  // ("87 schoolchildren of the region had been killed … and 231 had been wounded": or with the verb after them.)
  // ("… aid workers killed … to more than 60 … ¶ "These are drivers, cooks and nurses," he told reporters. He said another
  // 38 had been injured": "another" reaches a sentence further back.)
  const tollVerb = TOLL_VERB_AFTER.exec(head);
  const countGoesOn = (memory.civiliansSegment >= segIndex - 1 || (memory.civiliansSegment >= segIndex - 2 && /\b(?:another|a further)\s*$/i.test(s.slice(0, n.start)))) && tollVerb !== null && (continues(s) || !peopleIn(s, 0, null).some((p) => p.code !== null));
  // ("Rescuers had counted 12 bodies by mid-morning" just after a strike's civilian toll: the same dead, earlier.)
  const bodiesCounted = memory.civiliansSegment >= segIndex - 2 && /^\s+bodies\b/i.test(head) && !BODIES_HANDED.test(s);
  // ("Interior Minister Ihor Klymenko gave a toll of 17 around noon": a bare toll, dead by default.)
  if ((k.cls === "killed" || k.cls === "wounded" || (!k.cls && !k.noun && !k.eq && (tollAgain || countGoesOn))) && (!prev || prev.cls === "civilians") && memory.lastToll === "civilians" && (tollAgain || countGoesOn || bodiesCounted) && !MILITARY_PEOPLE.test(s)) {
    k.inheritedPred = k.cls === "wounded" || (!k.cls && /^(?:injured|wounded)$/i.test(tollVerb?.[1] ?? "")) ? "wounded" : "killed";
    k.cls = "civilians";
  }
  // ("In December the figure was lower, with about 100 killed and more than 450 injured" after a civilian toll: the
  // same toll, another month.)
  if ((k.cls === "killed" || k.cls === "wounded") && !prev && memory.lastToll === "civilians" && /^\s*(?:killed|dead|injured|wounded|hurt)\b/i.test(head) && TOLL_RESTATED.test(s.slice(0, n.start)) && !MILITARY_PEOPLE.test(s)) k.cls = "civilians";
  // ("17 | deaths reported in Government-controlled areas" in a key-figures table after a civilian toll: the same toll.)
  if ((k.cls === "killed" || k.cls === "wounded") && !prev && f.line && memory.lastToll === "civilians" && /^\s*\|\s*(?:deaths|dead|killed|injuries|injured|wounded)\b/i.test(head) && !MILITARY_PEOPLE.test(s)) k.cls = "civilians";
  // "86 of its servicemen, including 15 women": women among soldiers are soldiers.
  if (k.cls === "civilians" && prev?.cls === "personnel" && k.noun && /^(?:women|men)\b/i.test(head.slice(k.noun.index)) && /\b(?:including|among them|of whom)\s+(?:about|some|around|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(0, n.start))) k.cls = "personnel";
  // "414 were civilians — 215 women, 194 men and five children": men listed beside women and children are civilians.
  if (k.cls === "personnel" && prev?.cls === "civilians" && k.noun && /^men\b/i.test(head.slice(k.noun.index)) && /\b(?:women|children|civilians)\s*(?:,|,?\s+and)\s+$/i.test(s.slice(0, n.start))) k.cls = "civilians";
  // "2,088 civilians killed and 9,138 injured": the injured are civilians too.
  if ((k.cls === "killed" || k.cls === "wounded") && prev && prev.cls === "civilians" && !/\b(?:soldiers|troops|servicem[ae]n|personnel)\b/i.test(head)) {
    k.cls = "civilians";
  }
  // "how many civilians the UN verified as killed in April, along with 1,146 injured": the injured or dead of a
  // sentence that speaks of civilians, and of no soldiers, are civilians.
  if ((k.cls === "killed" || k.cls === "wounded") && !prev && /\bcivilians?\b/i.test(s.slice(0, n.start)) && !MILITARY_PEOPLE.test(s.slice(0, n.start)) && !MILITARY_PEOPLE.test(head)) k.cls = "civilians";
  // "Tkachenko now speaks of 11 dead and 124 injured in Kyiv", "Kyiv: 11 dead, 124 injured": the dead and injured of
  // a town, in a sentence with no soldiers and no losses in it, are its civilians, unless the article has been
  // counting soldiers' deaths (a named-dead count by region: "Irkutsk accounts for 512 of the dead") and the town's
  // toll has no injured (a strike's toll has).
  // ("On Tuesday, city officials had reported 15 deaths" a few sentences after a strike's civilian toll: the same
  // civilians, earlier, with no place named.)
  if ((k.cls === "killed" || k.cls === "wounded") && (memory.lastToll !== "military" || /\b(?:injured|wounded|hurt)\b/i.test(s)) && !MILITARY_PEOPLE.test(s) && !COUNTRY_TOLL.test(s) && !/\b(?:lost|losses|loses|casualt(?:y|ies)|enemy|occupiers)\b/i.test(s) && (countryOfPlace(s) || (memory.lastToll === "civilians" && memory.civiliansSegment >= segIndex - 4 && !peopleIn(s, 0, null).some((p) => p.code !== null)))) k.cls = "civilians";
  // "14,534 civilians … have been killed, and 38,472, including 2,366 children, injured": a bare figure whose verb
  // comes after an aside, the people those of the figure before.
  k.gappedPred = null;
  const gapped = !k.cls && prev && (prev.cls === "civilians" || prev.cls === "personnel") ? GAPPED_AFTER.exec(s.slice(n.end)) : null;
  if (gapped) {
    k.cls = prev!.cls;
    k.gappedPred = /^(?:killed|dead)$/i.test(gapped[1]!) ? "killed" : "wounded";
  }
  // "killing two people and injuring five": a bare figure right after a verb that happens to people.
  // ("killed 53 Ukrainian prisoners and wounded 75": prisoners are soldiers.)
  if (!k.cls && prev && prev.cls && ["personnel", "civilians", "captured"].includes(prev.cls) && /\b(?:killing|killed|wounding|wounded|injuring|injured|capturing|captured|kills|injures|wounds)\s+(?:at least\s+|about\s+|some\s+|another\s+|more than\s+)?$/i.test(s.slice(0, n.start)) && !k.noun && !k.eq) {
    k.cls = prev.cls === "captured" ? "personnel" : prev.cls;
  }
}

/** A plural noun of no class right after a figure: "13,000 containers", "400 shipments" (not "13,000 as of …"). */
const THING_AFTER = /^\s+(?!(?:was|has|is|as|this|thus|plus|across|always|perhaps|towards|besides|its|his|hers|ours|theirs|us|yes|less|unless)\b)[a-z]{2,}s\b/;

/** "the number of North Korean soldiers killed … to": what a number, count or tally before its figure counts. */
const NUMBER_OF_AT = /\b(?:number|count|tally|total) (?:of|for)\s+([^,;]{3,140}?)(?:,\s+which)?\s+(?:at|to|is|was|stands at|stood at|remained at|remains at|reached|went past|went over|crossed|(?:has |had |have )?(?:now |already )?(?:surpassed|exceeded|topped|passed|reached|hit|risen to|rose to|climbed to|grown to|grew to)|climbs to|rises to|jumps to|jumped to|grows to|increased to|increases to|(?:could|may|might|would|will) be)\s+(?:(?:just|a little|slightly|well)\s+)?(?:about|some|around|roughly|more than|over|under|nearly|almost)?\s*$/i;

/** A count taken up by a pronoun before its figure: "By Friday morning it stood at about". */
const IT_STOOD_AT = /^\W*(?:(?:by|on|as of|at)\s+[^,;]{1,30}?,?\s+)?(?:it|(?:the|its|their)\s+(?:running\s+|cumulative\s+|overall\s+)?(?:count|tally|total|figure))\s+(?:now\s+|had\s+|has\s+)?(?:stood at|stands at|reached|rose to|climbed to|passed|topped|was)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i;
/** A count by a pronoun opening its sentence, up to its figure's qualifier: "Her final count for 2022, published on 29 December, was ". */
const PRONOUN_COUNT_OPENS = /^\W*(?:Her|His|Its|Their)\s+(?:[a-z]+\s+){0,2}(?:count|tally|total)\b[^.;]{0,80}?\b(?:was|is|stood at|stands at|came to|reached)\s*$/;
/** A tally of a side's dead, named: "a running tally of the militia's dead and wounded", "its count of Russian casualties". */
const TALLY_OF_SIDE = /\b(?:count|tally|total|record|register)\s+of\s+(?:the\s+)?([^,;.]{2,40}?)(?:['’]s)?\s+(?:own\s+)?(?:dead|losses|casualties|fallen)\b/i;
/** A side that lost soldiers: "Russia lost about 1,300 soldiers a day". */
const LOSER_BEFORE = /\b([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+(?:(?:has|had|have)\s+)?lost\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to)?\s*[\d,.]+\s+(?:[a-z]+\s+)?(?:soldiers|troops|servicemen|personnel|men)\b/;
/** A running count named with what it counts: "running count of Russian losses". */
const TALLY_OF = /\b(?:count|tally|total)\s+of\s+([^,;.]{3,80}?\b(?:losses|casualties))\b/i;

/** A total summed up ("bringing its total … to 916,660"), the size of a body of troops, the day's share of the figure before. */
function fromSumsAndForces(f: ClassInput, k: ClassState): void {
  const { s, n, head, prev, lastSegment, memory, segIndex } = f;
  k.numberOfParty = null;
  k.numberOfPred = null;
  // "reached 980,040 on Wednesday, up 1,110 from the previous day": the day's rise of the figure before.
  if (!k.cls && prev?.cls && /\b(?:up|down|an increase of|a rise of|a jump of)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i.test(s.slice(0, n.start)) && /^\s*(?:from|on|over|since|compared with)\s+(?:the\s+)?(?:previous|prior|preceding)\s+day|^\s*from\s+(?:the\s+day\s+before|a\s+day\s+earlier|yesterday)/i.test(s.slice(n.end))) {
    k.cls = prev.cls;
    k.item = prev.item;
  }
  // ("The General Staff's running count of Russian losses kept climbing. By Friday morning it stood at about 1,217,750":
  // the count the sentence before named, taken up by "it".)
  const takenUp = !k.cls && !prev && IT_STOOD_AT.test(s.slice(0, n.start));
  const tallyBefore = takenUp ? TALLY_OF.exec(lastSegment) : null;
  // ("Ukraine's General Staff estimates that Russia lost about 1,300 soldiers a day in February. Its running total stood
  // at about 893,000": or the losses the sentence before counted.)
  const loser = takenUp && !tallyBefore ? LOSER_BEFORE.exec(lastSegment) : null;
  const loserSide = loser ? peopleIn(loser[1]!, 0, null)[0]?.code ?? null : null;
  if (loserSide) {
    k.cls = "personnel";
    k.numberOfPred = "casualties";
    k.numberOfParty = loserSide;
  }
  if (tallyBefore) {
    const item = itemOfLosses(tallyBefore[0]);
    if (item) {
      k.cls = "equipment";
      k.item = item;
    } else if (/\b(?:losses|casualties)\b/i.test(tallyBefore[1]!)) {
      k.cls = "personnel";
      k.numberOfPred = "casualties";
      k.numberOfParty = ownerOfLosses(tallyBefore[1]!);
    }
  }
  // ("Daria Morozova … published a running tally of the militia's dead and wounded. Her final count for 2022 … was 4,176
  // servicemen killed": a pronoun's count takes up the tally the sentence before named, and whose dead it counts, when
  // the sentence names no side of its own.)
  const tallyTakenUp = !prev && PRONOUN_COUNT_OPENS.test(s.slice(0, f.q.start)) ? TALLY_OF_SIDE.exec(lastSegment) : null;
  const tallySide = tallyTakenUp && peopleIn(s, 0, null).length === 0 ? peopleIn(tallyTakenUp[1]!, 0, null)[0]?.code ?? null : null;
  if (tallySide) k.numberOfParty = tallySide;
  // ("Ukraine's General Staff keeps its own count of Russian losses. It puts them at 53,650 personnel and 2,154 tanks":
  // the losses the sentence before named, put at their figures by a pronoun.)
  const lossesOwner = PRONOUN_PUT_AT.test(s.slice(0, n.start)) ? ownerOfLosses(lastSegment) : null;
  if (lossesOwner) {
    k.numberOfParty = lossesOwner;
    if (k.cls === "personnel") k.numberOfPred = "casualties";
  }
  // "bringing its total … to 916,660", "the General Staff's count, which passed 980,000": the figure before, summed up.
  // ("had put the number at about 13,000 containers": not when the figure names a thing of its own.)
  if (!k.cls && !THING_AFTER.test(head) && /\b(?:total|tally|count|figure|number)\b[^.;]{0,150}\b(?:to|at|passed|went past|went over|crossed|reached|reaches|exceeded|topped|surpassed|stood at|stands at|hit|of|rose to|risen to|climbed to|climbs to|rises to|jumps to|jumped to|grows to|increased to|increases to|is|was|now is|now|(?:could|may|might|would|will) be)\s+(?:(?:just|a little|slightly|well)\s+)?(?:about|some|around|roughly|more than|over|under|nearly|almost)?\s*$/i.test(s.slice(0, n.start))) {
    // ("the UN's count of all civilians killed in the war …, which stood at 12,881": or in a relative clause after it.)
    // ("… at 234 and the number of helicopters at 196": after the figure before, when one is there.)
    const numberOfAfterPrev = prev ? NUMBER_OF_AT.exec(s.slice(prev.n.end, n.start)) : null;
    const numberOf = numberOfAfterPrev ?? NUMBER_OF_AT.exec(s.slice(0, n.start));
    const nc = numberOf ? nounClassOf(numberOf[1]!) : null;
    // ("the number of tanks held in reserve fell from about 7,000 … to roughly 3,900": a number of things is no toll of
    // people, whatever was counted before.)
    const countedPhrase = nc ? null : /\b(?:number|count|tally|total)\s+(?:of|for)\s+([\w\s-]{3,60})/i.exec(s.slice(0, n.start))?.[1];
    const countsThings = countedPhrase ? !nounClassOf(countedPhrase) && specificItemOf(countedPhrase) !== null : false;
    let lostItem: Item | null = null;
    if (nc) {
      k.cls = nc.cls;
      // "the number of North Korean soldiers killed": the owner and the verb are in the counted phrase.
      // ("the number of people killed in Russia's attack on Kyiv": civilians belong where they were, not to the attacker.)
      // ("the number of its soldiers killed in a Ukrainian strike": not the attacker named after the people.)
      k.numberOfParty = nc.cls === "civilians" ? civilianCountry(numberOf![1]!) : peopleIn(numberOf![1]!.split(/\s(?:in|on|at|by|from|during|near|since)\s/)[0]!, 0, null)[0]?.code ?? null;
      k.numberOfPred = predicatesIn(numberOf![1]!).find((p) => COMPATIBLE[nc.cls].includes(p.pred))?.pred ?? null;
      // "Number of injured climbs to 48" after civilian tolls: the same civilians.
      // ("The number of injured has risen to 55, including two children": a toll with children in it is civilians'.)
      if ((nc.cls === "killed" || nc.cls === "wounded") && (memory.lastToll === "civilians" || CHILDREN_AMONG.test(s.slice(n.end))) && !MILITARY_PEOPLE.test(s)) {
        k.numberOfPred = nc.cls;
        k.cls = "civilians";
      }
    } else if (numberOf && (LOSS_WORD.test(numberOf[1]!) || (/^(?:tally|count|ledger)\b/i.test(numberOf[0].trimStart()) && !NOT_LOSSES.test(numberOf[1]!))) && specificItemOf(numberOf[1]!)) {
      // "Our count for all Ukrainian tanks lost across the southern front is 14": equipment lost, counted.
      // ("The General Staff's running tally of Russian warships and boats rose to 26", "Its count of Russian aircraft
      // stands at 420": a tally of the enemy's equipment counts its losses.)
      k.cls = "equipment";
      k.item = specificItemOf(numberOf[1]!);
      k.numberOfParty = peopleIn(numberOf[1]!, 0, null)[0]?.code ?? null;
      k.numberOfPred = "lost";
    } else if (numberOfAfterPrev && prev?.cls === "equipment" && prev.pred && specificItemOf(numberOfAfterPrev[1]!)) {
      // ("put the number of Russian aircraft destroyed at 234 and the number of helicopters at 196": the next count of
      // things, lost as the first were.)
      k.cls = "equipment";
      k.item = specificItemOf(numberOfAfterPrev[1]!);
      k.numberOfParty = peopleIn(numberOfAfterPrev[1]!, 0, null)[0]?.code ?? null;
      k.numberOfPred = prev.pred;
    } else if (numberOf && !prev && memory.counted?.cls === "equipment" && memory.counted.item && memory.counted.segment >= segIndex - 1 && /^\s*(?:count|tally|total) for\b/i.test(numberOf[0].slice(numberOf[0].search(/\b(?:count|tally|total)\b/i))) && SIDE_ALONE.test(numberOf[1]!)) {
      // ("… had documented more than 3,700 Russian tanks destroyed … Its count for Ukraine stood at just over 1,100":
      // the same things lost, counted for the other side.)
      k.cls = "equipment";
      k.item = memory.counted.item;
      k.numberOfParty = peopleIn(numberOf[1]!, 0, null)[0]?.code ?? null;
      k.numberOfPred = "lost";
    } else if (TOTAL_CASUALTIES.test(s.slice(prev ? prev.n.end : 0, n.start))) {
      // ("put Russia's dead at 180,000 and its total casualties at up to 500,000": a total of casualties after a toll
      // of the dead is the casualties, not more dead.)
      k.cls = "personnel";
      k.numberOfPred = "casualties";
    } else if (prev && prev.cls && ["personnel", "casualties", "killed"].includes(prev.cls) && !countsThings) k.cls = prev.cls;
    // "listed 3 more Russian tanks destroyed, bringing the total to 11,044": the total of the things counted before.
    else if (prev && prev.cls === "equipment" && prev.item) {
      k.cls = "equipment";
      k.item = prev.item;
    }
    // ("Oryx's count of Ukrainian tank losses is lower, at about 720": a count of equipment losses.)
    // ("The group keeps its own tally of Russian tank losses. It put the total at 3,100": or the tally the sentence
    // before named, when a pronoun opens this one.)
    else if ((lostItem = itemOfLosses(s.slice(0, n.start)) ?? (/^\W*(?:It|They|Its|Their)\b/.test(s) ? itemOfLosses(lastSegment) : null))) {
      k.cls = "equipment";
      k.item = lostItem;
      if (!/losses/.test(s.slice(0, n.start))) {
        k.numberOfParty = peopleIn(lastSegment.slice(0, lastSegment.lastIndexOf("losses")), 0, null).at(-1)?.code ?? null;
        k.numberOfPred = "lost";
      }
    } else if (/\b(?:losses|casualties|killed|dead|troops|soldiers|personnel)\b/i.test(s)) {
      k.cls = "personnel";
      // "reports Russian losses every morning; its total passed 1,140,000": the side whose losses are summed.
      k.numberOfParty = ownerOfLosses(s.slice(0, n.start));
    }
    // ("11 more battalion tactical groups …, bringing the number inside the country to 76": a number of formations.)
    else if (memory.personnel && memory.personnelPred && !FORMATIONS.test(s) && !countsThings) {
      k.cls = "personnel";
      k.numberOfPred = memory.personnelPred;
    }
    // "Q: How many North Korean soldiers have died? A: … puts the number at about 2,000": the question says what.
    if (k.cls === "personnel" && /\?\s*$/.test(lastSegment)) {
      const asked = predicatesIn(lastSegment).find((p) => ["killed", "wounded", "captured", "missing", "deployed", "casualties"].includes(p.pred));
      if (asked) {
        k.numberOfPred = asked.pred;
        k.numberOfParty ??= peopleIn(lastSegment, 0, null).at(-1)?.code ?? null;
      }
    }
  }
  // "the force in Kursk numbered 11,000 to 12,000": the size of a body of troops is a deployment.
  if (!k.cls && !k.eq && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), n.start))) {
    k.cls = "personnel";
    k.numberOfPred = "deployed";
  }
  // "a first contingent of around 11,000", "a force of 10,000": a body of troops is a deployment.
  // ("… has committed more than 100 Bradleys, with a first batch of 109": not after equipment counted just before.)
  if (!k.cls && !k.eq && BODY_OF_TROOPS.test(s.slice(0, n.start)) && prev?.cls !== "equipment") {
    k.cls = "personnel";
    k.numberOfPred = "deployed";
  }
  // The same thing counted again, as the total or the day's share of the figure before: "listed 790 Russian
  // personnel lost in the previous 24 hours and a cumulative 362,950"; "… went past 1.16 million on Tuesday; it added
  // 1,060 that day alone"; "… 1,000,340 since February 2022 – with 1,140 in the past day", "with 640 added over the
  // past day", "up 630 in a day".
  // ("losses had risen by 1,570 troops in the past day to about 770,000": the rise, then the total it rose to.)
  if (!k.cls && prev && prev.cls && (CUMULATIVE_BEFORE.test(s.slice(prev.n.end, n.start)) || TALLY_ADDED_BEFORE.test(s.slice(prev.n.end, n.start)) || DAY_SHARE.test(head) || (RISEN_BY.test(s.slice(Math.max(0, prev.n.start - 40), prev.n.start)) && RISEN_TO_GAP.test(s.slice(prev.nounEnd, n.start))))) countedAsBefore(k, prev);
}

/** A whole named before its part ("of which destroyed: 2,900", "Of those, 88 …"), and bare figures of the people counted before ("about 300 have died"). */
function fromWholeBefore(f: ClassInput, k: ClassState): void {
  const { s, q, head, prev, readings, segments, segIndex, memory } = f;
  // The last figure of the sentence that counted something ("121 drones" before "10 regions"); only a figure
  // with nothing counted of its own looks for it.
  const lastCounted = k.cls ? null : prev?.cls ? prev : lastCountedOf(readings);
  // "Tanks (3,900, of which destroyed: 2,900, damaged: 170, captured: 550)": a fate's share of the equipment before.
  const fate = !k.cls && lastCounted?.cls === "equipment" ? FATE_LABEL.exec(s.slice(Math.max(0, q.start - 24), q.start)) : null;
  if (fate) {
    k.cls = "equipment";
    k.item = lastCounted!.item;
    k.numberOfParty = lastCounted!.party;
    k.numberOfPred = /^(?:abandoned|lost)$/i.test(fate[1]!) ? "lost" : (fate[1]!.toLowerCase() as Predicate);
  }
  // "Of the tanks, roughly 2,900 were destroyed", "Of those, 88 were shot down": a sentence that opens on the
  // whole names what its first figure counts, or points to the figure of the sentence just before.
  // (The whole may give its own figure: "Of the 121 civilians injured, 10 are children".)
  if (!k.cls && (!prev || (prev.n.start < 40 && PARTITIVE_OPENER.test(s.slice(0, q.start))))) {
    const whole = PARTITIVE_OPENER.exec(s.slice(0, q.start));
    // ("Of the 121 civilians injured, 10 are children": the whole's own figure before its noun.)
    // ("Of the 24, seven were hit in 2022": a whole given by its figure alone is the one counted before.)
    const wholeNoun = whole?.[1]?.replace(/^(?:about\s+|some\s+|more than\s+)?\d[\d,]*(?:\s+|$)/, "");
    if (whole?.[1] && wholeNoun) {
      const wc = nounClassOf(wholeNoun);
      const wi = wc ? null : specificItemOf(wholeNoun);
      if (wc || wi) {
        k.cls = wc ? (wc.cls === "civilians" || wc.cls === "equipment" ? wc.cls : "personnel") : "equipment";
        k.item = wi;
        k.numberOfParty = peopleIn(whole[1], 0, null)[0]?.code ?? (memory.counted && memory.counted.segment >= segIndex - 3 && memory.counted.cls === k.cls ? memory.counted.party : null);
        // ("Of the Ukrainians freed, 880 were servicemen": prisoners freed are freed in part too. Only a swap's verb is
        // handed on: "Of the civilians killed, 20 were children" names parts the toll's own sentence tells.)
        const fate = wc ? predicatesIn(whole[1]).find((p) => COMPATIBLE[wc.cls].includes(p.pred))?.pred : undefined;
        if (fate === "returned" || fate === "captured") k.numberOfPred = fate;
        // (But "Of the 121 civilians injured, 10 are children", when the toll before told no children, names a part
        // nothing else counts: it shares the whole's fate.)
        if (wc?.cls === "civilians" && (fate === "killed" || fate === "wounded") && /^\s+(?:are|were|was|is)\s+(?:\w+\s+)?(?:children|minors)\b/i.test(head) && !/\bchild/i.test(f.lastSegment)) k.inheritedPred = fate;
        // ("Of the injured, 39 remain in hospital": the toll named alone is the fate, and after a civilian toll its
        // people are civilians.)
        if (wc && (wc.cls === "killed" || wc.cls === "wounded") && BARE_TOLL.test(whole[1])) {
          if (memory.lastToll === "civilians") k.cls = "civilians";
          k.numberOfPred = wc.cls;
        }
      }
    } else if (whole && memory.counted && memory.counted.segment === segIndex - 1 && !["buildings", "territory", "settlements"].includes(memory.counted.cls)) {
      k.cls = memory.counted.cls === "equipment" || memory.counted.cls === "civilians" ? memory.counted.cls : "personnel";
      k.item = memory.counted.item;
      // Equipment launched ("attacked Ukraine with 273 drones") is read without its owner: its losses
      // take theirs from the verb and the speaker below.
      if (k.cls !== "equipment") k.numberOfParty = memory.counted.party;
    }
  }
  // "about 300 have died", "including about 1,300 over the past day": the people counted before.
  // ("… 2,900 tanks were destroyed and 550 were captured": after equipment a bare figure is equipment, below.)
  // ("Four saboteurs were killed in the clash and two were detained": fighters held by the side that fought them, not
  // civilians detained.)
  if (!k.cls && prev?.cls && PEOPLE_CLASSES.has(prev.cls) && /^\s*(?:(?:have|had|has|were|are|was)\s+)?(?:been\s+)?(?:detained|taken captive)\b/i.test(head)) k.cls = "personnel";
  if (!k.cls && prev?.cls !== "equipment" && /^\s*(?:(?:have|had|has|were|are|was)\s+)?(?:been\s+)?(?:killed|died|dead|wounded|injured|hurt|captured|taken prisoner|missing)\b/i.test(head)) k.cls = prev?.cls === "civilians" ? "civilians" : "personnel";
  // "estimated that about 11,000 had arrived in the region", after North Korean troops were counted or named: a bare
  // figure that arrived or was sent is of those troops.
  if (!k.cls && !k.noun && !k.eq && !prev && BARE_ARRIVAL.test(head) && (memory.personnelPred === "deployed" || peopleIn(segments[segIndex - 1]?.text ?? "", 0, null).length > 0)) {
    k.cls = "personnel";
    k.bareArrival = true;
  }
  // ("verified the deaths of 8,006 civilians and the injury of 13,287": the next fate of the people counted before.)
  // ("… and the injury of 13,287 others": "others" of the people before take the fate named for them too.)
  const fateOf = (!k.cls || (prev && k.cls === prev.cls && /^\s+others\b/i.test(head))) && prev && (prev.cls === "civilians" || (prev.cls && PEOPLE_CLASSES.has(prev.cls))) ? FATE_OF_BEFORE.exec(s.slice(prev.nounEnd, q.start)) : null;
  if (fateOf) {
    k.cls = prev!.cls === "civilians" ? "civilians" : "personnel";
    k.inheritedPred = /^(?:injur|wound)/i.test(fateOf[1]!) ? "wounded" : "killed";
    k.more = false;
  }
  // "about 400 are now thought to have died", "16 were listed as missing": a bare figure of the people counted before.
  if (!k.cls && prev && prev.cls && ["personnel", "civilians", "killed", "wounded", "casualties", "captured", "missing"].includes(prev.cls) && /^\s*(?:(?:are|were|have|had|has|is|was|being|now|already|reportedly|believed|thought|feared|estimated|said|to|been|be|later|since|still|listed|registered|recorded|officially|as)\s+){0,5}(?:killed|died|dead|wounded|injured|captured|missing|surrendered|lost|held (?:in|as|captive|prisoner)|in (?:[A-Z][\w-]*\s+)?captivity)\b/i.test(head)) {
    k.cls = prev.cls === "civilians" ? "civilians" : "personnel";
  }
}

/** A list or count of losses as the subject of "has": "My list has", "the count now has". */
const LIST_HAS_BEFORE = new RegExp(String.raw`\b${LIST_NOUN}\s+(?:now\s+|still\s+)?$`, "i");

/** A clause of its own that holds or takes again, after the ground counted before: "…; by 31 March Ukrainian units held about". */
const GROUND_AGAIN_GAP = /[;,]\s+(?:and\s+|but\s+|while\s+)?[^;,.]{0,50}\b(?:held|holds|controlled|controls|took|had taken|occupied|retained|kept)\s+(?:about|some|around|roughly|more than|over|nearly|almost|just over|just under|only|at most)?\s*$/i;

/** People named by their side, whom a later "of them" counts: "North Korean soldiers", "Russian prisoners". */
const OF_THEM_PEOPLE = /\b((?:[A-Z][\w'’.-]*\s+){1,2})(?:soldiers|troops|servicem[ae]n|fighters|conscripts|marines|officers|prisoners)\b/;

/** Where a part of downed drones or missiles fell: "over the Kursk Region", "above Bryansk". */
const OVER_REGION = /^\s+(?:were\s+(?:shot down|downed|destroyed|intercepted)\s+)?(?:over|above)\s+(?:the\s+)?[A-Z]/;

/** A part of a figure counted before: "including 27 over Bryansk", "91 of them", "87 of them" a sentence later, "down from 430". */
function fromPartOf(f: ClassInput, k: ClassState): void {
  const { s, n, q, head, prev, readings, lastSegment, segIndex, memory } = f;
  const lastCounted = k.cls ? null : prev?.cls ? prev : lastCountedOf(readings);
  // "destroyed 121 drones over 10 regions, including 27 over Bryansk": the part of the last figure that counted something.
  // ("destroyed all 35 Russian drones and 72 of the missiles, including 10 hypersonic Kinzhals": not a part that names
  // munitions of its own.)
  if (!k.cls && lastCounted && /\bincluding\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(0, n.start)) && !MUNITION_PART.test(head)) {
    k.cls = lastCounted.cls;
    k.item = lastCounted.item;
    if (!prev?.cls) {
      k.numberOfPred = lastCounted.pred;
      k.numberOfParty = lastCounted.party;
    }
  }
  // ("destroyed 337 Ukrainian fixed-wing drones: 126 over the Kursk Region, 91 over the Bryansk Region": the parts
  // by region after a colon.)
  // ("126 Ukrainian drones were downed over the Kursk Region, 91 over the Moscow Region": or after a part by region.)
  if (!k.cls && lastCounted?.cls === "equipment" && OVER_REGION.test(head) && (s.slice(lastCounted.n.end, n.start).includes(":") || /\b(?:over|above)\s+(?:the\s+)?[A-Z][^,;:.]{0,40}(?:,|\band)\s*(?:about|some|around|roughly|more than|over|nearly|almost|another)?\s*$/.test(s.slice(lastCounted.n.end, n.start)))) {
    k.cls = "equipment";
    k.item = lastCounted.item;
    if (!prev?.cls) {
      k.numberOfPred = lastCounted.pred;
      k.numberOfParty = lastCounted.party;
    }
  }
  // "91 of them", "of which 98 were shot down": part of the figure before.
  // ("destroyed 85 drones over eight regions, 31 of them over Bryansk": of the last figure that counted something.)
  if (!k.cls && lastCounted && (/^\s*of (?:them|those|whom|these|which)\b/i.test(head) || /\b(?:of (?:which|whom|them|those)|among them|out of)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost|as many as|up to|fewer than|less than|no more than|just over|just under)?\s*$/i.test(s.slice(0, n.start)))) {
    // Parts of buildings or ground ("paid compensation for 300 of them") are not new figures.
    k.cls = lastCounted.cls === "equipment" ? "equipment" : lastCounted.cls === "civilians" ? "civilians" : lastCounted.cls === "buildings" || lastCounted.cls === "territory" || lastCounted.cls === "settlements" ? null : "personnel";
    k.item = lastCounted.item;
    // ("destroyed 11 vehicles, four of them armoured": a part named by its kind is of that kind.)
    const kind = k.cls === "equipment" && lastCounted.item === "vehicles" ? /^\s*of (?:them|those|these|which)\s+(armou?red)\b/i.exec(head) : null;
    if (kind) k.item = specificItemOf(`${kind[1]} vehicles`) ?? k.item;
    if (!prev?.cls && k.cls) {
      k.numberOfPred = lastCounted.pred;
      k.numberOfParty = lastCounted.party;
    }
  }
  // "Air defence shot down 87 of them": the figure before is in the sentence before.
  // ("The ministry claimed 26 settlements. We could confirm the capture of 19 of them": places are parts too when the
  // clause says they were taken.)
  const before = memory.counted && memory.counted.segment === segIndex - 1 ? memory.counted : null;
  const placesTaken = before?.cls === "settlements" && TAKING_BEFORE.test(lastClause(s.slice(0, q.start)));
  // ("North Korean soldiers, shown in an image released by Ukraine's intelligence service, which said about 11,000 of
  // them were now in Kursk": not when the sentence names its own people before the figure.)
  const peopleHere = /^\s*of (?:them|those|these)\b/i.test(head) ? OF_THEM_PEOPLE.exec(s.slice(0, q.start)) : null;
  if (!k.cls && !prev && before && !peopleHere && /^\s*of (?:them|those|these)\b/i.test(head) && before.cls !== "buildings" && before.cls !== "territory" && (before.cls !== "settlements" || placesTaken)) {
    k.cls = before.cls === "equipment" || before.cls === "civilians" || before.cls === "settlements" ? before.cls : "personnel";
    k.item = before.item;
    k.numberOfParty = before.party;
  }
  // "… North Korean soldiers sent to fight in Kursk. Seoul said around 600 of them had been killed": people named
  // without a figure in the sentence before are what "of them" counts.
  // ("Mediazona, which counts Russian soldiers whose deaths have been made public, has named 113,000 of them": people
  // named earlier in the same sentence, and their fate with them.)
  if (!k.cls && !prev && /^\s*of (?:them|those|these)\b/i.test(head)) {
    const here = s.slice(0, q.start);
    const inSentence = peopleHere;
    const people = inSentence ?? OF_THEM_PEOPLE.exec(lastSegment);
    const side = people ? peopleIn(people[1]!, 0, null).at(-1)?.code ?? null : null;
    if (side) {
      k.cls = "personnel";
      k.numberOfParty = side;
      if (inSentence && /^\s*(?:whose deaths|who (?:have |had )?(?:died|been killed|fallen)|who were killed|killed)\b/i.test(here.slice(inSentence.index + inSentence[0].length))) k.numberOfPred = "killed";
    }
  }
  // ("187 of those freed were servicemen": the part of a swap's returnees who were soldiers came home from captivity.)
  // (Whatever the whole was counted as: "189 people in the exchange".)
  // ("Of those returned, 108 are fighters of the Azov Regiment": the part named before the figure.)
  const freedSoldiers = FREED_PART.test(head) || (FREED_BEFORE.test(s.slice(0, n.start)) && SOLDIERS_AFTER.test(s.slice(n.end)));
  if (freedSoldiers) {
    k.cls = "personnel";
    k.numberOfPred = "returned";
  }
  // "… puts Russia's losses at some 560,000. On Monday it added another 1,140": a bare "another" opening on the
  // figure of the sentence before is more of the same.
  if (!k.cls && !prev && !k.noun && !k.eq && memory.counted && memory.counted.segment === f.segIndex - 1 && /\b(?:another|a further)\s*$/i.test(s.slice(0, n.start)) && /^\s*(?:[.;,]|$)/.test(s.slice(n.end))) {
    k.cls = memory.counted.cls;
    k.item = memory.counted.item;
    k.numberOfParty = memory.counted.party;
    if (k.cls === "personnel") k.numberOfPred = memory.personnelPred ?? null;
  }
  // "… 100 North Korean soldiers have been killed. Nearly 1,000 more had been wounded": a bare "more" with its own
  // fate, opening on the people counted in the sentence before, is more of those people.
  if (!k.cls && !prev && !k.noun && !k.eq && memory.counted && memory.counted.segment === f.segIndex - 1 && (PEOPLE_CLASSES.has(memory.counted.cls) || memory.counted.cls === "civilians") && MORE_WITH_FATE.test(head)) {
    k.cls = memory.counted.cls === "civilians" ? "civilians" : "personnel";
    k.numberOfParty = memory.counted.party;
  }
  // "when Russia took 411 square kilometres, or in August, when it took 459": a bare figure right after the verb that
  // took the ground or the places before.
  if (!k.cls && prev && (prev.cls === "territory" || prev.cls === "settlements") && !k.noun && !k.eq && TAKING_VERB_BEFORE.test(s.slice(prev.nounEnd, n.start))) {
    k.cls = prev.cls;
    k.numberOfPred = prev.pred;
  }
  // "took 380 square kilometres, down from 430 in January": a bare figure compared with the one before.
  // ("raised its count … to 413, from 372 the day before": "from" alone, with the earlier time after it.)
  if (!k.cls && prev && prev.cls && (COMPARED_WITH.test(s.slice(prev.nounEnd, q.start)) || (/,\s*from\s+(?:about|some|around|roughly|nearly|almost)?\s*$/i.test(s.slice(prev.n.end, q.start)) && EARLIER_AFTER.test(s.slice(n.end)))) && !k.noun && !k.eq) countedAsBefore(k, prev);
}

/** What happened to people counted, right after their figure: "injured", "had been wounded", "were killed". */
const TOLL_VERB_AFTER = /^\s+(?:(?:had|have|has|were|was|are)\s+(?:been\s+)?)?(injured|wounded|dead|killed)\b/i;

// "Of them, 129 are civilians", "Another 17 are servicemen", "Of those, more than 4,100 were officers": a part opened
// as one, then its kind after "are".
const PART_OPENER = /^\W*(?:(?:of|among) (?:them|these|those|the (?:[\w-]+ )?(?:dead|bodies|victims))\s*,?\s*|another\s+|a further\s+|the (?:other|remaining)\s+)(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?[A-Z])/;
const COPULA_KIND = /^\s*(?:of (?:them|those|these)\s+)?(?:are|were|is|was)\s+(?:\w+\s+)?(civilians?|children|child|minors|servicem[ae]n|soldiers|troops|military personnel|service members|fighters|officers|conscripts|volunteers|mercenaries|marines|paratroopers|generals)\b/i;

/** Parts of a death toll by kind or place, people named by their nationality, and the toll a clause names before its figure. */
function fromTolls(f: ClassInput, k: ClassState): void {
  const { s, n, q, head, prev, segIndex, lastKilled, memory } = f;
  // "Among the dead, 17,000 were prisoners. Some 12,400 were men mobilised in 2022": parts of a death toll
  // by kind, in its sentence or the one after it.
  const tollBefore = memory.counted && memory.counted.segment >= segIndex - 1 && memory.counted.cls === "killed";
  // "146 bodies have been exhumed. Of them, 129 are civilians … Another 17 are servicemen": parts of a count of dead
  // just before, opened as parts and told with "are", take its fate.
  // (A quotation may hold both sentences in one segment: the part opens its own sentence.)
  const ownSentence = s.slice(0, n.start).split(SENTENCE_END);
  // ("Of the dead, 414 were civilians … Another 22 were Ukrainian servicemen": the rest of a toll whose civilians were
  // just counted.)
  const civiliansBefore = memory.lastMetric === "civilians_killed" && memory.civiliansSegment >= segIndex - 1;
  // ("… Twenty-two were Ukrainian servicemen": or opening its sentence, right after the toll.)
  // ("More than 24,000 of them were volunteers": or with "of them" after its figure.)
  // ("More than 24,000 of them were volunteers …, and about 3,900 were officers": the next part, after "and".)
  const nextPart = prev !== null && prev !== undefined && prev.pred === "killed" && /\b(?:and|while)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(prev.n.end, n.start));
  const partAfter = /^\s+of (?:them|those|these)\b/i.test(head) && /^\W*(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(ownSentence.at(-1)!);
  const opensOnPart = PART_OPENER.test(ownSentence.at(-1)!) || partAfter || nextPart || ((tollBefore || civiliansBefore) && /^\W*$/.test(ownSentence.at(-1)!));
  const kind = (!prev || ownSentence.length > 1 || nextPart) && (tollBefore || civiliansBefore || segIndex - lastKilled <= 2) && opensOnPart ? COPULA_KIND.exec(head) : null;
  if (kind) {
    k.cls = /^(?:civilians?|children|child|minors)$/i.test(kind[1]!) ? "civilians" : "personnel";
    k.numberOfPred = "killed";
    // ("were Ukrainian servicemen": the people's side, named in the kind.)
    k.numberOfParty ??= peopleIn(kind[0], 0, null)[0]?.code ?? null;
  }
  // ("Russia returned 909 bodies to Ukraine. Of them, 451 came from the Donetsk direction", "Of the Ukrainian bodies, 531
  // were recovered in …": a part by place of the dead just counted.)
  else if ((!k.cls || k.cls === "personnel") && !k.noun && !k.eq && (!prev || ownSentence.length > 1) && tollBefore && PART_OPENER.test(ownSentence.at(-1)!) && /^\s+(?:came|come|were|was)\s+(?:recovered\s+|found\s+|killed\s+)?(?:from|in|near|on)\b/i.test(head)) {
    k.cls = "personnel";
    k.numberOfPred = "killed";
    k.numberOfParty ??= peopleIn(ownSentence.at(-1)!, 0, null)[0]?.code ?? memory.counted?.party ?? null;
  }
  if (!k.cls && !k.noun && !k.eq && /^\s*(?:were|was)\s/i.test(head) && (AMONG_THE_DEAD.test(s.slice(0, n.start)) || tollBefore)) {
    k.cls = "killed";
    k.numberOfParty = memory.personnel;
  }
  // "Among them, the headquarters said, were 14 soldiers who had been held since …", just after a swap: part of the
  // prisoners counted before.
  // ("According to Yermak, the group includes 23 defenders of Mariupol and 11 officers": the parts of those freed.)
  if (k.cls === "personnel" && memory.lastMetric === "captured" && memory.counted && memory.counted.segment >= segIndex - 3 && ((!prev && AMONG_THEM.test(s)) || GROUP_INCLUDES.test(s.slice(0, n.start)))) k.numberOfPred = "returned";
  // "Among the freed Ukrainians were 30 who had defended Azovstal": a bare part of those freed.
  const freedPart = !k.cls && !k.noun && !prev ? AMONG_FREED.exec(s.slice(0, n.start)) : null;
  if (freedPart) {
    k.cls = "personnel";
    k.numberOfPred = "returned";
    k.numberOfParty = peopleIn(freedPart[1] ?? "", 0, null)[0]?.code ?? null;
  }
  // "Among the names are more than 23,000 men recruited from prisons": people by kind in a list of the dead counted
  // just before.
  if (k.cls === "personnel" && !prev && segIndex - lastKilled <= 3 && AMONG_LIST.test(s)) {
    k.numberOfPred = "killed";
    k.numberOfParty = memory.personnel;
    k.partOfList = true;
  }
  // "deaths come from Bashkortostan (5,386), Tatarstan (4,214)": parts by place in brackets after a toll's noun.
  if (!k.cls && s[q.start - 1] === "(" && s[n.end] === ")") {
    const toll = TOLL_NOUN.exec(s.slice(0, s.indexOf("(")));
    if (toll) {
      k.cls = nounClassOf(toll[0])?.cls ?? null;
      k.numberOfParty = memory.personnel;
    }
  }
  // "about 20 aircraft hit, with as many as 10 destroyed": a bare figure of the equipment before, with its fate.
  if (!k.cls && prev?.cls === "equipment" && /^\s*(?:(?:were|was|had been|have been)\s+)?(?:destroyed|damaged|downed|shot down|lost|captured|abandoned|disabled|seized)\b/i.test(head)) {
    k.cls = "equipment";
    k.item = prev.item;
    k.numberOfParty = prev.party;
  }
  // "518 stadiums … damaged and 103 destroyed", "2,400 hospitals … damaged … and 270 destroyed outright": a bare figure
  // of the buildings before, with its fate.
  if (!k.cls && prev?.cls === "buildings" && /^\s*(?:(?:were|was|had been|have been)\s+)?(?:destroyed|damaged|ruined|razed)\b/i.test(head)) {
    k.cls = "buildings";
    k.numberOfParty = prev.party;
  }
  // "140 Sri Lankans have died": a people's name in the plural is the counted noun, and its owner.
  if (!k.cls && !k.eq && CAPITAL_NEXT.test(head)) {
    const people = findParties(head.slice(0, 40)).find((p) => p.kind === "people");
    if (people && /^\s*(?:[\w-]+\s+)?$/.test(head.slice(0, people.start)) && /[a-z]s$/.test(people.text)) {
      k.cls = "personnel";
      k.nounStart = people.start;
      k.nounEnd = n.end + people.end;
      k.numberOfParty = people.code;
    }
  }
  if (!k.cls) {
    // "a month of heavy losses, at about 48,000": the clause before "at" names the toll.
    // ("total Russian casualties – killed, wounded, captured or missing – were likely to be between …": an aside
    // between dashes is no clause of its own; it is read as blank space.)
    // ("bringing its losses since February 24, 2022, to about 446,000": nor are a date's commas.)
    const last = lastClause(s.slice(0, q.start).replace(DASH_ASIDE, (m) => " ".repeat(m.length)).replace(COMMA_DATE, (m) => m.replaceAll(",", " ")));
    const clause0 = /^\s*(?:at|of)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i.test(last) ? lastClause(s.slice(0, q.start - last.length - 1)) + last : last;
    // "losses had passed 5,000": the qualifier is the verb the toll's clause ends on.
    const clause1 = /^(?:passed|exceeded|surpassed|topped)\b/i.test(s.slice(q.start, n.start)) ? clause0 + s.slice(q.start, n.start) : clause0;
    // "publishes a total of Russian losses every morning; at the start of November it passed 1,150,000": "it" is
    // the toll of the clause before.
    const itToll = IT_PASSED.test(clause1) ? TOLL_BEFORE_IT.exec(s.slice(0, q.start - clause0.length)) : null;
    const clause = itToll ? `${itToll[0]} ${clause1}` : clause1;
    if (itToll && !k.numberOfParty) k.numberOfParty = peopleIn(itToll[0].slice(0, itToll[0].search(/[;,]/)), 0, null)[0]?.code ?? null;
    if (/\b(?:casualt(?:y|ies)|losses|deaths|(?<!\bof (?:the )?)dead|death toll|toll|number of (?:dead|killed|wounded|casualties)|(?:dead|killed) (?:and|or) (?:wounded|injured))\b[^.]{0,140}\b(?:to|at|of|reached|reach|reaches|hit|hits|stood at|stands at|stand at|is|was|are|were|be|numbered|number|numbers|amounted to|amount to|amounts to|exceeded|exceed|exceeds|topped|top|tops|surpassed|surpass|surpasses|passed|pass|passes|near|nears|neared|approached|approach|approaches|rose to|rises to|risen to|climbed to|(?:risen|rose|rises|grew|grown|increased|climbed|jumped|went up)\s+by)\s*$/i.test(clause)) {
      // "puts Russian tank losses at 4,000": the equipment whose losses they are.
      // ("put Russia's losses of armoured personnel carriers at 1,964": or whose losses they are of.)
      const lostItem = itemOfLosses(clause);
      if (lostItem) {
        k.cls = "equipment";
        k.item = lostItem;
      }
      // The toll of a strike or an attack counts civilians.
      // (And the toll of a city or region, "Kyiv death toll rises to 23".)
      // (And a toll whose parts are children, or that goes on from a civilian toll: "rose to 35, including two children";
      // not a side's own: "Western estimates put Russian dead at over 200,000" after the UN's civilian toll.)
      // ("He put Ukrainian military casualties at about 100,000 and said some 30,000 civilians had died": only up to
      // the end of the figure's own clause.)
      else if (/\b(?:civilian|attack|strike|shelling|bombing|bombardment|raid|explosion|blast)/i.test(s.slice(0, n.end) + cutAtClause(s.slice(n.end)).split(/\s+and\s+(?:said|says|added|that)\b/)[0]) || placeToll(clause) || CHILDREN_AMONG.test(s.slice(n.end)) || (memory.lastToll === "civilians" && !peopleIn(clause, 0, null).length)) k.cls = "civilians";
      // "Western estimates put Russian deaths at more than 100,000": deaths are the dead.
      // ("put Ukraine's military dead at between 60,000 and 100,000": so are the dead.)
      // ("estimated Ukraine's dead at close to 70,000 and its wounded at 100,000 to 120,000": the toll named last.)
      else if (WOUNDED_PUT_AT.test(clause)) k.cls = "wounded";
      // ("The death toll from the flooding … has risen to 59": so is a death toll.)
      else k.cls = /\b(?:deaths|dead|death toll)\b/i.test(clause) && !/\b(?:casualt(?:y|ies)|losses|(?:dead|killed) (?:and|or) (?:wounded|injured))\b/i.test(clause) ? "killed" : "personnel";
      // ("Ukraine's General Staff puts Russian losses at about 410,000": whose losses are put at the figure.)
      const put = k.cls === "personnel" ? LOSSES_PUT_AT.exec(s.slice(Math.max(0, n.start - 140), q.start)) : null;
      if (put) k.numberOfParty ??= peopleIn(put[1]!, 0, null)[0]?.code ?? null;
    }
  }
  // ("The injured number 134" after a civilian toll: the same strike's injured.)
  if (!k.cls && INJURED_NUMBER.test(s.slice(Math.max(0, q.start - 60), q.start))) {
    if (memory.lastToll === "civilians" && !MILITARY_PEOPLE.test(s)) {
      k.cls = "civilians";
      k.inheritedPred = "wounded";
    } else k.cls = "wounded";
  }
  // "Russia has not disclosed its own dead since 2022, when it acknowledged 5,937", "… Shoigu, put it at 5,937",
  // "the last official figure, 5,937": a bare figure a side gave for its own dead, named earlier in the sentence.
  // (A sum's reading, "the last figure it gave … was", may have called it people already.)
  if ((!k.cls || k.cls === "personnel") && !k.noun && !k.eq) {
    const before = s.slice(0, q.start);
    // ("has not updated its figure for its own dead, 5,937": the figure set off after the dead it counts.)
    if (TOLL_GIVEN.test(lastClause(before)) || LAST_FIGURE.test(before) || /\b(?:dead|deaths|fatalities)\s*,\s*$/i.test(before)) {
      const own = OWN_DEAD.exec(before.slice(-220));
      if (own) {
        k.cls = "killed";
        // Whose dead: the side that opens the sentence ("Russia has not disclosed its own dead").
        const ownAt = Math.max(0, before.length - 220) + own.index;
        k.numberOfParty = peopleIn(before.slice(0, ownAt), 0, null)[0]?.code ?? null;
      }
    }
  }
}

/** Last corrections: people enlisted, bodies handed back, rolls of the named dead, those who fell fighting, equipment put to use, and figures that count nothing. */
function finalChecks(f: ClassInput, k: ClassState): void {
  const { s, n, q, head, afterAll, prev, inList, list, lossWords, memory } = f;
  if (k.cls === "equipment" && !k.item) k.item = "other";
  // "two Luxembourg residents who were killed while serving in Ukraine's International Legion", "12 of them while
  // defending Ukraine in the ranks of the Armed Forces": people killed in a side's service are its soldiers.
  // (The clause runs on past the comma of "…, who were killed while serving" and "…, most of them while serving".)
  const service = k.cls === "civilians" ? IN_SERVICE.exec(cutAtClause(afterAll.replace(/^([^,;:]*?),(?=\s*(?:(?:most|many|all|nearly all|almost all) of them\s+)?(?:who|while|when)\b)/, "$1 "))) : null;
  if (service) {
    k.cls = "personnel";
    k.numberOfParty = peopleIn(service[0], 0, null)[0]?.code ?? k.numberOfParty;
  }
  // ("more than 5,000 former convicts had been released after completing their six-month contracts", "32,000 former
  // prisoners had gone home after serving their contracts": men discharged at the end of their service are no loss,
  // no prisoners and no force.)
  if (k.cls !== null && k.cls !== "equipment" && CONTRACT_SERVED.test(cutAtClause(head))) k.cls = null;
  // ("put the number of children killed at 727 …, and the number injured at 2,186": a bare toll after a civilian one in
  // the sentence counts the same people.)
  const bareToll = k.cls === "killed" || k.cls === "wounded" || k.cls === "personnel" ? BARE_NUMBER_TOLL.exec(lastClause(s.slice(0, q.start))) : null;
  if (bareToll && prev?.cls === "civilians") {
    k.inheritedPred = /^(?:injured|wounded)$/i.test(bareToll[1]!) ? "wounded" : "killed";
    k.cls = "civilians";
  }
  // ("Three armed groups of Russian citizens fighting on Ukraine's side", "two battalions of marines": a count of
  // formations is no count of people.)
  if (k.cls !== null && k.cls !== "equipment" && FORMATIONS_OF.test(head)) k.cls = null;
  // ("Two guided bombs killed 19 people": weapons that kill are no toll.)
  if (k.cls !== null && k.cls !== "equipment" && WEAPONS_THAT_HIT.test(head)) k.cls = null;
  // ("About 2,100 square kilometres along the line are now in the grey zone": ground no side holds is no gain.)
  if (k.cls === "territory" && /\b(?:grey|gray)[ -]zone\b/i.test(cutAtClause(s.slice(n.end)))) k.cls = null;
  // ("Moscow has not updated its own figure of 5,937 dead": a side's own figure of the dead is of its soldiers.)
  const ownFigure = (k.cls === "killed" || k.cls === "civilians") && /^\s+(?:dead|deaths|killed|fatalities)\b/i.test(head) ? OWN_FIGURE_OF.exec(s.slice(0, q.start)) : null;
  if (ownFigure) {
    k.cls = "killed";
    k.inheritedPred = null;
    // (Whose: the side named last before "its", "Kyiv does not publish …, and Moscow has not updated its own figure".)
    k.numberOfParty = peopleIn(s.slice(0, ownFigure.index), 0, null).at(-1)?.code ?? null;
  }
  // ("Ukraine has asked allies for at least seven Patriot systems": weapons asked for are no losses; "repelled attacks
  // near 11 settlements": places attacked are not taken.)
  if (k.cls === "equipment" && ASKED_FOR.test(lastClause(s.slice(0, q.start)))) k.cls = null;
  if (k.cls === "settlements" && ATTACKS_NEAR.test(s.slice(Math.max(0, q.start - 60), q.start))) k.cls = null;
  // "recruiting about 30,000 volunteers", "mobilised 300,000 men": people enlisted are not yet a figure of the vocabulary.
  // ("Wagner had recruited about 50,000 prisoners": convicts enlisted are no captives either.)
  if ((k.cls === "personnel" || k.cls === "civilians" || k.cls === "captured") && /\b(?:recruit(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|conscript(?:s|ed|ing)?|enlist(?:s|ed|ing)?|train(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|rescued|relocated|hired)\s+(?:(?!and\b)\w+\s+){0,3}$/i.test(lastClause(s.slice(0, q.start)))) k.cls = null;
  // "received 6,057 bodies from Russia and handed back 78": the other side's dead or prisoners, going the other way.
  k.handedBackParty = null;
  if (!k.cls && !k.noun && prev && (prev.cls === "killed" || prev.cls === "captured") && prev.party && HANDED_BACK_BEFORE.test(s.slice(prev.nounEnd, q.start))) {
    k.cls = prev.cls;
    k.handedBackParty = opponentOf(prev.party);
  }
  // ("… returned 1,000 Ukrainian bodies; Russia received 19", "… and Russia got 24 back": the other side's dead or
  // prisoners, named by the side that received them.)
  // ("Ukraine received the bodies of 1,000 soldiers …, and Russia got 24 back": or soldiers received dead.)
  const receivedWhole = prev && (prev.cls === "killed" || prev.cls === "captured" || (prev.cls === "personnel" && (prev.pred === "killed" || prev.pred === "returned")));
  const otherReceived = !k.cls && !k.noun && receivedWhole ? SIDE_RECEIVED_BEFORE.exec(s.slice(prev!.nounEnd, q.start)) : null;
  if (otherReceived) {
    // (Bodies handed over are the dead, whatever the whole was counted as.)
    k.cls = /\b(?:bodies|remains)\b/i.test(s) ? "killed" : prev!.cls;
    if (k.cls === "personnel") k.inheritedPred = prev!.pred;
    k.handedBackParty = peopleIn(otherReceived[1]!, 0, null)[0]?.code ?? null;
  }
  // A roll of the named dead: "accounts for 912 names", "1,010 men we can name" after a count of dead soldiers.
  k.namesParty = null;
  if (memory.lastMetric === "killed" && !n.words) {
    if (!k.cls && NAMES_NOUN.test(head)) {
      k.cls = "killed";
      k.namesParty = memory.personnel;
    } else if (k.cls === "personnel" && WE_CAN_NAME.test(s.slice(k.nounEnd, k.nounEnd + 40))) k.placePartPred = "killed";
  }
  // "212 residents of the community have been killed defending Ukraine", "killed at the front": people of a town who
  // died fighting are its soldiers, and the side they fought for is theirs.
  k.defended = null;
  // ("197 children have been killed in the war": children and civilians named as such never fell fighting.)
  if (k.cls === "civilians" && k.noun && !/^(?:civilians?|children|child|kids|minors?|infants?|babies|teenagers?|schoolchildren|pupils|girls?|boys?|women|non-combatants)\b/i.test(head.slice(k.noun.index))) {
    const fell = FELL_FIGHTING.exec(s.slice(k.nounEnd, k.nounEnd + 120));
    if (fell && !/[.;]/.test(s.slice(k.nounEnd, k.nounEnd + fell.index))) {
      k.cls = "personnel";
      // ("147 students, graduates and staff … have been killed defending Ukraine": the verb may stand past the
      // clause the figure's noun ends.)
      k.numberOfPred = "killed";
      // ("2,400 residents of the Sverdlovsk Region …", "… in the special military operation": the town's side, or
      // the side whose name for the war it is.)
      k.defended = fell[1] ? (peopleIn(fell[1], 0, null)[0]?.code ?? null) : /special military operation|SMO/.test(fell[0]) ? "RU" : countryOfPlace(s.slice(k.nounEnd, k.nounEnd + fell.index));
    }
  }
  // "“95 of our people are home,” the president wrote": a side's leader counting "our people" home counts its
  // prisoners.
  if (k.cls === "civilians" && OUR_PEOPLE.test(head)) k.cls = "personnel";
  // "About 60 Thai nationals remained in Ukraine": nationals and citizens are soldiers only where the sentence
  // says they fight or serve.
  if (k.cls === "personnel" && k.noun && /^(?:nationals|citizens)\b/i.test(head.slice(k.noun.index)) && !/\b(?:fight\w*|fought|serv\w+|soldiers?|troops|army|military|mercenar\w+|recruit\w*|enlist\w*|front|combat|captured|prisoners?|POWs?)\b/i.test(s)) k.cls = "civilians";
  // "exchanges of 75 for 75 on May 31": a swap of the same number each way counts both sides' prisoners once.
  if (!k.cls && !k.noun && SWAP_WORDS.test(s) && sameForSame(s, n)) k.cls = "captured";
  if (prev && prev.cls === "captured" && prev.n.value === n.value && /^\s+for\s+$/i.test(s.slice(prev.n.end, n.start))) k.cls = null;
  // "almost 1,400 political prisoners": people jailed at home are no prisoners of war.
  if (k.cls === "captured" && k.noun && /\bpolitical\s+$/i.test(head.slice(0, k.noun.index))) k.cls = null;
  // "At least five merchant vessels have been struck": civilian shipping is no side's arms.
  if (k.cls === "equipment" && k.item === "ships" && /\b(?:merchant|cargo|civilian|commercial|grain|container|bulk)\s+(?:[\w-]+\s+)?(?:ships?|vessels?|boats?)\b/i.test(head)) k.cls = null;
  // "two units of 6,000 North Korean troops each": a count of units, the troops counted by the figure inside it.
  // ("3,781 units of special equipment" is a count of the equipment itself.)
  if (k.cls !== null && /^\s*(?:units|groups|contingents|batches|waves|rotations|brigades|battalions|detachments|columns|echelons)\s+of\s+(?:about|some|around|roughly|up to|more than|over|nearly|almost)?\s*\d/i.test(s.slice(n.end))) k.cls = null;
  // "flooded some 600 km² on both banks", "80 settlements were flooded": ground and places under water were not taken.
  if ((k.cls === "territory" || k.cls === "settlements") && FLOODED.test(cutAtClause(s.slice(n.end)) + lastClause(s.slice(0, q.start)))) k.cls = null;
  // ("Children accounted for 21 of the July dead and 130 of the injured": children's share of a toll is civilians'.)
  if ((k.cls === "killed" || k.cls === "wounded") && /^\W*(?:children|minors)\s+(?:accounted for|made up|were)\b/i.test(s) && (PART_OF_TOLL.test(head) || /^\s*of the (?:[\w-]+\s+)?(?:dead|killed|injured|wounded)\b/i.test(head))) {
    k.inheritedPred = k.cls;
    k.cls = "civilians";
  }
  // ("received the bodies of 1,200 people it believes to be fallen soldiers": people named soldiers are soldiers.)
  // ("the bodies of 6,057 people who, according to the Russian side, are Ukrainian soldiers": the saying as an aside.)
  if (k.cls === "civilians" && k.noun && /^(?:people|persons)\s+(?:(?:who|whom|that)\s*,\s*(?:according to|in the words of)\s+[^,;.]{2,40},\s*)?(?:[\w']+\s+){0,4}?(?:to be|were|are|as)\s+(?:fallen\s+|dead\s+|Ukrainian\s+|Russian\s+)*(?:soldiers|servicem[ae]n|troops|defenders)\b/i.test(s.slice(n.end + k.noun.index))) k.cls = "killed";
  // ("the bodies of 23 Tajik citizens had been returned from Russia", "helped repatriate the bodies of 31 Georgian
  // citizens killed in Ukraine": citizens whose bodies come home from the war are its fallen fighters.)
  if (k.cls === "civilians" && k.noun && /^(?:citizens|nationals)\b/i.test(head.slice(k.noun.index)) && /\b(?:bodies|remains)\s+of\s+(?:about\s+|some\s+|at least\s+)?$/i.test(s.slice(Math.max(0, n.start - 30), n.start)) && /\b(?:repatriat\w*|returned|brought (?:home|back)|handed over|sent home)\b/i.test(s)) k.cls = "killed";
  // ("286 residents of the district are currently taking part in the special military operation": people who take
  // part in the war are a force.)
  if (k.cls === "civilians" && TAKING_PART.test(s.slice(n.end, n.end + 120))) {
    k.cls = "personnel";
    k.numberOfPred = "deployed";
    if (/special military operation|\bSMO\b/.test(s)) k.defended = "RU";
  }
  // ("Ukraine's General Staff … put Russian troop losses since Feb. 24 at around 19,300": the losses a source puts at
  // a figure, their side named with them.)
  const lossesPut = !k.cls && !k.noun && !k.eq ? LOSSES_PUT_AT.exec(s.slice(Math.max(0, n.start - 140), f.q.start)) : null;
  if (lossesPut) {
    k.cls = "personnel";
    k.numberOfPred = "casualties";
    k.numberOfParty = peopleIn(lossesPut[1]!, 0, null)[0]?.code ?? null;
  }
  // ("the Defence Forces of Ukraine now number about 880,000 people": the people a force numbers are its troops.)
  if (k.cls === "civilians" && k.noun && /^(?:people|persons|men)\b/i.test(head.slice(k.noun.index)) && s.includes("number") && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), f.q.start))) k.cls = "personnel";
  // ("some 50,000 prisoners had fought for Wagner in Ukraine": prisoners recruited to fight are a force, no captives.)
  const foughtFor = k.cls === "captured" && k.noun ? FOUGHT_FOR.exec(s.slice(n.end + k.noun.end, n.end + k.noun.end + 60)) : null;
  if (foughtFor) {
    k.cls = "personnel";
    k.numberOfPred = "deployed";
    k.numberOfParty = peopleIn(foughtFor[1]!, 0, null)[0]?.code ?? null;
  }
  // ("reported 17 deaths in the flooded areas they control": a flood's dead are its residents; "… flooded areas of
  // Kherson … ¶ Deaths reported by the authorities … have risen to 46": so are the deaths told right under a flood.)
  if (k.cls === "killed" && !MILITARY_PEOPLE.test(s) && (FLOODED.test(cutAtClause(s.slice(n.end))) || (/^\W*deaths\b/i.test(s) && FLOODED.test(f.lastSegment)))) {
    k.cls = "civilians";
    k.inheritedPred = "killed";
  }
  // "17 people died in the flood, and 31 are still missing": civilians missing are no figure of the vocabulary.
  // (After the noun when there is one: "about 20 residents were still unaccounted for".)
  if (k.cls === "civilians" && /^\s*(?:(?:are|were|is|was|remain|remained|still|now|have been|had been|been|reported|listed|considered)\s+){1,3}(?:missing|unaccounted for)\b/i.test(k.noun ? s.slice(k.nounEnd) : head)) k.cls = null;
  // ("40 cars were burned in a parking lot", "about 20 cars parked nearby were also damaged": cars a strike damages or
  // burns where they stand are people's property, no army's losses.)
  if (k.cls === "equipment" && CIVILIAN_CARS_AFTER.test(head)) k.cls = null;
  // ("The Medical Forces Command … said more than 450 of its medics had been killed": medics a military body counts as
  // its own are its soldiers; "The Hospitallers, a volunteer medical battalion, said two of its paramedics" are not.)
  if (k.cls === "civilians" && k.noun && /^(?:medics?|paramedics?|doctors?|nurses?|surgeons?)\b/i.test(head.slice(k.noun.index)) && /^\s+of\s+(?:its|their)\s+(?:own\s+)?$/i.test(head.slice(0, k.noun.index)) && MILITARY_BODY_BEFORE.test(s.slice(0, n.start)) && !/\bvolunteer/i.test(s.slice(0, n.start))) k.cls = "personnel";
  // "25,000 of his fighters were with him and 'ready to die'": a readiness to die is no death.
  if (k.cls !== null && /\b(?:ready|willing|prepared)\s+to\s+die\b/i.test(s.slice(n.end, n.end + 80)) && !/\b(?:killed|died|dead)\b/i.test(s.slice(n.end, n.end + 80).replace(/\b(?:ready|willing|prepared)\s+to\s+die\b/gi, ""))) k.cls = null;
  // "250 people gathered at the cathedral", "1,100 Ukrainians living across the county": people who meet, live or
  // work somewhere are no figure of the war's toll.
  if ((k.cls === "civilians" || k.cls === "personnel") && (k.noun || k.nounEnd > n.end) && NOT_A_TOLL_AFTER.test(s.slice(k.nounEnd, k.nounEnd + 60))) k.cls = null;
  // "20 bodies have been recovered from under the rubble": the dead dug out of ruins are civilians.
  if (k.cls === "killed" && k.noun && /^(?:bodies|corpses)\b/i.test(head.slice(k.noun.index)) && /\b(?:rubble|debris|ruins)\b/i.test(s) && !MILITARY_PEOPLE.test(s)) {
    k.cls = "civilians";
    k.inheritedPred = "killed";
  }
  // "the enemy's losses amounted to 39,180 people": people of an army's losses are its soldiers.
  if (k.cls === "civilians" && k.noun && /^(?:people|persons)\b/i.test(head.slice(k.noun.index)) && (ENEMY.test(s) || /\blosses\b/i.test(s.slice(0, n.start)) || (inList && list!.loss))) k.cls = "personnel";
  // "The soldiers, who are among some 11,000 sent by Pyongyang": a bare figure, its people named before, its verb after.
  if (!k.cls && !n.words && !k.noun && !k.eq && /\b(?:troops|soldiers|servicem[ae]n|personnel|fighters)\b/i.test(s.slice(0, n.start)) && /^\s*(?:(?:had|have|has|were|was|been|already|reportedly)\s+)*(?:sent|deployed|dispatched|transferred|killed|wounded|injured|captured)\b/i.test(head)) {
    k.cls = "personnel";
  }
  // "Pyongyang sent its men in two waves, roughly 11,000 …": a bare figure after the people it counts.
  if (!k.cls && !n.words && /,\s*(?:roughly|about|some|around|nearly|almost|more than|over)\s*$/i.test(s.slice(0, n.start)) && /\b(?:troops|soldiers|men|servicemen|personnel|forces)\b/i.test(s.slice(0, n.start)) && !/\b(?:tanks|vehicles|drones|kilomet|villages|settlements|civilians|people)\b/i.test(s)) {
    if (lossWords.some((p) => p.pred === "deployed" && p.end <= n.start)) k.cls = "personnel";
  }
  // "… apartment buildings had been damaged, as well as a school, shops and more than 30 cars": private cars damaged
  // beside homes are civilian property, no military loss (the annotated sets leave them optional at most).
  if (k.cls === "equipment" && k.item === "vehicles" && /^\s*(?:[\w-]+\s+){0,2}?(?:cars?|automobiles)\b/i.test(head) && CIVIL_PROPERTY.test(s) && !MILITARY_PEOPLE.test(s) && !/\b(?:destroyed|shot|hit)\s+(?:about|some|around|more than|over|at least)?\s*$/i.test(s.slice(0, n.start))) k.cls = null;
  // Equipment put to use ("fired 74 drones") stays counted for the parts that follow ("of which 58 were shot down") but is no claim.
  if (k.cls === "equipment") {
    // The nearest verb before the figure in its clause decides: a verb of use beats a loss word further back.
    // ("Researchers give a partial picture: the Oryx site lists 32 Leopard 2 tanks as lost": nor across a colon.)
    const clauseBefore = lastClause(s.slice(0, q.start)).split(/:\s/).at(-1)!;
    // ("The pace has slowed: we recorded 92 tanks lost": "has" before a participle is an auxiliary, no use; so is "has
    // now" before "passed 1,170", whose verb the qualifier took.)
    // ("The same list gave 24,960 tanks": what a list or tally "gave" it counted, not handed over.)
    // ("Russian tank losses have passed 6,500": so is "have" right before the qualifier's verb.)
    const verbInQualifier = /^(?:passed|exceeded|surpassed|topped|reached)\b/i.test(s.slice(q.start, n.start));
    // ("My list has 98 Ukrainian aircraft": what a list of losses "has" it counts, no fleet.)
    const uses = [...clauseBefore.matchAll(NEUTRAL_USE)].filter((u) => !(/^ha(?:s|ve|d)$/i.test(u[0]) && LIST_HAS_BEFORE.test(clauseBefore.slice(0, u.index))) && (!/^ha(?:s|ve)$/i.test(u[0]) || !/^\s+(?:(?:now|already|also|just|since)\s+)?(?:\w+ed|been|seen|shown|grown|fallen|taken|given|become|done|gone|risen|begun)\b|^\s+(?:now|already|just)\s*$/i.test(clauseBefore.slice(u.index + u[0].length)) && !(verbInQualifier && /^\s*$/.test(clauseBefore.slice(u.index + u[0].length)))) && !(/^(?:gave|give|given)$/i.test(u[0]) && /\b(?:list|tally|count|database|record|figures|total)\s+(?:\w+\s+)?$/i.test(clauseBefore.slice(0, u.index))));
    const lastUse = uses[uses.length - 1];
    const lossBefore = lossWords.filter((p) => p.end <= q.start && p.index >= q.start - clauseBefore.length && LOSS_PREDS.has(p.pred));
    const lastLoss = lossBefore[lossBefore.length - 1];
    // ("We also have 4 Russian self-propelled howitzers (…) destroyed": "have" with a loss after the noun records it.)
    const hasLossAfter = lastUse !== undefined && /^ha(?:s|ve|d)$/i.test(lastUse[0]) && HAVE_LOSS_AFTER.test(s.slice(n.end, n.end + 160));
    // ("launched 65 drones overnight and that 49 of them were shot down": a part with a fate of its own is a loss.)
    const partLost = PART_LOST.test(s.slice(n.end, n.end + 80));
    if (lastUse && !hasLossAfter && !partLost && (!lastLoss || q.start - clauseBefore.length + lastUse.index > lastLoss.index) && !(inList && list!.loss)) k.used = true;
    // "Russia struck Ukraine with 298 drones and 69 missiles": the weapons an attack was made with.
    if (ATTACKED_WITH.test(clauseBefore)) k.used = true;
    // ("the city was hit by 17 Shahed drones in 14 minutes": and those that struck, after the passive's "by".)
    if (ATTACKED_BY.test(clauseBefore)) k.used = true;
    // "Of the 31 Abrams tanks we sent, …": equipment a side sent or supplied, counted as such, is no loss.
    if (/^\W*(?:Of|Out of)\s+(?:the|its|their|our|all)\s+(?:about\s+|some\s+)?$/i.test(s.slice(0, q.start)) && SUPPLIED_AFTER.test(head)) k.used = true;
    // "371 drones were reported as 'locationally lost'": the air force's word for drones that vanished from its radar,
    // no count of drones downed.
    // ("while 119 went astray because of electronic warfare": nor drones that strayed or were jammed off course.)
    if (/^[^\d,;]{0,60}?\b(?:locationally\s+lost|went\s+astray|gone\s+astray|veered\s+off|were\s+diverted|lost\s+(?:to|because of|due to|through)\s+(?:electronic\s+warfare|jamming|EW)\b)/i.test(s.slice(n.end))) k.used = true;
    // "20 drones hit targets in five places": equipment that strikes is used, not lost.
    const after = s.slice(k.nounEnd, k.nounEnd + 40);
    const sidesThings = STRUCK_NO_OBJECT.test(after) && k.item !== "drones" && k.item !== "other" && peopleIn(s.slice(q.start, k.nounEnd), 0, null).length > 0;
    if (STRIKES_AFTER.test(after) && !sidesThings) k.used = true;
    // ("1,020 — drones Russia launched at Ukraine this week": weapons a side launched, named after them, were used.)
    // ("the 120 drones Russia launched overnight had all been shot down": unless their own clause downs them.)
    // ("had shot down all 22 Shahed attack drones Russia launched overnight": nor when the verb before them downs them.)
    if (LAUNCHED_BY_AFTER.test(s.slice(n.end, n.end + 70)) && !/\b(?:shot down|destroyed|downed|intercepted)\b/i.test(cutAtClause(s.slice(n.end))) && !DOWNED_BEFORE.test(s.slice(Math.max(0, q.start - 70), q.start))) k.used = true;
    // ("29 Bradleys destroyed …, out of more than 300 delivered": what was delivered or supplied is a stock, no loss.)
    if (/^\s*(?:(?:were|was|have been|had been)\s+)?(?:delivered|supplied|donated|pledged|promised|received)\b/i.test(s.slice(Math.max(n.end, k.nounEnd)))) k.used = true;
    // ("more than 800 drones and decoys were launched overnight", "1,310 Shahed-type and decoy drones launched at the
    // country": weapons launched, the verb right after them, were used, whatever was shot down after.)
    // ("shot down 20 of 24 Shahed-type drones launched", "shot down all 45 … drones launched": not what the verb before
    // them downed, nor a part.)
    if (/^\s+(?:(?!(?:of|since|after|before|when|as|it|they|we|he|she|that|which|who)\b)[\w-]+\s+){0,4}?(?:(?:were|was|had been|have been)\s+)?launched\b/i.test(s.slice(n.end, n.end + 70)) && !DOWNED_BEFORE.test(s.slice(Math.max(0, q.start - 70), q.start)) && !/\ball\s*$/i.test(s.slice(0, q.start)) && !/\b(?:had|have|were)\s+all\s+(?:been\s+)?(?:shot down|destroyed|downed|intercepted)\b/i.test(cutAtClause(s.slice(n.end)))) k.used = true;
    // ("said 117 drones had been used": what was used in an attack is no loss.)
    if (/^\s+(?:[\w-]+\s+){1,3}?(?:were|was|have been|had been|are|is)\s+used\b/i.test(s.slice(n.end, n.end + 60))) k.used = true;
    // ("about 5,000 pieces of weapons and military equipment have been moved to the eastern bank": what was moved away is
    // no loss.)
    if (/^[^.;,]{0,60}?\b(?:were|was|have been|had been|has been)\s+(?:moved|withdrawn|pulled (?:out|back)|relocated|evacuated|redeployed|transferred)\b/i.test(s.slice(n.end))) k.used = true;
    // ("Of the 14 Polish Leopards, at least eight have been lost": a whole the sentence opens on, with no loss in its own
    // words, is a stock; its part after the comma is the loss.)
    if (OPENING_WHOLE.test(s.slice(0, q.start))) {
      const comma = s.indexOf(", ", n.end);
      // ("Of the 2,600 Ukrainian vehicles on the list, 1,900 were destroyed": a whole on a list of losses is a loss.)
      if (comma >= 0 && !/\b(?:lost|losses|destroyed|damaged|captured|abandoned|downed|shot down|hit|disabled|list|count|tally|documented|recorded|confirmed)\b/i.test(s.slice(n.end, comma))) k.used = true;
    }
    // "66 of 103 drones": the whole is what was sent; the part is what was lost.
    if (prev && PART_OF_WHOLE_GAP.test(s.slice(prev.n.end, n.start))) k.used = true;
    // ("shot down 56 Russian drones overnight, out of 104 launched": a whole after "out of" that a verb of use follows.)
    if (/\bout\s+of\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, q.start - 20), q.start)) && /^\s+(?:[\w-]+\s+){0,2}?(?:launched|fired|sent|used)\b/i.test(s.slice(n.end, n.end + 40))) k.used = true;
  }
  // "had taken two wounded soldiers prisoner": the verb is split around the figure and its people.
  if (k.cls !== null && ["wounded", "killed", "personnel"].includes(k.cls) && TAKEN_BEFORE.test(s.slice(Math.max(0, q.start - 20), q.start)) && PRISONER_AFTER.test(s.slice(k.nounEnd))) k.cls = "captured";
  // "one"/"a" count only with their noun at once ("one civilian was killed"), not "one of", "one 20 years old".
  // ("A 67-year-old man was injured": an age between "a" and its noun is no distance.)
  // ("At least five people were killed …, among them one in Zaporizhzhia": a toll's part by place is one of its people.)
  const partByPlace = Boolean(prev?.cls) && /\b(?:among them|including|of (?:them|whom))\s+$/i.test(s.slice(Math.max(0, n.start - 20), n.start)) && /^\s+(?:in|near|from)\s+(?:the\s+)?[A-Z]/.test(head);
  // ("six Abrams damaged or destroyed, and one captured by Russian troops": nor is "one" with its own fate after "and".)
  const oneWithFate = prev?.cls === "equipment" && k.cls === "equipment" && /\band\s+$/i.test(s.slice(Math.max(0, n.start - 5), n.start)) && ONE_WITH_FATE.test(head);
  // ("killing two civilians and injuring one": nor one of the people before, hurt in another way, its noun left out.)
  const oneMoreHurt = (prev?.cls === "civilians" || PEOPLE_CLASSES.has(prev?.cls ?? "")) && ONE_MORE_HURT_BEFORE.test(s.slice(Math.max(0, n.start - 30), n.start)) && /^\s*(?:[.,;!]|$)/.test(head);
  if (n.words && n.value === 1 && !(k.noun && (k.noun.index <= 12 || /^\s+\d{1,3}-year-old\s/.test(head))) && !(k.eq && k.eq.index <= 40) && !k.daily && !partByPlace && !oneWithFate && !oneMoreHurt) k.cls = null;
  // Square miles beside square kilometres are the same figure, given once in km².
  if (k.cls === "territory" && /^\s*(?:square miles?|sq\.? ?mi)/i.test(afterAll) && /\b(?:square kilomet\w*|square km|sq\.? ?km|km2|km²|kilomet(?:er|re)s? squared)/i.test(s.slice(Math.max(0, n.start - 60), n.start))) k.cls = null;
}

/** A second verb of harm before a bare figure: "… killing two civilians and injuring ". */
const ONE_MORE_HURT_BEFORE = /,?\s+and\s+(?:injuring|wounding|killing|injured|wounded|killed)\s+$/i;

/** The figure counts what the figure before counted, with its verb and owner. */
function countedAsBefore(k: ClassState, prev: Reading): void {
  k.cls = prev.cls;
  k.item = prev.item;
  k.numberOfPred = prev.pred;
  k.numberOfParty = prev.party;
}

/** The last reading that counted something. */
function lastCountedOf(readings: Reading[]): Reading | null {
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]!.cls !== null) return readings[i]!;
  return null;
}

/** The noun phrase at the start of a text: up to its first verb or preposition, at most 80 characters. */
/**
 * A noun phrase with the kinds enumerated after its comma: "338 Russian vehicles, guns and other systems lost" counts
 * them all. Only a run with no figure of its own (not "12 tanks, 30 trucks and …").
 */
function enumerationOf(np: string, afterAll: string): string {
  if (afterAll[np.length] !== "," || !afterAll.startsWith(np)) return np;
  const rest = nounPhrase(afterAll.slice(np.length + 1).split(/[;:(]|\s[–—]\s|\.(?:\s|$)/)[0]!);
  return /\band\b/.test(rest) && !/\d/.test(rest) ? `${np},${rest}` : np;
}

function nounPhrase(head: string): string {
  const cut = head.slice(0, 80);
  const m = NP_STOP.exec(` ${cut} `.slice(1));
  return m ? cut.slice(0, m.index) : cut;
}

/** The side named right before the last loss noun of a text ("Russian losses", "North Korea's casualties"), or null. */
function ownerOfLosses(before: string): string | null {
  let owner: string | null = null;
  // ("the General Staff's figure for Russian “personnel losses”": a term in quotation marks is still the side's.)
  for (const m of before.matchAll(/((?:[A-Z][\w'’.-]*\s+){1,2})["“‘]?(?:combat\s+|military\s+|personnel\s+|total\s+|overall\s+)?(?:losses|casualties|dead)\b/g)) {
    owner = peopleIn(m[1]!.replace(/['’]s\s+$/, " "), 0, null)[0]?.code ?? owner;
  }
  return owner;
}

/** Whether a toll is a city's or a region's ("Kyiv death toll", "Odesa's toll"), not a side's ("Russia's death toll"). */
function placeToll(clause: string): boolean {
  const m = /([A-Z][\w'’-]+?)(?:['’]s)?\s+(?:death\s+)?toll\b/.exec(clause);
  if (m !== null && countryOfPlace(m[1]!) !== null) return true;
  // "The death toll in Dnipro stands at 19" (not "Russia's death toll in Kursk": a side's toll).
  if (/\b(?:[A-Z][\w-]+['’]s|Russian|Ukrainian|North Korean)\s+(?:military\s+)?(?:death\s+)?toll\b/.test(clause)) return false;
  const after = /\btoll\s+(?:in|from the [\w -]{0,30}?\b(?:on|in))\s+([A-Z][\w'’-]+)/.exec(clause);
  return after !== null && countryOfPlace(after[1]!) !== null;
}

