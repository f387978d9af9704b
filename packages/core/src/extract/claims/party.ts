import type { Item } from "../../schemas/claim.js";
import { chooseAttribution, type Attribution } from "./attribution.js";
import type { NounClass, Predicate, nounClassOf, predicatesIn } from "./metrics.js";
import type { NumberMention } from "./numbers.js";
import { DATELINE } from "./dates.js";
import { BELLIGERENTS, OCCUPATION_AUTHORITIES, countryOfPlace, countryOfPlaceStruck, findParties, mediatorOf, opponentOf } from "./parties.js";
import type { qualify } from "./qualifiers.js";
import { itemOf, specificItemOf } from "./items.js";
import { AMONG_THE_DEAD, ENEMY, LABEL_AND_FIGURE, LOSS_PREDS, WESTERN_ARMS, FORCE, NEUTRAL_USE_ONE, PART_OF_TOLL, PEOPLE_CLASSES, SIZE_ASIDE_BEFORE, civilianCountry, semicolonClause, countryOfPlaceThatLost, insideAny, relativeAsides, cutAtClause, lastClause, peopleIn, type ArticleMemory, type ListContext, type Reading, type SegmentSources } from "./common.js";

// Whose people, equipment or ground a figure counts: modifiers first, then the clause, then context.

/** The side people fought for, named after them: "who fought on the Russian side", "serving in the Ukrainian army". */
const PEOPLE_FROM = /^\s+of\s+(?:[\w-]+\s+){0,2}?(?:soldiers|servicem[ae]n|men|troops|fighters)\s+from\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/;
// The dead counted as bodies: "146 bodies", "more than 140 bodies".
const BODIES = /^\s*(?:[\w-]+\s+)?(?:bodies|corpses|remains)\b/i;
/** Bodies found where they lay, and bodies handed from one side to the other. */
const GRAVE_FOUND = /\b(?:exhum\w*|found|discover\w*|unearth\w*|buried|burial|graves?)\b/i;
const BODIES_SENT = /\b(?:repatriat\w*|received|returned|handed (?:over|back)|brought (?:home|back)|exchanged|swapped|sent back)\b/i;
/** What comes before "N bodies" that a side received: "brought back", "Ukraine received", "repatriated". */
const BODIES_RECEIVED = /^(.*?)\b(?:brought back|brought home|received|got back|repatriated)\s+(?:about\s+|some\s+|more than\s+|another\s+|a further\s+)?$/i;
const BODIES_OF = /\b(?:bodies|remains|corpses)\s+of\s+(?:the\s+)?(?:about\s+|some\s+|more than\s+|at least\s+)?$/i;
const SIDE_AFTER = /^[^;]{0,80}?\b(?:(?:on|for)\s+the\s+([A-Z][\w'’-]+(?:\s+Korean)?)\s+side|(?:in|with|for|in the ranks of)\s+the\s+([A-Z][\w'’-]+(?:\s+Korean)?)\s+(?:army|armed forces|military|forces))\b/;
// The object of a strike or an attack up to a side named in it ("strike on a training ground of the Ukrainian …").
const STRUCK_VERB = /\b(?:hit|struck|targeted|attacked|bombed|shelled|strikes?|attacks?|raids?|shelling|bombing|bombardment)\b/i;
// ("its Iskander-M missiles had hit a meeting of Ukrainian commanders": what was hit names its victims.)
// ("it had struck a restaurant where Ukrainian commanders were meeting …, killing up to 85": those where it struck.)
const STRUCK_TARGET = /\b(?:strikes?|attacks?|raids?|shelling|bombing|bombardment|hit)\s+(?:on|against|at)\s+[^,.;]{0,70}$|\b(?:hit|struck|targeted|attacked|bombed|shelled)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:of\s+(?:the\s+)?|(?:where|in which|at which)\s+)$/i;
/** A side named as the one that strikes: "Russian missile strike", "Russian forces shelled", "Ukrainian drones". */
/** The UN's human rights monitors, whose civilian tolls in this war are of Ukraine's civilians. */
// ("Its monitoring mission says at least 148 civilians were killed": in this war, the UN's.)
const UN_MONITORS = /\b(?:UN|U\.N\.|United Nations)\b(?:['’]s)?\s+(?:human rights\s+)?(?:monitors?|monitoring mission|mission|office|has verified|verified|has recorded|recorded|counts?|counted|tally)\b|\bHRMMU\b|\bHuman Rights Monitoring Mission\b|\b(?:its|the) (?:human rights )?monitoring mission\b/i;
// ("Since Russia's full-scale invasion, … 13,883 civilians": the side that invaded neither.)
const ATTACKER = /^\S+(?:\s+(?:[\w-]+|ballistic|cruise|glide)){0,3}?\s+(?:strikes?|attacks?|shelling|shelled|bombardment|bombing|bombed|raids?|missiles?|drones?|rockets?|bombs?|artillery|forces|troops|army|military|aircraft|jets?|invasion|aggression|occupation)\b/i;
/** A side's admission right before its figure: "has admitted to", "acknowledged losing", "acknowledged that at least". */
const ADMITTED_BEFORE = /\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\s+(?:to\s+|that\s+)?(?:losing\s+)?(?:about\s+|some\s+|around\s+|only\s+|just\s+)?$/i;
/** The same admission with who admits: "when it admitted 5,937", "Moscow acknowledged". */
const ADMITTED_BY = new RegExp(`\\b(it|they|Moscow|Russia|Kyiv|Ukraine|the Kremlin)\\s+(?:had\\s+|has\\s+|have\\s+)?${ADMITTED_BEFORE.source.slice(2)}`, "i");
/** A side's own losses named just before their figure: "its own dead in almost four weeks:", "their own losses,". */
const ITS_OWN_LOSSES = /\b(?:its|their)\s+own\s+(?:(?:first|latest|official|military|combat|war|total)\s+)*(?:dead|deaths|losses|casualties|death toll)\b(?![^.;]{0,20}\bof\b)[^.;\d]{0,60}$/i;
/** Places or ground put "under Ukrainian control", a little after their figure. */
const UNDER_CONTROL = /^[^.;]{0,100}?\bunder\s+([A-Z][\w'’-]*)\s+control\b/;
/** A count of a side's losses named: "a running tally of Russian losses", "its count of Ukrainian dead". */
const TALLY_OF_SIDE = /\b(?:tally|count|total|toll|list)\s+of\s+((?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)\s+(?:military\s+)?(?:losses|casualties|dead|deaths)\b/;
/** "put their casualties at", "estimates its losses at": a possessive's losses, given a figure. */
const THEIR_LOSSES_PUT = /\b(?:put|puts|putting|placed|places|estimated|estimates|assessed|assesses)\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:losses|casualties|dead|death toll)\s+at\s+(?:about\s+|some\s+|around\s+|roughly\s+|more than\s+|over\s+|nearly\s+|up to\s+|at least\s+)?$/i;
const UNDER_CONTROL_AT = /\bunder\s+([A-Z][\w'’-]*)\s+control\s+(?:at|to|as)\s+(?:about\s+|some\s+|around\s+|more than\s+|over\s+|nearly\s+)?$/;
/** Civilians and homes: no side's arms. */
const civil = (c: NounClass | null) => c === "civilians" || c === "buildings";
/** A side in an appositive that describes a source: ", the Ukrainian open-source mapping project,". */
const SOURCE_APPOSITIVE = /^.*,\s+(?:the|a|an)\s+\S+(?:\s+[\w'’-]+){0,4}?\s+(?:project|group|monitor|outlet|site|website|agency|institute|think tank|analysts?|researchers?|bloggers?|channel|service|team|organi[sz]ation|initiative|tracker)\s*,/i;
/** A source and its claim of a capture up to the figure: "X claimed the capture of", "X announced the liberation of". */
// ("Kyiv claimed to hold about 1,300 square kilometres": or to hold the ground itself.)
const CLAIMED_CAPTURE = /^[^,;]*?\b(?:claimed|claims|announced|announces|reported|reports|declared|declares)\s+(?:(?:the\s+)?(?:capture|liberation|seizure|taking|control)\s+of|to\s+(?:hold|control|have taken|have captured|have liberated|have seized))\s+(?:about\s+|some\s+|around\s+|more than\s+|over\s+|nearly\s+|another\s+|a further\s+)?$/i;
const RECRUITED = /\b(?:recruited|mobili[sz]ed|enlisted|hired|conscripted|drafted|trained|commanded|led|armed|equipped|paid)\b/i;
/** A side's equipment or losses, then a participle of loss: "Ukrainian equipment destroyed (as …)". */
// ("Russian officers of major and above killed: 1,141": a side's people, then theirs.)
const OWNED_PARTICIPLE = /^\S+\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|armou?r|materiel|weaponry|losses)\s+(?:destroyed|lost|damaged|captured|downed)\b|^\S+\s+(?:[\w-]+\s+){0,2}?(?:officers|soldiers|troops|servicem[ae]n|personnel|commanders|generals|colonels|pilots|marines|paratroopers)\s+(?:[\w-]+\s+){0,4}?(?:killed|wounded|injured|captured|dead|missing)\s*:\s*$/i;
/** "… people it says are Ukrainian soldiers": the side a source says the dead or captives belong to. */
// ("the bodies of 6,057 people who, according to the Russian side, are Ukrainian soldiers": the saying as an aside.)
const SAID_TO_BE = /^\s*(?:(?:that|whom|who)\s+)?(?:(?:it|they|Russia|Moscow|Ukraine|Kyiv)\s+(?:says?|said|claims?|claimed)\s+|,\s*(?:according to|in the words of)\s+[^,;.]{2,40},\s*)(?:are|were)\s+((?:Ukrainian|Russian)\s+(?:soldiers|servicem[ae]n|troops|fighters|defenders))\b/;
/** "Twenty-two of the dead were Ukrainian soldiers", "22 bodies were those of Ukrainian servicemen": whom the dead were. */
const WERE_SIDE = /^\s+(?:were|are)\s+(?:those\s+of\s+)?(?:the\s+)?((?:Ukrainian|Russian|North Korean)\s+(?:soldiers|servicem[ae]n|troops|fighters|defenders|marines|paratroopers|prisoners of war|POWs))\b/;
/** " of the Armed Forces of Ukraine", " of the Russian Armed Forces": the force people after their noun serve in. */
const OF_FORCE_AFTER = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,2}(?:Armed Forces|Army|Navy|National Guard|Air Force|Defen[cs]e Forces)(?:\s+of\s+(?:the\s+)?(?:Russian Federation|[A-Z][\w'’-]*))?)/;
/** "… have been returned to Ukraine": bodies or captives a side gets back are its own. */
const RETURNED_TO = /^\s*(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?(?:returned|repatriated|handed over|handed back|brought back|sent back)\s+to\s+(Ukraine|Russia)\b/;
/** "Russia hands over the bodies of": a side handing over bodies gives its opponent's. */
const HANDS_OVER_BODIES = /\b(Russia|Ukraine|Moscow|Kyiv)\s+(?:hands?|handed|has handed)\s+(?:over|back)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:about\s+|some\s+|more than\s+|another\s+)?$/;
const LAUNCHED_COUNT = /^(?:launched|fired|sent|used)\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+)?[\d,]+\s+/;
/** "estimates for Russia of around 200,000 dead": the side a figure is given for. */
const ESTIMATE_FOR = /\b(?:estimates?|figures?|tolls?|losses|casualties)\s+for\s+(Russia|Ukraine|Russian forces|Ukrainian forces|the Russian side|the Ukrainian side)\s+(?:of|at|were|was|stand at|stood at)\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/i;
/** "killed in war with Russia", "in the fighting against Ukraine": the side fought. */
const WAR_WITH = /\b(?:in|during)\s+(?:the\s+)?(?:war|fighting|conflict)\s+(?:with|against)\s+(Russia|Ukraine|Moscow|Kyiv)\b/;
/** What one side calls the other's fighters, beyond the words for "the enemy" (`ENEMY`: "militants", "Nazis" …). */
const ENEMY_FIGHTERS = /\b(?:nationalists|Banderites|terrorists)\b/i;
/** "were among the losses", "are among those lost": a part of the losses just counted. */
const AMONG_THE_LOSSES = /^[^.;]{0,80}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|its|their|these|those)\s+(?:losses|lost|destroyed)\b/i;

/** Ground a side holds, named again: "the foothold", "the bridgehead". */
const HELD_GROUND_AGAIN = /\b(?:the|its|their|that)\s+(?:foothold|bridgehead|salient|enclave)\b/i;
/** Ground a side holds, named with its side: "the first Ukrainian foothold", "Russia's bridgehead". */
const HELD_GROUND_OF = /\b([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+(?:[a-z-]+\s+)?(?:foothold|bridgehead|salient|enclave)\b/;

/** The side whose foothold or bridgehead this segment or the one before names, or null. */
function sideOfHeldGround(segments: readonly { text: string }[], segIndex: number): string | null {
  for (let i = segIndex; i >= Math.max(0, segIndex - 1); i--) {
    const m = HELD_GROUND_OF.exec(segments[i]?.text ?? "");
    const code = m ? peopleIn(m[1]!, 0, null)[0]?.code ?? null : null;
    if (code) return code;
  }
  return null;
}

/** A side's military body that publishes loss lists. */
const MILITARY_LISTER = /\b(?:General Staff|defen[cs]e ministry|ministry of defen[cs]e|MoD|armed forces|military)\b/i;
/** A verb of listing before the figure: "also listed", "counts". */
const LISTED = /\b(?:listed|lists|counted|counts|tallied|recorded|records)\b[^.;]{0,40}$/i;

/** A source named again by a pronoun or its bare title: "According to him", "the governor added". */
const REFERRED_BACK = /^(?:he|she|it|they|him|her|them|the\s+[a-z]+)$/i;

/**
 * Words of occupation: the authorities an occupier installed count civilians of the land it holds. ("the DPR's
 * ombudsman Daria Morozova": so do the republics Moscow set up in Donetsk and Luhansk.)
 */
const OCCUPATION = new RegExp(`\\b(?:installed|appointed|occupied|occupation|annexed|${OCCUPATION_AUTHORITIES})\\b`, "i");
/**
 * ("Pushilin said Ukrainian fire had killed more than 300 civilians in the republic": with no place named, the
 * civilians an authority Moscow installed counts are of the Ukrainian land it holds.)
 */
// ("Three civilians were killed", the governor said, on the page of the "Government of the Zaporozhye Region": a
// Russian page about land it occupies counts Ukraine's civilians.)
function occupiedLandOf(attr: Attribution | null, clause: string, f: PartyInput): string | null {
  return attr?.sourceParty === "RU" && (f.occupier || OCCUPATION.test(`${attr.attributedTo} ${clause}`)) ? "UA" : null;
}
/** Countries that arm Ukraine and fight no one: equipment named by them is Ukraine's. */
/** Western arms right after their figure, at most two words before their name: "one IRIS-T launcher", "two US-made Bradleys". */
const WESTERN_ARMS_COUNTED = new RegExp(String.raw`^\s*(?:[\w.-]+\s+){0,2}?` + WESTERN_ARMS.source);
/** Arms only Russia fields, right after their figure: "14 S-400 launchers", "two Ka-52 helicopters", "a Tu-22M3". */
const RUSSIAN_ARMS_COUNTED = /^\s*(?:[\w.-]+\s+){0,2}?(?:S-[345]00s?|S-350s?|Pantsirs?|TOS-1A?s?|Solntsepyoks?|Ka-52s?|Su-3[45]\w*|Su-57\w*|Tu-22M3s?|Tu-95\w*|Tu-160s?|A-50\w*|Il-22\w*|Be-12s?|Iskanders?|Lancets?|Shaheds?|Shahed-type|Gerans?|Geran-2s?|T-90\w*|BMPTs?|Tornado-S|Krasukhas?)\b/;
/** Soviet-era arms both armies field: a side named in the clause may own them. */
const BOTH_SIDES_FIELD = /\bS-300s?\b/;
const SUPPLIERS = new Set(["US", "GB", "FR", "DE", "PL", "SE", "NL", "DK", "NO", "FI", "CZ", "SK", "IT", "ES", "BE", "CA", "AU", "LT", "LV", "EE", "PT", "GR"]);
/** A side whose forces took the ground counted before it: ": ground Russian forces seized", "that Russian troops took". */
// ("2,700 sq km — the ground Russian forces have taken": after a dash too; "About 600 sq km — Russian gains in
// October": or the side's gains.)
const TAKEN_BY_AFTER = /^[^.;]{0,40}?(?:(?::|\s[–—‒-])\s*(?:the\s+)?(?:ground|territory|land|area)\s+|\b(?:that|which)\s+)((?:[A-Z][\w'’.-]*\s+){1,2})(?:forces|troops|army|units|soldiers)\s+(?:have\s+|had\s+)?(?:seized|took|captured|gained|taken|occupied|won|conquered|entered)\b|^\s*[–—‒-]\s*((?:[A-Z][\w'’.-]*\s+){1,2})(?:gains|advances)\b/i;
const TAKER_RIGHT_AFTER = /^\w*\s+(?:that\s+)?([A-Z][\w'’.-]*(?:\s+(?:forces|troops|army))?)\s+(?:has\s+|have\s+|had\s+)?(?:seized|took|captured|gained|taken|occupied|won|conquered)\b/;
/** "our crews destroyed", "we have shot down": our side as the agent of a hostile verb. */
// ("were destroyed by our defenders 17 tanks": the passive with "our" as its agent too.)
const OUR_SIDE_STRUCK = /\b(?:our|we)\b(?:\s+[\w'’-]+){0,5}?\s+(?:have\s+|had\s+|has\s+)?(?:destroyed|downed|shot down|hit|struck|killed|eliminated|captured|took out|wiped out|neutrali[sz]ed|knocked out|took prisoner)\b|\b(?:destroyed|downed|shot down|hit|struck|killed|eliminated|liquidated|captured|neutrali[sz]ed)\s+by\s+our\b/i;
// A side or a part of those counted before, fronted before the sentence's own clause.
// ("For Ukraine it estimated close to 400,000": without the comma, before a pronoun subject; "On North Korean troops,
// the Pentagon said …": a side's people fronted.)
const FRONTED_SIDE = /^(?:(?:For|As for|On)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:side|troops|soldiers|forces|losses|casualties))?|(?:Of|Among)\s+(?:these|those|them|whom))\s*(?:,|(?=\s(?:it|they|he|she|the (?:same )?(?:study|report|institute|ministry|group|project|slide|document|papers|estimate|assessment|analysis|survey|count|tally|data))\s))/;

type PredicateWord = ReturnType<typeof predicatesIn>[number];

/** What the party rules read of a figure, its sentence and the article so far. */
export interface PartyInput extends SegmentSources {
  /** The sentence. */
  s: string;
  n: NumberMention;
  q: ReturnType<typeof qualify>;
  /** The text after the figure up to its clause's end: its noun. */
  head: string;
  cls: NounClass | null;
  item: Item | null;
  pred: Predicate | null;
  noun: ReturnType<typeof nounClassOf>;
  nounStart: number;
  nounEnd: number;
  /** The reading of the figure before in the sentence. */
  prev: Reading | null;
  /** "3,000 more", "another 2,000": the same kind as the figure before. */
  more: boolean;
  daily: boolean;
  /** The text between the figure before's noun and this figure, and the side it names for the same count. */
  gap: string;
  gapSide: string | null;
  /** The side of a toll named right before the figure ("and Ukrainian killed at "). */
  tollSide: string | null;
  /** The nearest predicate before and after the figure. */
  pb: PredicateWord | undefined;
  pa: PredicateWord | undefined;
  lossWords: PredicateWord[];
  inList: boolean;
  list: ListContext | null;
  /** The side of the figure's table column (undefined outside such a table). */
  columnParty: string | null | undefined;
  measureColumn: "measure" | "skip" | null | undefined;
  /** Owners the class rules found on their way. */
  fateParty: string | null;
  numberOfParty: string | null;
  defended: string | null;
  namesParty: string | null;
  handedBackParty: string | null;
  bareArrival: boolean;
  takingBefore: ArticleMemory["taking"];
  tallyGoesOn: boolean;
  segments: readonly { text: string }[];
  segIndex: number;
  memory: ArticleMemory;
  lastEquipmentClaim: { item: Item | null; party: string | null; segment: number } | null;
}

/** The owner as the rules below look for it, with what the first of them read. */
interface PartyState {
  party: string | null;
  /** The words before the counted noun ("3,700 dead Russian"): its modifiers. */
  modifiers: string;
  /** Whether the figure counts ground or settlements. */
  taking: boolean;
  /** The sides named among the modifiers. */
  mod: { code: string | null; at: number }[];
}

/** The side a figure counts, and the sides named as its modifiers ("Russian servicemen"). */
export function partyOf(f: PartyInput): { party: string | null; mod: { code: string | null; at: number }[] } {
  const k: PartyState = { party: null, modifiers: "", taking: false, mod: [] };
  // The rules run in this order; the first that finds an owner decides.
  ownerNamedWithFigure(f, k);
  ownCount(f, k);
  ownerInClause(f, k);
  ownerFromContext(f, k);
  // ("The incursion has put about 28 Russian villages near Sudzha … under Ukrainian control": the side in control,
  // whoever the places belonged to.)
  // ("put the number of Russian settlements under Ukrainian control at 74": or before the figure it is put at.)
  const underControl = f.cls === "settlements" || f.cls === "territory" ? UNDER_CONTROL.exec(f.s.slice(f.n.end)) ?? UNDER_CONTROL_AT.exec(lastClause(f.s.slice(0, f.q.start))) : null;
  const controlParty = underControl ? peopleIn(underControl[1]!, 0, null)[0]?.code : undefined;
  if (controlParty) k.party = controlParty;
  // ("Moscow has published no overall count since September 2022, when it admitted 5,937 dead": a side admits its own
  // losses; a pronoun that admits stands for the side the sentence opened with.)
  const admittedBy = f.cls !== null && PEOPLE_CLASSES.has(f.cls) ? ADMITTED_BY.exec(f.s.slice(Math.max(0, f.q.start - 60), f.q.start)) : null;
  const admitter = admittedBy ? peopleIn(/^(?:it|they)$/i.test(admittedBy[1]!) ? f.s.slice(0, f.q.start) : admittedBy[1]!, 0, null).find((p) => p.code !== null && BELLIGERENTS.has(p.code))?.code : undefined;
  if (admitter) k.party = admitter;
  // ("… bringing the total number of captives released through its mediation to 3,233", after "the UAE has
  // brokered": the mediator's name is no owner of the people it helped free.)
  if (k.party && !BELLIGERENTS.has(k.party) && k.party === mediatorOf(f.s)) k.party = null;
  // ("German Marder 1A3s lost: 21": Western arms named by the country that made or sent them are, in this war,
  // Ukraine's, wherever in the clause that country is named.)
  // ("two Patriot launchers hit by a Russian Iskander missile …, and one IRIS-T launcher destroyed": the arms a figure
  // itself names, when only Ukraine fields them, are Ukraine's, whoever struck them.)
  if (f.cls === "equipment" && k.party && k.party !== "UA" && WESTERN_ARMS_COUNTED.test(f.head)) k.party = "UA";
  // ("Open-source analysts … have confirmed 14 S-400 launchers … destroyed": and arms only Russia fields are Russia's,
  // when nothing else names their side.)
  // ("The SBU statement … said at least one A-50 airborne early-warning plane was among the aircraft hit": nor does a
  // side named in the clause, but not with the thing itself, take it from Russia.)
  // (Not the S-300, which both sides field: "struck 24 Ukrainian military facilities, including two S-300 launchers".)
  if (f.cls === "equipment" && k.party !== "RU" && k.mod.length === 0 && RUSSIAN_ARMS_COUNTED.test(f.head) && !BOTH_SIDES_FIELD.test(f.head.slice(0, 40))) k.party = "RU";
  if (f.cls === "equipment" && k.party && SUPPLIERS.has(k.party) && WESTERN_ARMS.test(`${lastClause(f.s.slice(0, f.q.start)).slice(-60)} ${cutAtClause(f.head).slice(0, 60)}`)) k.party = "UA";
  // ("Russia had lost more than 3,600 tanks and Ukraine about 1,050": the side named for the same count, its verb and
  // noun left out, whatever owns the clause.)
  if (f.prev?.cls && f.prev.cls === f.cls && f.gapSide) k.party = f.gapSide;
  return { party: k.party, mod: k.mod };
}

/** The people a toll was found among, right after its noun or its enumeration: " and 788 missing among the Ukrainian troops". */
const AMONG_SIDE_AFTER = /^(?:,?\s+and\s+[\d,.]+\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+among\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,2})(?:[a-z]+\s+)?(?:troops|soldiers|servicemen|forces|marines|fighters|units|defenders|personnel|paratroopers|sailors)\b/;

/** The one belligerent whose people a text names, or null when it names none or both. */
function onlySideNamed(text: string): string | null {
  const sides = new Set(peopleIn(text, 0, null).map((p) => p.code).filter((c): c is string => c !== null && BELLIGERENTS.has(c)));
  return sides.size === 1 ? [...sides][0]! : null;
}

/** An owner named with the figure: a table's column or caption, owners the class rules found, the noun's modifiers, "of"/"from" after it, a side fought for, the figure before. */
function ownerNamedWithFigure(f: PartyInput, k: PartyState): void {
  const { s, n, q, head, cls, pred, noun, nounStart, nounEnd, prev, more, lossWords, list, columnParty, measureColumn, fateParty, numberOfParty, defended, namesParty, handedBackParty, bareArrival, attr, speaker, segments, segIndex, memory } = f;
  // Whose people, equipment or ground: modifiers first, then the clause, then context.
  // (A row's other cells, "United States" under "Supplied by", name no owner of the losses: the caption does.)
  const measureParty = measureColumn === "measure" ? list!.party : null;
  // (Those who arrived are the troops counted or named just before.)
  const arrivedParty = bareArrival ? (memory.personnelPred === "deployed" ? memory.personnel : null) ?? peopleIn(segments[segIndex - 1]?.text ?? "", 0, null)[0]?.code ?? null : null;
  // ("estimated Russian killed at 35,500 to 43,000 and Ukrainian killed at 15,500 to 17,500", "Russian casualties at …
  // and Ukrainian casualties at": the side of the toll named right before its figure, not the agent of a verb nor the
  // side of the toll before.)
  const tollSide = cls !== null && PEOPLE_CLASSES.has(cls) ? f.tollSide : null;
  const tollParty = tollSide ? peopleIn(tollSide, 0, null)[0]?.code ?? null : null;
  k.party = columnParty ?? measureParty ?? tollParty ?? arrivedParty ?? fateParty ?? numberOfParty ?? defended ?? namesParty ?? handedBackParty;
  // ("Russia handed over the bodies of 1,000 Ukrainian soldiers and received the remains of 19 of its own servicemen":
  // a side's "own" people are the side that acts in the clause, not another side named nearer nor the speaker.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && /^\s+of\s+(?:its|their)\s+own\b/i.test(s.slice(n.end, n.end + 20))) k.party = actingSideBefore(s.slice(0, q.start));
  // Bodies and prisoners between the sides: "the bodies of 1,000 people it says are Ukrainian soldiers", "9,000 bodies
  // have been returned to Ukraine" are that side's; "Russia hands over the bodies of 1,000" its opponent's.
  if (!k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls)) {
    const after = s.slice(nounEnd, nounEnd + 90);
    const said = SAID_TO_BE.exec(after) ?? WERE_SIDE.exec(after) ?? RETURNED_TO.exec(after);
    const handing = said ? null : HANDS_OVER_BODIES.exec(s.slice(Math.max(0, q.start - 60), q.start));
    // ("Russia returned 909 bodies to Ukraine": the side they were returned to.)
    const returnedTo = said || handing ? null : /\b(?:returned|repatriated|handed over|handed back|handed|transferred)\s+(?:about\s+|some\s+|more than\s+|another\s+)?$/i.test(s.slice(Math.max(0, q.start - 40), q.start)) ? /^\s*(?:[\w-]+\s+){0,2}?(?:bodies|remains)\s+(?:[^.;]{0,30}?\s)?to\s+(Ukraine|Russia|Kyiv|Moscow)\b/.exec(s.slice(n.end, n.end + 70)) : null;
    if (said) k.party = peopleIn(said[1]!, 0, null)[0]?.code ?? null;
    else if (handing) k.party = opponentOf(peopleIn(handing[1]!, 0, null)[0]?.code ?? null);
    else if (returnedTo) k.party = peopleIn(returnedTo[1]!, 0, null)[0]?.code ?? null;
  }
  // "two young North Koreans": a demonym that is itself the noun names the owner too.
  // "3,700 dead Russian servicemen", "23 wounded Kyrgyz veterans": after a casualty adjective the owner and the people
  // still follow.
  const adjective = noun && ["killed", "wounded", "missing"].includes(noun.cls) ? /^\s+((?:[A-Z][\w'’.-]*\s+){1,3})(?:soldiers|troops|servicem[ae]n|personnel|fighters|civilians|people|marines|paratroopers|officers|conscripts|mercenaries|defenders|warriors|combatants|prisoners|veterans|volunteers|nationals|citizens|recruits|men)\b/.exec(head.slice(noun.end)) : null;
  k.modifiers = adjective
    ? head.slice(0, noun!.end + adjective[0].length)
    : noun && /^(?:North Koreans|Koreans|Russians|Ukrainians|Chechens|Buryats)\b/.test(head.slice(noun.index))
      ? head.slice(0, noun.end)
      : head.slice(0, nounStart);
  k.mod = peopleIn(k.modifiers, n.end, null);
  // ("… recorded 18,200 Russian soldiers killed, the Ministry of Digital Transformation reported. … drone operators also
  // destroyed 1,870 enemy vehicles": a speaker of no known side calls "the enemy" the side whose losses it counts.)
  if (ENEMY.test(k.modifiers)) k.party = opponentOf(speaker) ?? (speaker === null && memory.personnelPred !== null && LOSS_PREDS.has(memory.personnelPred) ? memory.personnel : null);
  else if (k.mod.length) k.party = k.mod[k.mod.length - 1]!.code;
  // ("another 240 Volyn servicemen were held in Russian captivity": soldiers named by their home region are its country's.)
  else if (cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && /\b[A-Z]/.test(k.modifiers)) k.party = countryOfPlace(k.modifiers);
  // "4 French AMX-10 RC armoured vehicles lost", "German Leopards": equipment named by the Western country that made
  // or sent it is, in this war, Ukraine's.
  if (cls === "equipment" && k.party && SUPPLIERS.has(k.party)) k.party = "UA";
  const ofAfter = /^\s+(?:of|from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s?){1,4})/.exec(s.slice(nounEnd, nounEnd + 60));
  // "received 6,057 bodies from Russia": bodies and prisoners handed back by a side are its opponent's.
  // ("received the bodies of 1,000 soldiers from Russia": so are the soldiers whose bodies they are.)
  if (!k.party && ofAfter && noun && /^\s+from\b/.test(s.slice(nounEnd, nounEnd + 8)) && (/^(?:bodies|remains|corpses|prisoners|POWs?|captives)\b/i.test(head.slice(noun.index)) || /\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:about\s+|some\s+|another\s+|more than\s+)?$/i.test(s.slice(Math.max(0, q.start - 30), q.start)))) {
    const holder = peopleIn(ofAfter[1]!, 0, null)[0]?.code;
    if (holder) k.party = opponentOf(holder);
  }
  // ("65 captured servicemen of the Armed Forces of Ukraine who were being brought to the Belgorod Region": the force
  // people serve in, named right after them, is their side, not a place named later.)
  const ofForce = !k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) ? OF_FORCE_AFTER.exec(s.slice(nounEnd, nounEnd + 70)) : null;
  if (ofForce) k.party = peopleIn(ofForce[1]!, 0, null).find((p) => p.code !== null)?.code ?? null;
  // ("The North Korean units, estimated at 11,000 soldiers in total, had been sent": the subject the aside sizes.)
  if (!k.party && cls === "personnel" && SIZE_ASIDE_BEFORE.test(s.slice(0, q.start))) k.party = peopleIn(s.slice(0, s.indexOf(",")), 0, null)[0]?.code ?? null;
  // ("its Vostok group had inflicted losses of up to 120 servicemen on Ukrainian forces": losses inflicted on a side
  // named after them are that side's.)
  if (!k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && /\binflict(?:ed|ing|s)?\b[^.;]{0,40}$/i.test(s.slice(Math.max(0, q.start - 60), q.start))) {
    // ("inflicted losses on Ukrainian units of up to 230 servicemen": or before it.)
    const on = /^[^.;]{0,30}?\bon\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?){1,2})/.exec(s.slice(nounEnd, nounEnd + 70)) ?? /\binflict(?:ed|ing|s)?\s+(?:heavy\s+)?(?:losses|casualties)\s+on\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s?){1,2})[^.;]{0,40}$/.exec(s.slice(Math.max(0, q.start - 90), q.start));
    if (on) k.party = peopleIn(on[1]!, 0, null)[0]?.code ?? null;
  }
  // "1,000 bodies that Russia says are those of Ukrainian soldiers": the dead named after the noun.
  if (!k.party && noun && /^(?:bodies|remains|corpses)\b/i.test(head.slice(noun.index))) {
    const whose = /^\s+(?:that|which)\b[^.;]{0,40}?\b(?:are|were|is|was)\s+(?:those|the (?:bodies|remains))\s+of\s+((?:[A-Z][\w'’-]*\s?){1,3})/.exec(s.slice(nounEnd, nounEnd + 120));
    if (whose) k.party = peopleIn(whose[1]!, 0, null)[0]?.code ?? null;
  }
  // ("84 soldiers from Russian captivity", "from Russian-held territory": the holder is not the owner.)
  // "460 square kilometres of Russian gains": the side whose gains they are took the ground.
  if (!k.party && ofAfter && (cls === "territory" || cls === "settlements") && /^\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+Korean)?\s+(?:territorial\s+)?(?:gains|advances?|conquests|captures)\b/.test(s.slice(nounEnd, nounEnd + 60))) k.party = peopleIn(ofAfter[1]!, 0, null)[0]?.code ?? null;
  if (!k.party && ofAfter && cls !== "territory" && cls !== "settlements" && !/^\s+from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:captivity|custody|prisons?|detention|camps?|territory|control|occupation|-held|-occupied)\b|^\s+from\s+(?:the\s+)?[\w'’]+-(?:held|occupied|controlled)\b/i.test(s.slice(nounEnd, nounEnd + 60))) k.party = peopleIn(ofAfter[1]!, 0, null)[0]?.code ?? null;
  // ("identified at least 262 dead and 788 missing among the Ukrainian troops sent across the river": the people a toll is
  // found among, named after it or after the enumeration it opens.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls)) {
    const among = AMONG_SIDE_AFTER.exec(s.slice(nounEnd, nounEnd + 90));
    if (among) k.party = peopleIn(among[1]!, 0, null)[0]?.code ?? null;
  }
  // "the deaths of 2,914 men from the Irkutsk region": the dead, wounded or captives from a city or region are its country's.
  if (!k.party && ofAfter && pred !== "deployed" && cls !== null && PEOPLE_CLASSES.has(cls) && /^\s+from\b/.test(s.slice(nounEnd, nounEnd + 8))) k.party = countryOfPlace(ofAfter[1]!);
  // ("1,300 deaths of soldiers from the Belgorod region": the dead's home region.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls)) {
    const home = PEOPLE_FROM.exec(s.slice(nounEnd, nounEnd + 80));
    if (home) k.party = countryOfPlace(home[1]!);
  }
  // "… men who fought on the Russian side", "volunteers serving in the Ukrainian army": the side they fought for.
  // ("… three M270s destroyed or damaged on the Ukrainian side": equipment too.)
  if (!k.party && cls !== null && (PEOPLE_CLASSES.has(cls) || cls === "equipment")) {
    const side = SIDE_AFTER.exec(cutAtClause(s.slice(nounEnd)));
    if (side) k.party = peopleIn(side[1] ?? side[2]!, 0, null)[0]?.code ?? null;
  }
  // ("A year ago, Ukraine's marines were still clinging on at Krynky. Reporters later counted 262 of those marines dead":
  // with no count of people before, the one side whose people the sentence before names.)
  if (!k.party && /^\s*of (?:them|those|whom|these)\b/i.test(head)) k.party = prev ? prev.party : memory.personnel ?? onlySideNamed(segments[segIndex - 1]?.text ?? "");
  // "1,026 marines of Ukraine's 36th brigade had laid down their arms, among them 162 officers": a part named after
  // the figure before is that figure's side's.
  if (!k.party && prev?.party && PEOPLE_CLASSES.has(prev.cls ?? "") && cls !== null && PEOPLE_CLASSES.has(cls) && /[,;]\s*(?:among them|among whom|of whom|including)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(prev.n.end, q.start))) k.party = prev.party;
  // "At least 610 of the dead were …", "97 officers among the dead": a part of the toll counted before is its side's.
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && (PART_OF_TOLL.test(head) || AMONG_THE_DEAD.test(s.slice(n.end, n.end + 60)))) k.party = prev?.party ?? (memory.lastToll === "civilians" ? null : memory.personnel);
  if (!k.party && more && prev) k.party = prev.party;
  // An enumeration with no verb between its figures shares their owner ("1,294 km² … and 100 settlements").
  // (Not past a side named between them: "880,000 troops …, while Russia has some 600,000".)
  if (!k.party && prev && prev.party && !(cls === "civilians") && !lossWords.some((p) => p.index >= prev.n.end && p.end <= q.start) && !newSubjectBetween(s.slice(prev.nounEnd, q.start), prev.party)) k.party = prev.party;
  // ("Ukraine's Prosecutor General's office says 197 children have been killed": with no place named, a side's own
  // authorities count their own civilians.)
  // ("Ukraine's health ministry says some 2,400 hospitals … have been damaged": and its own buildings, when no verb
  // before them says the source struck them.)
  // ("The death toll from the attack on Sevastopol has risen to four, the governor said. ¶ According to him, 151 people
  // were injured": a source referred back to goes on counting the civilians it counted just before, not its own side's.)
  // ("… according to the Moscow-installed head of the peninsula, Sergei Aksyonov. … Aksyonov said 62 apartment buildings
  // had been damaged": a side that counted another country's civilians, the occupied land's, goes on counting them.)
  const sameCounterGoesOn = (cls === "civilians" || cls === "buildings") && attr !== null && memory.civilians !== null && (((REFERRED_BACK.test(attr.attributedTo) || attr.attributedTo === memory.civiliansSource) && memory.civiliansSegment >= segIndex - 1) || (attr.sourceParty !== null && attr.sourceParty === memory.civiliansSourceParty && attr.sourceParty !== memory.civilians));
  // ("Ukraine's health ministry counts 233 health workers killed; Moscow and the authorities it installed publish counts
  // of their own": the places of the figure's own clause, between semicolons.)
  const ownClause = semicolonClause(s, n.start, n.end);
  if (!k.party && (cls === "civilians" || cls === "buildings")) k.party = civilianCountry(ownClause) ?? (attr ? countryOfPlace(attr.attributedTo) : null) ?? (sameCounterGoesOn ? memory.civilians : null) ?? ((cls === "civilians" || !f.pb) && attr && BELLIGERENTS.has(attr.sourceParty ?? "") && !occupiedLandOf(attr, ownClause, f) ? attr.sourceParty : null) ?? occupiedLandOf(attr, ownClause, f);
  // "For Ukraine, the same study put casualties at 400,000", "For Ukraine, the same project lists about 880 tanks": a
  // side fronted before the sentence owns its people and equipment; "Of these, … 220,000 have been killed": the
  // people counted just before.
  if (!k.party && cls !== null && (PEOPLE_CLASSES.has(cls) || cls === "equipment")) {
    const fronted = FRONTED_SIDE.exec(s);
    // ("On the Ukrainian side, the General Staff said that Russian forces had lost 640 troops": not past a side named
    // in the clause itself.)
    // ("On the Russian side, the MoD claimed two HIMARS launchers destroyed": the side of the source that claims a kill
    // speaks; what it destroyed is the other side's.)
    const side = fronted?.[1] ? peopleIn(fronted[1], 0, null)[0]?.code ?? null : null;
    // ("For Ukraine, the only official number is President Zelensky's 31,000 dead": "For" names whose figures follow.)
    const claimsKill = side !== null && /^On\s/.test(fronted![0]) && side === attr?.sourceParty && (pred === "destroyed" || pred === "killed");
    if (fronted && !claimsKill && fronted[0].length <= q.start && !peopleIn(s.slice(fronted[0].length, q.start), fronted[0].length, attr ? [attr] : null).length) k.party = fronted[1] ? side : memory.personnel;
  }
}

/**
 * "Russia's defence ministry has raised the number of its soldiers killed … to 89": a count of "its" people is of
 * the side that speaks, else of the side that opens the sentence.
 */
function ownCount(f: PartyInput, k: PartyState): void {
  const { s, q, cls, attr } = f;
  if (k.party || !(cls === "killed" || cls === "personnel" || cls === "casualties" || cls === "wounded")) return;
  // ("A Ukrainian battalion commander … said his unit of about 500 men had had 78 soldiers killed", "He said his company
  // … had lost 19 soldiers killed": a speaker's own unit's losses are his side's.)
  // ("An officer … tells the paper that his battalion has lost 14 soldiers killed": whom he told may be named.)
  const said = [...s.slice(0, q.start).matchAll(/\b(?:said|says|(?:told|tells)\s+(?:the\s+)?\w+|added|recalled|explained)\b/g)].at(-1);
  // ("The battalion he commands lost two men killed and seven wounded …, he said": or the sentence opens with it.)
  if ((said ? OWN_UNIT.test(s.slice(said.index + said[0].length, q.start)) : OWN_UNIT_OPENS.test(s)) && attr?.sourceParty && BELLIGERENTS.has(attr.sourceParty)) {
    k.party = attr.sourceParty;
    return;
  }
  // ("Moscow does not disclose its own losses; the last official figure, 5,937 dead, …": the side whose own losses the
  // sentence spoke of.)
  const ownLosses = OWN_LOSSES_BEFORE.exec(s.slice(0, q.start));
  // (Not when another side or source speaks between: "Kyiv, which does not disclose its own losses, says Russia has lost …".)
  const between = ownLosses ? s.slice(ownLosses.index + ownLosses[0].length, q.start) : "";
  const side = ownLosses && !peopleIn(between, 0, null).length && !/\b(?:but|while|whereas|says|said|say|claims|claimed|reported|estimates?)\b/i.test(between) ? peopleIn(s.slice(0, ownLosses.index), 0, null).find((p) => p.code !== null && BELLIGERENTS.has(p.code))?.code : undefined;
  if (side) {
    k.party = side;
    return;
  }
  const own = OWN_COUNT.exec(lastClause(s.slice(0, q.start)));
  if (!own) return;
  k.party = attr?.sourceParty && BELLIGERENTS.has(attr.sourceParty) ? attr.sourceParty : peopleIn(s.slice(0, s.indexOf(own[0])), 0, null)[0]?.code ?? null;
}
// ("said in August that his battalion had lost 30 sappers killed", "said last week that it had lost four sappers killed":
// with a time between, and the speaking unit itself.)
// ("Since the summer, he said, his regiment has lost 87 men killed": after a comma too.)
const OWN_UNIT = /^,?\s+(?:(?:on|in|last|this|earlier)\s+\w+\s+)?(?:that\s+)?(?:(?:his|her|their|our)\s+(?:own\s+)?(?:unit|company|battalion|brigade|platoon|regiment|squad|division|crew|assault group)\b|(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\b)/i;
/** A speaker's own unit opening a sentence: "The battalion he commands lost …", "His company had …". */
const OWN_UNIT_OPENS = /^\W*(?:(?:his|her|their|our)\s+(?:own\s+)?(?:unit|company|battalion|brigade|platoon|regiment|squad|crew|assault group)|the\s+(?:unit|company|battalion|brigade|platoon|regiment|squad|crew|assault group)\s+(?:he|she)\s+(?:commands|commanded|leads|led|serves in|served in|fights in|fought in))\b/i;
/** A side's own call-up: "reservists", "the mobilised", "conscripts", "called up". */
const OWN_CALL_UP = /\b(?:reservists|mobili[sz]ed (?:men|soldiers|reservists|servicem[ae]n|citizens)|conscripts|called up|draftees)\b/i;
const OWN_LOSSES_BEFORE = /\b(?:its|their)\s+own\s+(?:military\s+)?(?:losses|casualties|dead|deaths)\b/i;
const OWN_COUNT = /\b(?:number|count|toll|tally) of (?:its|their|our) (?:own )?(?:soldiers|troops|servicem[ae]n|personnel|dead|men)\b/i;

const ATTACKED_BEFORE = /\b(?:attacked|struck|targeted|pounded|bombarded|shelled|hit)\s+(?:the\s+)?$/i;
const WITH_AFTER = /^\S+(?:\s+(?:overnight|again|early|late|on\s+\w+|at\s+night)){0,2}\s+with\b/i;
/** "seven of the jets", "23 of them": a part of what was named before. */
const PARTITIVE_BACK = /^\s*of\s+(?:them|these|those|the(?:se|m)?\s+(?:[\w-]+\s+)?[\w-]+s)\b/i;
/** Whether an equipment word follows the side named at `at` ("a Ukrainian F-16", "Russian attack drones"). */
function itemRightAfter(s: string, at: number): boolean {
  const words = /^\S+\s+((?:[\w-]+\s+){0,2}[\w-]+)/.exec(s.slice(at, at + 50));
  const found = words ? itemOf(words[1]!) : null;
  return found !== null && found.index <= words![1]!.indexOf(" ") + 1;
}

/** An owner named in the figure's clause before it (the agent of a hostile verb owns the other side's losses), or after it as "by …". */
function ownerInClause(f: PartyInput, k: PartyState): void {
  const { s, q, head, cls, nounEnd, prev, lossWords, cands, speaker } = f;
  k.taking = cls === "territory" || cls === "settlements";
  // ("… roughly the area of the Australian Capital Territory, and about seven times the 501 square kilometres Russia
  // gained in 2023": the side right after the ground, as the subject of its taking, took it, whoever is named before.)
  const takerAfter = k.taking && !k.party ? TAKER_RIGHT_AFTER.exec(s.slice(nounEnd, nounEnd + 60)) : null;
  const takerSide = takerAfter ? peopleIn(takerAfter[1]!, 0, null)[0]?.code : undefined;
  if (takerSide) {
    k.party = takerSide;
    return;
  }
  // ("…, but Ukraine also lost one of its F-16 fighters": the side that lost, right before the figure, owns it.)
  const loser = !k.party && !k.taking ? SIDE_LOST_BEFORE.exec(s.slice(Math.max(0, q.start - 60), q.start)) : null;
  if (loser) k.party = peopleIn(loser[1]!, 0, null)[0]?.code ?? null;
  if (!k.party) {
    const clauseStart = (() => {
      const b = s.slice(0, q.start);
      // A semicolon or a period that ends a sentence ("N. Korean", "U.S." do not).
      // (", while Russia has 600,000 soldiers there": a contrasting clause has its own owner.)
      // (", and that Ukraine controlled 1,294 km²": a second reported clause has its own subject.)
      let idx = Math.max(b.lastIndexOf(";"), b.lastIndexOf(", while "), b.lastIndexOf(", whereas "), b.lastIndexOf(" and that "));
      for (const m of b.matchAll(/(?<!\b[A-Z]|\b(?:Col|Gen|Lt|Maj|Capt|Sgt|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.\s/g)) idx = Math.max(idx, m.index);
      return idx >= 0 ? idx + 1 : 0;
    })();
    const before = s.slice(clauseStart, q.start);
    const enemyAt = before.search(ENEMY);
    // "sent to Russia", "fighting for Russia": a destination or a beneficiary is not the owner.
    // ("LVIV, Ukraine, March 28 (Meridian) - Russia's defence ministry said …": a wire's dateline names where, no owner.)
    const datelineEnd = DATELINE.exec(s)?.[0].length ?? 0;
    // ("Russia's Orenburg region, which borders Kazakhstan …, has sent around 6,500 men": a relative clause between
    // commas describes the subject; the people it names own nothing.)
    const asides = relativeAsides(s.slice(0, q.start));
    const ppl = peopleIn(before, clauseStart, cands).filter(
      (p) =>
        p.at >= datelineEnd &&
        !insideAny(asides, p.at) &&
        // ("the Russian force in and around occupied Ukraine": where a force stands, an adjective of the land between.)
        // ("moving units from occupied parts of Ukraine toward Kursk": nor where a force came from.)
        !/\b(?:to|in|into|inside|for|against|toward|towards|near|at|across|on|alongside|help|around|(?:parts|areas|regions) of)\s+(?:the\s+)?(?:(?:occupied|eastern|southern|northern|western|central)\s+)?(?:(?:parts|areas|regions) of\s+)?$/i.test(s.slice(Math.max(0, p.at - 34), p.at)) &&
        // ("215 people held by Russia, among them 188 defenders": the side that held them does not own them.)
        !/\b(?:held|detained|imprisoned|kept)\s+(?:captive\s+)?by\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, p.at - 24), p.at)) &&
        // ("Ukrainian losses in Kursk claimed by Moscow's General Staff: more than 76,000": the agent of a saying speaks.)
        !/\b(?:claimed|reported|estimated|counted|given|cited|published|released|announced|confirmed)\s+by\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, p.at - 24), p.at)) &&
        // "occupies 18% of Ukraine": the land's owner is not the side that holds it ("of Russian gains" still names the taker;
        // "held 1,263 square kilometres of Russian territory" does not).
        !(k.taking && /\bof\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, p.at - 8), p.at)) && (!/^[A-Z][a-z]+(?:ian|ean|ese|ish)\b/.test(s.slice(p.at, p.at + 20)) || /^[A-Z][a-z]+\s+(?:territory|land|soil)\b/.test(s.slice(p.at, p.at + 30)))) &&
        // "A Russian missile strike on a training ground of the Ukrainian Ground Forces killed 12 soldiers": the target of
        // a strike is the victim, not the agent (the attacker before it is).
        !STRUCK_TARGET.test(s.slice(Math.max(clauseStart, p.at - 80), p.at)) &&
        // ("Russia attacked Ukraine with 31 drones": the side attacked is not the owner of what it was attacked with.)
        !(ATTACKED_BEFORE.test(s.slice(Math.max(clauseStart, p.at - 30), p.at)) && WITH_AFTER.test(s.slice(p.at, p.at + 40))) &&
        // "Seoul says", "Kyiv estimated": a speaker, not an owner; nor "what Moscow calls its special military operation".
        !/^[\w'’.-]+(?:\s+Korea)?\s+(?:says|said|claims|claimed|estimates|estimated|believes|reported|reports|told|calls|called|describes|described|terms|termed)\b/.test(s.slice(p.at, p.at + 40)) &&
        // "A Russian missile strike on Sumy killed 35 people": the side that strikes does not own the civilians it kills.
        !((cls === "civilians" || cls === "buildings") && ATTACKER.test(s.slice(p.at, p.at + 60))) &&
        // "DeepState, the Ukrainian open-source mapping project, arrived at 449 km²": a side that describes a source
        // between commas is not the side that took the ground.
        !(k.taking && SOURCE_APPOSITIVE.test(s.slice(Math.max(0, p.at - 8), p.at + 80))),
    );
    // The agent is the side named with its forces ("Russian units ... in the Sumy region of Ukraine").
    const forces = ppl.filter((p) => FORCE.test(s.slice(p.at, p.at + 60).replace(/^\S+(?:\s+Korean)?/, "")));
    const last = forces[forces.length - 1] ?? ppl[ppl.length - 1];
    // ("its forces had destroyed a Ukrainian F-16 …, and at least seven of the jets since August": a part of the
    // equipment named before is of that equipment's side, not of the side that destroyed it.)
    const whole = cls === "equipment" && PARTITIVE_BACK.test(head) ? ppl.findLast((p) => itemRightAfter(s, p.at)) : undefined;
    if (whole) {
      k.party = whole.code;
      return;
    }
    // ("its missiles had hit a meeting of Ukrainian commanders … and killed more than 60 servicemen": with no agent named,
    // the people killed are of the side whose gathering was hit.)
    // ("… said it had hit a meeting of Ukrainian commanders in the city and that more than 60 servicemen had been
    // killed": the same speaker's second clause, about the strike of the first.)
    const strikeFrom = s.startsWith("and that ", clauseStart) ? 0 : clauseStart;
    const strikeText = s.slice(strikeFrom, q.start);
    const struck = !last && cls !== "civilians" && (f.pred === "killed" || f.pred === "wounded" || f.pred === "casualties") && STRUCK_VERB.test(strikeText) ? peopleIn(strikeText, strikeFrom, cands).findLast((p) => STRUCK_TARGET.test(s.slice(Math.max(strikeFrom, p.at - 80), p.at))) : undefined;
    if (struck) k.party = struck.code;
    const enemyLast = enemyAt >= 0 && (!last || clauseStart + enemyAt > last.at);
    // ("the occupiers shot five of them dead": the enemy as the agent of a hostile verb kills the speaker's side.)
    // ("killed 74 occupiers and destroyed 11 vehicles": the enemy counted by the figure before is no agent.)
    const enemyCounted = prev !== null && clauseStart + enemyAt >= prev.n.start && clauseStart + enemyAt <= prev.nounEnd;
    const enemyActs = enemyLast && !enemyCounted && lossWords.some((p) => p.index > clauseStart + enemyAt && p.end <= q.start && (p.pred === "killed" || p.pred === "destroyed" || p.pred === "wounded") && !/^(?:dead|deaths?|killed|wounded)$/i.test(p.word));
    if (enemyActs) k.party = speaker;
    else if (enemyLast) k.party = opponentOf(speaker);
    // ("117 servicemen of the Russian army were killed and 483 were wounded": nor the side named as the owner after the
    // figure before, whose noun this figure shares.)
    else if (last && prev && (last.at < prev.nounEnd || OWNER_AFTER_NOUN.test(s.slice(prev.nounEnd, last.at))) && prev.party) k.party = prev.party;
    else if (last) {
      // Is that party the agent of a verb that acts on the figure ("Ukraine destroyed 40 drones")?
      const verbBetween = lossWords.filter((p) => p.index > last.at && p.end <= q.start);
      const v = verbBetween[verbBetween.length - 1];
      const possessive = /^(?:'s|’s)?\s+(?:total\s+|combat\s+|overall\s+|military\s+|personnel\s+|irrecoverable\s+)?(?:losses|casualties|toll|dead|forces\s+lost|army\s+lost)/i.test(s.slice(last.at).replace(/^\S+/, ""));
      // "Ukrainian forces pushed Russian troops out of 174 km²": the side pushed out lost the ground.
      const pushedOut = k.taking && /^\S+\s+(?:troops|forces|units|soldiers)\s+(?:out\s+of|from)\s+(?:about\s+|some\s+|around\s+|roughly\s+|more than\s+|over\s+)?$/i.test(s.slice(last.at, q.start)) && /\b(?:pushed|drove|driven|forced|expelled|ousted|cleared|kicked)\s+$/i.test(s.slice(0, last.at));
      // Only a verb makes its subject the other side's agent: "Ukraine has repatriated the bodies of 563" does not.
      // ("Russia received the remains of 43 of its soldiers": "the remains" is a noun too.)
      const nounWord = v ? /^(?:the\s+)?(?:bodies|remains|dead|deaths?|fatalities|death toll|casualt(?:y|ies)|losses|prisoners?|POWs?|captives?|captivity|wounded|injured|missing|trophies|trophy)$/i.test(v.word) : false;
      // "He listed the other Ukrainian equipment destroyed as 1,587 tanks": the side's equipment, then the participle.
      const ownedThenParticiple = OWNED_PARTICIPLE.test(s.slice(last.at, q.start));
      // ("its forces had repelled a large Ukrainian attack …, destroying 30 tanks": the attack repelled lost them.)
      // ("its forces had foiled an attempt by a Ukrainian landing party …, destroying seven boats": so did the side whose
      // attempt was foiled.)
      const attackRepelled = (REPELLED_BEFORE.test(s.slice(Math.max(0, last.at - 40), last.at)) && ATTACK_AFTER.test(s.slice(last.at))) || FOILED_ATTEMPT_BY.test(s.slice(Math.max(0, last.at - 50), last.at));
      // ("retreating Russian units had abandoned 20 tanks": those who abandon equipment lose their own.)
      const abandoned = v !== undefined && /^abandon/i.test(v.word);
      // ("During the day were destroyed by Ukrainian forces 12 tanks": translated copy puts the agent of a passive,
      // after "by", before the figure.)
      const agentBy = PASSIVE_AGENT_BEFORE.test(s.slice(Math.max(0, last.at - 40), last.at));
      if (pushedOut || agentBy) k.party = opponentOf(last.code);
      else if (attackRepelled) k.party = last.code;
      else if (ownedThenParticiple) k.party = last.code;
      else if (v && !possessive && !nounWord && !abandoned && ((cls === "captured" && v.pred === "taken") || v.pred === "destroyed" || v.pred === "killed" || v.pred === "captured" || v.pred === "wounded" || (v.pred === "casualties" && /^(?:neutrali[sz]ed|eliminated|liquidated|put out of action|taken out)$/i.test(v.word)))) {
        k.party = k.taking ? last.code : opponentOf(last.code) ?? null;
      } else if (k.taking && lossWords.some((p) => p.index > last.at && p.end <= q.start && /^(?:lost|loses|lose|losing|ceded|surrendered|gave up|abandoned)$/i.test(p.word))) k.party = opponentOf(last.code);
      else k.party = last.code;
    }
  }
  if (!k.party) {
    // "were captured by Russian forces", "killed by Ukrainian drones".
    const by = /^[^.;]{0,60}?\bby\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s?){1,4})/.exec(s.slice(nounEnd));
    // ("450 square kilometres by DeepState's count": whose count it is, no agent.)
    const countedBy = by !== null && COUNT_AFTER.test(s.slice(nounEnd + by[0].length, nounEnd + by[0].length + 30));
    const agent = by && !countedBy ? peopleIn(by[1]!, 0, null)[0]?.code ?? null : null;
    // "drones launched by Russia" names the owner; "captured by Ukraine" the other side.
    // ("prisoners recruited … by the Wagner group": those a side recruits, trains or commands are its own.)
    const usedBy = by ? NEUTRAL_USE_ONE.test(by[0].slice(0, by[0].lastIndexOf("by"))) || RECRUITED.test(by[0]) : false;
    // "lost by Russia" names the owner as well.
    const lostBy = by ? /\blost\s+by\s/i.test(by[0]) : false;
    if (agent) k.party = k.taking || usedBy || lostBy ? agent : opponentOf(agent);
  }
}

/** What a source's figure is "by": "by DeepState's count", "by AFP's reading of the ISW maps". */
const COUNT_AFTER = /^\s*['’]?s?\s*(?:own\s+)?(?:count|tally|reading|reckoning|estimates?|data|figures|maps?|calculations?|analysis|measure)\b/i;

/** An owner from context: the figure before, the list, the same equipment just before, the ground taken before, the source's own side, the article's memory, the speaker's opponent. */
function ownerFromContext(f: PartyInput, k: PartyState): void {
  const { s, n, q, head, cls, item, pred, nounEnd, prev, daily, gap, pb, pa, inList, list, takingBefore, tallyGoesOn, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, segments, segIndex, memory, lastEquipmentClaim } = f;
  // ("counted 4,400 of Russia's 13,600 infantry fighting vehicles as lost": a part of a side's whole is that side's.)
  if (!k.party) {
    const wholeOwner = /^\s+(?:out\s+)?of\s+((?:the\s+)?[A-Z][\w'’-]*)['’]s\s+(?:about\s+|some\s+|roughly\s+|around\s+)?\d/.exec(s.slice(n.end, n.end + 40));
    if (wholeOwner) k.party = peopleIn(wholeOwner[1]!, 0, null)[0]?.code ?? null;
  }
  // ("more than 1,800 former convicts were among the Russian servicemen held in Ukrainian camps": people counted among a
  // side's people are that side's.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls)) {
    const among = /^\s*(?:[\w-]+\s+){0,3}?(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,2})/.exec(s.slice(nounEnd, nounEnd + 80));
    if (among) k.party = peopleIn(among[1]!, 0, null)[0]?.code ?? null;
  }
  // ("Putin said … that 16,000 of them were already serving in combat units", after "reservists": a side's own call-up,
  // counted by its own leader or ministry, is its own.)
  if (!k.party && pred === "deployed" && attr?.sourceParty && BELLIGERENTS.has(attr.sourceParty) && OWN_CALL_UP.test(s)) k.party = attr.sourceParty;
  // "Around 480 square kilometres: ground Russian forces seized in October", "the 480 km² that Russian troops took":
  // ground taken by a side named after it.
  if (!k.party && k.taking) {
    const takenBy = TAKEN_BY_AFTER.exec(s.slice(nounEnd, nounEnd + 100));
    // ("260 square kilometres Russia gained in September": a side right after the ground, as the subject of its taking.)
    const takerAfter = takenBy ? null : TAKER_RIGHT_AFTER.exec(s.slice(nounEnd, nounEnd + 60));
    if (takenBy || takerAfter) k.party = peopleIn(takenBy ? takenBy[1] ?? takenBy[2]! : takerAfter![1]!, 0, null)[0]?.code ?? null;
    // ("leaving only 2 settlements in the Kursk region in Ukrainian hands": the side whose hands hold it.)
    const hands = k.party ? null : /^[^.;]{0,60}?\bin\s+(Ukrainian|Russian)\s+hands\b/.exec(s.slice(nounEnd));
    if (hands) k.party = peopleIn(hands[1]!, 0, null)[0]?.code ?? null;
  }
  // ("Kyiv publishes a running tally of Russian losses every morning. The count passed one million killed and
  // wounded": a count opening its sentence is the one the sentence before named, with its side.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && /^\W*The\s+(?:count|tally|total|toll|figure)\b/.test(s)) {
    const named = TALLY_OF_SIDE.exec(segments[segIndex - 1]?.text ?? "");
    if (named) k.party = peopleIn(named[1]!, 0, null)[0]?.code ?? null;
  }
  // ("North Korea's troops in Kursk have taken heavy losses. South Korea's military put their casualties at about
  // 1,100": "their", when no side speaks, is the side the sentence before opened with.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && !BELLIGERENTS.has(attr?.sourceParty ?? "") && THEIR_LOSSES_PUT.test(s.slice(Math.max(0, q.start - 60), q.start))) {
    k.party = peopleIn((segments[segIndex - 1]?.text ?? "").slice(0, 40), 0, null).find((p) => p.code !== null && BELLIGERENTS.has(p.code))?.code ?? null;
  }
  // "20,000 of his fighters", "its own troops" in a sentence with a source: the source's own side, not the owner of the figure before ("Kyiv said 230 Ukrainians were freed, while Russia said 248 of its troops came home").
  if (!k.party && attr?.sourceParty && cls !== "territory" && cls !== "settlements" && cls !== "civilians" && /\b(?:his|her|its)\s+(?:own\s+)?$/i.test(k.modifiers)) k.party = figureSource(f)?.sourceParty ?? attr.sourceParty;
  // ("Wagner is leading the assault … Kirby said the group had suffered more than 30,000 casualties": "the group" is
  // the armed group named last.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && THE_GROUP.test(lastClause(s.slice(0, q.start)))) k.party = armedGroupBefore(segments, segIndex, s.slice(0, q.start));
  // The figure before's owner, but civilians and homes are no side's arms: "a drone struck a bus stop and wounded
  // two women" does not give the women the drone's side.
  if (!k.party && prev && prev.party && (daily || gap.length < 40) && (!civil(cls) || civil(prev.cls))) k.party = prev.party;
  if (!k.party && inList && (cls === "territory" || cls === "settlements") && list!.taker) k.party = list!.taker;
  // ("It was the first Ukrainian foothold on the left bank … ¶ At its largest, the foothold around the village covered
  // no more than three square kilometres": a foothold named again is the one a side was named with just before.)
  if (!k.party && cls === "territory" && HELD_GROUND_AGAIN.test(s)) k.party = sideOfHeldGround(segments, segIndex);
  if (!k.party && inList && list!.party) k.party = list!.party;
  // "… had hit 41 Russian aircraft. ¶ US officials said about 20 aircraft had been hit": the same kind of
  // equipment counted just before with its owner is the same side's.
  // (Not when a belligerent speaks: "4 tanks were destroyed", said by one side, are the other side's.)
  if (!k.party && cls === "equipment" && item && item !== "other" && !BELLIGERENTS.has(attr?.sourceParty ?? "") && lastEquipmentClaim && lastEquipmentClaim.item === item && lastEquipmentClaim.party && lastEquipmentClaim.segment >= segIndex - 2) k.party = lastEquipmentClaim.party;
  // ("at least 200 pieces of Russian equipment destroyed, damaged, abandoned or captured": the side named in the
  // measure's phrase.)
  const piecesOf = !k.party && cls === "equipment" ? PIECES_OF_SIDE.exec(head) : null;
  if (piecesOf) k.party = peopleIn(piecesOf[1]!, 0, null)[0]?.code ?? null;
  // ("… has verified at least 200 pieces of Russian equipment destroyed, damaged, abandoned or captured since Tuesday.
  // Among them are at least 44 tanks": things among the equipment counted just before are the same side's.)
  if (!k.party && cls === "equipment" && /^\W*(?:Among (?:them|those|these)|Of (?:them|those|these))\b/.test(s) && lastEquipmentClaim?.party && lastEquipmentClaim.segment === segIndex - 1) k.party = lastEquipmentClaim.party;
  // ("300 killed and 2,700 wounded — North Korean losses in Russia's Kursk region as estimated by …": figures first, then
  // whose losses they are after a dash.)
  const lossesAfterDash = !k.party && cls !== null && PEOPLE_CLASSES.has(cls) ? LOSSES_AFTER_DASH.exec(s.slice(n.end)) : null;
  if (lossesAfterDash) k.party = peopleIn(lossesAfterDash[1]!, 0, null)[0]?.code ?? null;
  // ("put Ukraine's military dead at close to 70,000 since February 2022 and Russia's at up to 120,000": the side whose
  // figure of the same count is told with its possessive alone.)
  const elided = cls !== null ? ELIDED_POSSESSIVE_AT.exec(s.slice(Math.max(0, q.start - 60), q.start)) : null;
  if (elided) k.party = peopleIn(elided[1]!, 0, null)[0]?.code ?? k.party;
  // ("The General Staff also listed 11 tanks, 36 artillery systems and 52 vehicles among the day's Russian losses": the
  // side whose losses they are among, named after them.)
  const amongLosses = !k.party && (cls === "equipment" || (cls !== null && PEOPLE_CLASSES.has(cls))) ? AMONG_SIDE_LOSSES.exec(s.slice(n.end)) : null;
  if (amongLosses) k.party = peopleIn(amongLosses[1]!, 0, null)[0]?.code ?? null;
  // ("Russia's Defence Ministry said … and claimed that its troops had captured three villages": ground taken by the
  // source's own forces is its side's.)
  const ownForcesSide = k.taking && OWN_FORCES_TOOK.test(lastClause(s.slice(0, q.start))) ? figureSource(f)?.sourceParty : null;
  if (ownForcesSide && BELLIGERENTS.has(ownForcesSide)) k.party = ownForcesSide;
  // ("About 300 marines of the brigade remain in Russian captivity": those a side holds are its opponent's.)
  // ("Kazakhstan: its Foreign Ministry counts seven citizens in Ukrainian captivity": citizens of no country named are
  // those of the country whose government counts them, not of the side they fought for.)
  // ("seven of the country's citizens are being held as prisoners of war": or "the country's", "its".)
  if (!k.party && /^\s+(?:of\s+(?:the\s+country['’]s|its|their)\s+)?(?:citizens|nationals)\b/i.test(head) && attr?.sourceParty && !BELLIGERENTS.has(attr.sourceParty)) k.party = attr.sourceParty;
  const heldBy = !k.party && (cls === "captured" || pred === "captured" || pred === "returned") ? HELD_BY_SIDE.exec(s.slice(n.end, n.end + 120)) : null;
  if (heldBy) k.party = opponentOf(peopleIn(heldBy[1] ?? heldBy[2]!, 0, null)[0]?.code ?? null);
  // ("Buryatia has lost 1,094 men": the dead of a region or town are its country's.)
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls) && pred === "killed") k.party = countryOfPlaceThatLost(s.slice(0, q.start));
  // ("… 369 Russian aircraft and 331 helicopters … At sea the count is 29 ships and boats": equipment lost with no side
  // of its own, just after another side's equipment lost, in no side's voice, is that side's too.)
  if (!k.party && cls === "equipment" && (pred === "lost" || pred === "destroyed") && !BELLIGERENTS.has(attr?.sourceParty ?? "") && lastEquipmentClaim?.party && lastEquipmentClaim.segment >= segIndex - 2 && lastEquipmentClaim.segment < segIndex) k.party = lastEquipmentClaim.party;
  // ("… the enemy has lost up to 1,610 servicemen and 32 tanks. It said 23 armoured personnel carriers … were among the
  // losses": things among the losses just counted are the same side's, whoever counts them.)
  if (!k.party && cls === "equipment" && AMONG_THE_LOSSES.test(s.slice(n.end, n.end + 120)) && lastEquipmentClaim?.party && lastEquipmentClaim.segment >= segIndex - 1) k.party = lastEquipmentClaim.party;
  // ("Ukraine's General Staff reported that Russia had lost about 1,085,000 troops … The General Staff also listed 11,180
  // tanks": equipment a side's military lists with no side named is the enemy's it counts.)
  if (!k.party && cls === "equipment" && (pred === "lost" || pred === "destroyed") && attr && BELLIGERENTS.has(attr.sourceParty ?? "") && MILITARY_LISTER.test(attr.attributedTo) && LISTED.test(s.slice(0, q.start))) k.party = opponentOf(attr.sourceParty);
  // "The figures … also include 1,300 rocket launchers": a tally that goes on counts the same side's equipment.
  // ("… have lost over 67,000 troops there. The tally … also includes more than 390 tanks": or the same side's losses
  // of men.)
  // ("Russia has lost 1,550 troops …, the General Staff said. ¶ The tally also listed 9,688 tanks": or one that lists
  // more just after its losses of men, with no equipment counted before.)
  // ("… killed 3,870 Russian soldiers … ¶ The list also counts 268 tanks … destroyed or damaged": with their fate too.)
  const listsMore = tallyGoesOn || ((pred === "lost" || pred === "destroyed" || pred === "damaged") && memory.counted !== null && memory.counted.segment >= segIndex - 2 && TALLY_LISTS.test(s.slice(0, q.start)));
  if (!k.party && listsMore && cls === "equipment" && (memory.counted?.cls === "equipment" || (memory.counted?.cls === "personnel" && memory.counted.party && (LOSS_PREDS.has(memory.personnelPred!) || memory.personnelPred === "wounded"))) && memory.counted.segment < segIndex) k.party = memory.counted.party;
  // ("… Russian losses … had reached 861,020 troops. The same tally lists 10,190 tanks": the same tally, the same side.)
  if (!k.party && cls === "equipment" && SAME_TALLY.test(s.slice(0, q.start)) && memory.counted?.party && memory.counted.segment >= segIndex - 2) k.party = memory.counted.party;
  // "The Russian Ministry of Defence claimed the capture of 32 settlements": a side that claims a capture took the
  // ground, whoever took ground in the sentence before.
  if (!k.party && k.taking && attr && BELLIGERENTS.has(attr.sourceParty ?? "") && attr.end <= q.start && CLAIMED_CAPTURE.test(s.slice(attr.start, q.start))) k.party = attr.sourceParty;
  if (!k.party && takingBefore) k.party = takingBefore.party;
  // "That is up from 1,517 km² in October", "The analysts counted 1,000 km² there": ground with no side of its own
  // belongs to the side that took the ground counted just before.
  // "The ministry said its forces had captured 26 settlements": the source's own forces took the ground.
  if (!k.party && k.taking && attr?.sourceParty && /\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|army|units|soldiers|fighters)\b/i.test(lastClause(s.slice(0, q.start)))) k.party = attr.sourceParty;
  // "…, while Ukraine says it has recaptured 12 villages": the speaker's own pronoun took the ground.
  if (!k.party && k.taking && /\b(?:says|said|claims|claimed|reports|reported|announced|stated)\s+(?:that\s+)?(?:it|they|we)\s+(?:has|have|had\s+)?\s*(?:also\s+)?\w+\s+(?:about\s+|some\s+|around\s+|more than\s+|over\s+)?$/i.test(s.slice(Math.max(0, q.start - 80), q.start))) {
    k.party = figureSource(f)?.sourceParty ?? null;
  }
  // ("…, when they took 500 km²", "the advance slowed to 593 km²": a pronoun or a noun for the taking is the taker
  // before. Only a side's own word "liberated" speaks of the source's side: "Syrskyi said … liberated 160 km²".)
  if (!k.party && k.taking && !takingBefore && memory.taking && memory.taking.segment >= segIndex - 3 && !/\bliberat/i.test(s.slice(0, q.start))) k.party = memory.taking.party;

  // "we returned 303 of our defenders", "our forces": the speaker's own side ("soldiers on our list" is not).
  // ("our crews destroyed 9 tanks": what our side destroys, kills or captures is the other side's.)
  if (!k.party && cls !== "territory" && cls !== "settlements" && /\b(?:our|we)\b/i.test(`${lastClause(s.slice(0, q.start))} ${head.slice(0, nounEnd - n.end)}`)) {
    const own = attr?.sourceParty ?? outletParty;
    k.party = OUR_SIDE_STRUCK.test(lastClause(s.slice(0, q.start))) ? opponentOf(own) ?? null : own;
  }
  // "The Kremlin said it had 617,000 troops in the zone": the source's own forces.
  // ("It has also sent 1,000 deminers …, he said": a sentence-initial "it" is the subject spoken of, not the speaker.)
  // ("Russia's defence ministry said last week that it had moved more than 30,000 servicemen": a time may stand between.)
  if (!k.party && cls === "personnel" && pred === "deployed" && figAttrBase?.sourceParty && /\b(?:its|their|our)\b|\b(?:said|says|stated|claims|claimed|reported|announced|added|told\s+\w+)(?:\s+(?:on|last|this|in)\s+\w+)?\s+(?:that\s+)?(?:it|they|we)\b|^\W*we\b/i.test(lastClause(s.slice(0, q.start)))) k.party = figAttrBase.sourceParty;
  // "Among them were 23 servicemen who had defended Mariupol, the headquarters said": prisoners home again, of no
  // side named, are those of the side whose body tells of them.
  if (!k.party && pred === "returned" && attr && BELLIGERENTS.has(attr.sourceParty ?? "")) k.party = attr.sourceParty;
  // ("Russia's defence ministry said only that one serviceman was missing": a side reports its own missing.)
  if (!k.party && pred === "missing" && cls === "personnel" && attr && BELLIGERENTS.has(attr.sourceParty ?? "")) k.party = attr.sourceParty;
  // (The source of the figure's own clause: "Russia claims …, while Ukraine says it has recaptured 12 villages".)
  if (!k.party && k.taking) k.party = (cands.length > 1 ? resolve(chooseAttribution(cands, s, n.start)) ?? attr : attr)?.sourceParty ?? speaker;
  if (!k.party && (cls === "civilians" || cls === "buildings")) {
    const inCountry = /\b(?:in|across|of)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)/g;
    // ("as a result of Ukrainian attacks": a side named as the attacker is not where the civilians were; its
    // opponent is.)
    const where = `${s} ${attr?.attributedTo ?? ""}`;
    for (const m of where.matchAll(inCountry)) {
      const code = peopleIn(m[1]!, 0, null)[0]?.code ?? null;
      k.party ??= code && ATTACKER.test(where.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length - m[1]!.length + 60)) ? opponentOf(code) : code;
    }
    // "the civilians the UN has verified as killed": the UN's monitoring mission counts Ukraine's civilians.
    // ("The UN Human Rights Monitoring Mission … publishes … By the end of April it had verified …": "it" stands for the
    // mission named in the sentence before.)
    const pronounSource = attr && /^(?:it|they)$/i.test(attr.attributedTo) ? segments[segIndex - 1]?.text ?? "" : "";
    if (!k.party && UN_MONITORS.test(`${attr?.attributedTo ?? ""} ${s} ${pronounSource}`)) k.party = "UA";
    // ("Two Russian missiles struck the centre of Sumy. Thirty-five people were killed": the place named just before,
    // over the article's most named place; "Across the border, a block in Belgorod collapsed. Officials said 15
    // people were killed": over the civilians counted before it, too.)
    // ("The Mission is aware of reports of civilian casualties in the Russian Federation … Between 24 February 2022
    // and 30 April 2025, the Mission verified that 13,134 civilians had been killed": a toll of the whole war is not
    // that of the place or the toll just before; it is the article's own place's.)
    // (An article that names the UN's human rights monitors counts, where its sentence names no place, the civilians
    // of Ukraine, which they monitor: "Over the same period, at least 366 civilians were killed, the report says".)
    const home = (articleNamesUnMonitors(segments) ? "UA" : null) ?? docPlace;
    if (WHOLE_WAR.test(s)) k.party ??= home ?? memory.civilians;
    const before = placeJustBefore(segments, segIndex);
    k.party ??= (before && before.at > memory.civiliansSegment ? before.code : null) ?? (memory.civiliansSegment >= segIndex - 3 ? memory.civilians : null) ?? before?.code ?? memory.civilians ?? home;
  }
  // "1,380 casualties Russian forces suffered": the owner named after the noun, with its forces.
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls)) {
    const afterNoun = cutAtClause(s.slice(nounEnd));
    const owner = peopleIn(afterNoun, 0, null).find((p) => FORCE.test(afterNoun.slice(p.at).replace(/^\S+(?:\s+Korean)?/, "")));
    if (owner && /\b(?:suffered|sustained|lost|incurred|took)\b/i.test(afterNoun)) k.party = owner.code;
    // ("the 360,000 troops Russia had when it invaded": the side that had the force.)
    const had = pred === "deployed" ? /^\s+(?:that\s+)?(Russia|Ukraine|Moscow|Kyiv|the Kremlin)\s+(?:had|has|fielded|committed)\b/.exec(afterNoun) : null;
    if (!k.party && had) k.party = peopleIn(had[1]!, 0, null)[0]?.code ?? null;
  }
  // "Russia lost 33,000 soldiers in May. It also lost 192 tanks": a subject pronoun that lost is the side counted before.
  if (!k.party && /^\W*(?:It|They)\s+(?:also\s+|has\s+|have\s+|had\s+){0,2}(?:lost|suffered|loses)\b/.test(s) && memory.counted && memory.counted.segment >= segIndex - 2) k.party = memory.counted.party;
  // ("The General Staff puts Russian losses at 120,160 personnel. It also lists 3,130 tanks": a source's tally goes on
  // with the same side's losses.)
  if (!k.party && cls === "equipment" && /^\W*(?:It|They|(?:Its|Their)\s+(?:running\s+)?(?:tally|count|list|figures))\s+(?:also\s+)?(?:lists|listed|counts|counted|records|recorded|gives|gave|included|includes)\b/.test(s) && memory.counted && memory.counted.segment === segIndex - 1) k.party = memory.counted.party;
  // "150 prisoners of war of the Armed Forces of Ukraine", "soldiers of the Russian army": the force named after them.
  if (!k.party && cls !== null && PEOPLE_CLASSES.has(cls)) {
    // ("servicemen of the Donetsk People's Republic's people's militia", "of the republic's formations".)
    const force = /^\s*(?:of war\s+)?(?:of|from)\s+the\s+((?:[A-Z][\w-]*\s+|(?:[\w-]+['’]s\s+){1,3})?(?:Armed Forces|armed forces|Army|army|military|forces|militia|formations)(?:\s+of\s+(?:the\s+)?[A-Z][\w]*(?:\s+Federation)?)?)/.exec(s.slice(nounEnd, nounEnd + 80));
    if (force) k.party = peopleIn(force[1]!, 0, null)[0]?.code ?? null;
  }
  // "Another 140 servicemen from the region are listed as missing" in a regional paper: the region's side.
  // (On a district's own page that names no known place, the district is the outlet's country.)
  if (!k.party && (docPlace ?? outletParty) && cls !== null && PEOPLE_CLASSES.has(cls) && /^[^,;.]{0,30}?\b(?:from|of)\s+(?:the|our|this)\s+(?:region|oblast|krai|republic|district|city|town|community)\b/i.test(s.slice(nounEnd))) k.party = docPlace ?? outletParty;
  // "Western intelligence estimates for Russia of around 200,000 dead": the side the estimates are for.
  const estimateFor = !k.party && cls !== null && PEOPLE_CLASSES.has(cls) ? ESTIMATE_FOR.exec(s.slice(Math.max(0, q.start - 80), q.start)) : null;
  if (estimateFor) k.party = peopleIn(estimateFor[1]!, 0, null)[0]?.code ?? null;
  // "Ukraine says nearly 9,000 soldiers killed in war with Russia": those killed fighting a side are its opponent's.
  const warWith = !k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) ? WAR_WITH.exec(cutAtClause(s.slice(nounEnd))) : null;
  if (warWith) k.party = opponentOf(peopleIn(warWith[1]!, 0, null)[0]?.code ?? null);
  // ("146 bodies have been exhumed from the site": the dead found in a grave are no one's kills, nor of the side the
  // article counted last; "the bodies of 909 soldiers" brought home are the side's that brings them.)
  const bodiesFound = pred === "killed" && GRAVE_FOUND.test(s) && !BODIES_SENT.test(s) && (BODIES.test(head) || BODIES_OF.test(s.slice(Math.max(0, q.start - 40), q.start)));
  // ("The last handover, on Monday, brought back 1,245 bodies, according to Ukrainian officials": the dead a handover
  // brings back are those of the side named as receiving them, else the side that tells of it.)
  const receivedBefore = !k.party && pred === "killed" && BODIES.test(head) ? BODIES_RECEIVED.exec(lastClause(s.slice(0, q.start))) : null;
  if (receivedBefore) {
    const receiver = peopleIn(receivedBefore[1]!, 0, null).findLast((p) => p.code !== null && BELLIGERENTS.has(p.code))?.code;
    k.party = receiver ?? (speaker && BELLIGERENTS.has(speaker) ? speaker : null);
  }
  // ("Buryatia has sent more than 10,000 men", "In Dagestan, … about 7,000 residents are now serving under contract": a
  // region or town that sends or keeps a force, named before it, is its country's; not where the force went.)
  if (!k.party && pred === "deployed" && cls === "personnel") k.party = placeOfForce(s.slice(0, q.start));
  // ("About 300,000 reservists were called up in Russia's partial mobilisation": the side whose call-up it was.)
  const callUp = !k.party && cls === "personnel" ? /^[^.;]{0,60}?\b(?:in|by|under|during)\s+((?:Russia|Ukraine|Moscow|Kyiv|North Korea|Belarus)['’]s)\s+(?:(?:partial|general|latest|first|second|autumn|spring)\s+)?(?:mobili[sz]ation|call-up|draft|conscription)\b/.exec(s.slice(nounEnd)) : null;
  if (callUp) k.party = peopleIn(callUp[1]!, 0, null)[0]?.code ?? null;
  // ("Another 1,005 mercenaries came from Canada": fighters are of the country they came from.)
  const cameFrom = !k.party && pred === "deployed" && cls === "personnel" ? CAME_FROM.exec(s.slice(nounEnd, nounEnd + 60)) : null;
  if (cameFrom) k.party = peopleIn(cameFrom[1]!, 0, null)[0]?.code ?? null;
  // ("Of the named dead, 690 came from the Krasnodar region": the dead are of the country of the region they came from.)
  const deadFrom = !k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && pred !== "deployed" ? CAME_FROM.exec(s.slice(nounEnd, nounEnd + 60)) : null;
  if (deadFrom) k.party = countryOfPlace(deadFrom[1]!) ?? peopleIn(deadFrom[1]!, 0, null)[0]?.code ?? null;
  // ("By January, Seoul's spy agency reckoned that some 300 had been killed and 2,700 wounded": the soldiers South
  // Korea's officials count in this war, with no side named, are North Korea's.)
  if (!k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && figureSource(f)?.sourceParty === "KR") k.party = "KP";
  if (!k.party && !bodiesFound && (cls === "personnel" || cls === "casualties" || cls === "killed" || cls === "wounded") && (pred === "deployed" || pred === "casualties" || pred === "killed" || pred === "wounded" || cls !== "personnel")) k.party = memory.personnel;
  // (Those who "died" or "perished" were not killed by the speaker's side: the verb names no agent.)
  const intransitive = pred === "killed" && /^(?:died|die|dying|perished|fallen|lost (?:their|his|her) lives)$/i.test((pb && pb.pred === pred ? pb.word : pa && pa.pred === pred ? pa.word : "").trim());
  // "19 soldiers were killed in a Russian missile strike": soldiers a side's attack killed are its opponent's.
  if (!k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && (pred === "killed" || pred === "wounded" || pred === "casualties")) {
    const by = /^[^;:]{0,60}?\b(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?((?:Russian|Ukrainian|North Korean)\s+(?:[\w-]+\s+){0,2}(?:strikes?|attacks?|shelling|bombardment|fire|drones?|missiles?|forces|troops|artillery|bombs?|shells?|rockets?))\b/i.exec(s.slice(nounEnd));
    const attacker = by ? peopleIn(by[1]!, 0, null)[0]?.code : null;
    if (attacker) k.party = opponentOf(attacker);
  }
  // "units … inflicted losses of up to 3,150 servicemen": losses inflicted are the other side's.
  const inflicted = s.includes("inflicted") && /\binflicted\b[^.;]{0,40}$/i.test(s.slice(Math.max(0, q.start - 60), q.start));
  // "Ukraine said it had brought home the bodies of 1,000 soldiers": the dead a side brings home are its own.
  const broughtHome = pred === "killed" && /\b(?:brought home|brought back|repatriated|returned|received|got back|recovered)\b[^,;]*\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:about\s+|some\s+|more than\s+|another\s+)?$/i.test(lastClause(s.slice(0, q.start)));
  if (!k.party && broughtHome && speaker) k.party = speaker;
  // ("Zelensky said that all 13 border guards on the island had been killed": people a side says were killed, with no
  // one named as killing them, are its own.)
  const ownDead = pred === "killed" && !inflicted && cls === "personnel" && attr && BELLIGERENTS.has(attr.sourceParty ?? "") && PASSIVE_KILLED_NO_AGENT.test(s.slice(nounEnd));
  if (!k.party && ownDead) k.party = attr!.sourceParty;
  // ("The Russian Ministry of Defence has admitted to one sailor dead and 27 missing": a side admits its own losses.)
  // ("… gave its first figure for its own dead in almost four weeks: 1,351 servicemen killed": so does one giving
  // its own dead.)
  if (!k.party && attr?.sourceParty && BELLIGERENTS.has(attr.sourceParty) && (ADMITTED_BEFORE.test(s.slice(Math.max(0, q.start - 40), q.start)) || ITS_OWN_LOSSES.test(s.slice(Math.max(0, q.start - 120), q.start)))) k.party = attr.sourceParty;
  // ("Russia's defence ministry said 2,439 of them had surrendered": those a side says gave themselves up to it.)
  const surrendered = pred === "captured" && cls === "personnel" && /\b(?:surrendered|laid down (?:their|its) arms|taken prisoner|(?:gave|given) themselves up)\b/i.test(s.slice(n.end, n.end + 90));
  // ("Rudskoy added that 636 field artillery guns … had been put out of action": equipment a side says was disabled is
  // its enemy's, as what it says was destroyed is.)
  const disabled = cls === "equipment" && DISABLED_AFTER.test(s.slice(n.end, n.end + 160));
  if (!k.party && (pred === "destroyed" || pred === "killed" || inflicted || surrendered || disabled) && !intransitive && !(bodiesFound && !broughtHome) && cls !== "civilians" && cls !== "buildings" && speaker) k.party = opponentOf(speaker);
  // "771 militants of the nationalist Azov regiment have surrendered", "up to 240 nationalists were killed": a side's
  // names for the enemy's fighters, in the voice of that side.
  if (!k.party && cls !== null && cls !== "civilians" && PEOPLE_CLASSES.has(cls) && speaker && (ENEMY.test(s.slice(n.end, nounEnd)) || ENEMY_FIGHTERS.test(s.slice(n.end, nounEnd)))) k.party = opponentOf(speaker);
  // ("The day's losses also included four tanks, six armoured combat vehicles …": the losses of the side counted before.)
  if (!k.party && cls === "equipment" && memory.personnel && /\blosses\b[^.;]{0,30}\b(?:also\s+)?(?:included|include|includes|comprised)\s+(?:about|some|around|more than|over|at least|up to)?\s*$/i.test(lastClause(s.slice(0, q.start)))) k.party = memory.personnel;
  // ("It listed 58 infantry fighting vehicles among the losses, …, and 35 armoured personnel carriers": things listed
  // among the losses, after the losses of a side were counted.)
  if (!k.party && cls === "equipment" && memory.personnel && /\b(?:listed|counted|included|named|put)\b[^.;]{0,80}\bamong\s+(?:the|its|their)\s+losses\b/i.test(s)) k.party = memory.personnel;
  // ("… losses of the enemy … are approximately 1,058,830 personnel. ¶ Tanks: 11,096 (+3).": a label and its figure
  // after a count of a side's losses are that side's.)
  if (!k.party && cls === "equipment" && LABEL_AND_FIGURE.test(s) && memory.counted?.party && memory.counted.segment >= segIndex - 1 && memory.counted.segment < segIndex) k.party = memory.counted.party;
  // "12 Leopard 2 tanks", "four F-16s", "three US-made HMMWV armoured vehicles": arms only Ukraine fields are Ukraine's.
  if (!k.party && cls === "equipment" && WESTERN_ARMS.test(`${lastClause(s.slice(0, q.start)).slice(-30)} ${cutAtClause(head).slice(0, 60)}`)) k.party = "UA";
  // "Polish aircraft shot down Russian drones … At least three of the drones were shot down, he said": told by no
  // side of the war, part of the things named with their side just before is that side's.
  if (!k.party && cls === "equipment" && item && item !== "other" && /^\s*of (?:the|these|those)\s/i.test(head)) k.party = ownerOfItemBefore(segments, segIndex, item);
  // "A five-storey building and 12 cars were damaged": civilian property damaged where the strike was.
  if (!k.party && cls === "equipment" && item === "vehicles" && pred === "damaged") k.party = countryOfPlace(s) ?? memory.civilians;
}


/** "repelled a large", "repulsed an": a verb that beats back an attack, right before the attacker's side. */
const REPELLED_BEFORE = /\b(?:repelled|repulsed|repelling|repulsing|thwarted|foiled|beat back|fought off)\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "foiled an attempt by a", "repelled attempts by the": an attempt beaten back, right before the side that made it. */
const FOILED_ATTEMPT_BY = /\b(?:repelled|repulsed|thwarted|foiled|prevented|stopped|disrupted)\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:attempts?|efforts?|bids?)\s+by\s+(?:an?\s+|the\s+|several\s+)?$/i;
/** "Ukrainian attack", "Russian assaults": a side's word, then its attack. */
const ATTACK_AFTER = /^\S+\s+(?:[\w-]+\s+)?(?:counter-?)?(?:attacks?|assaults?|offensives?|counteroffensives?|counter-offensives?|advances?|attempts? to advance|breakthrough attempts?)\b/i;
/** "the group", "the mercenary group": an armed group named before. */
const THE_GROUP = /\bthe (?:mercenary |paramilitary |private military )?(?:group|company|outfit)\b/i;
const ARMED_GROUP = /\b(?:Wagner|Akhmat|Azov|Kraken|Storm-Z|Redut|Rusich|Da Vinci Wolves)\b/g;

/** The side of the armed group ("Wagner", "Azov") named last in the sentence before the figure or the four segments before it. */
function armedGroupBefore(segments: readonly { text: string }[], at: number, before: string): string | null {
  for (const text of [before, ...segments.slice(Math.max(0, at - 4), at).map((g) => g.text).reverse()]) {
    const named = [...text.matchAll(ARMED_GROUP)].at(-1);
    if (named) return peopleIn(named[0], 0, null)[0]?.code ?? null;
  }
  return null;
}

/** A tally, list or update that lists more: "The tally also listed", "the update counts". */
const TALLY_LISTS = /\b(?:tally|list|count|update|report|figures|bulletin|summary)\b[^.;]{0,30}?\b(?:also\s+)?(?:lists?|listed|includes?|included|counts?|counted|records?|recorded|gives?|gave)\b/i;

/** Where fighters came from, right after their noun: " came from Canada", " had arrived from Georgia". */
const CAME_FROM = /^\s+(?:had\s+|have\s+)?(?:came|come|arrived)\s+from\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/;

/** A verb the side just named does: "Russia handed over", "Russia's defence ministry says". */
const ACTS_AFTER = /^(?:['’]s)?(?:\s+(?!and\b|or\b)[a-z][\w-]*){0,2}?\s+(?:has\s+|had\s+|have\s+)?(?:handed|received|returned|got|took|gave|sent|brought|repatriated|exchanged|swapped|said|says|lost|counted|reported)\b/i;

/** The last side named as the subject of a verb before a figure: "Russia handed over … and received". */
function actingSideBefore(before: string): string | null {
  return findParties(before).findLast((p) => (p.kind === "people" || p.kind === "source") && p.code !== null && BELLIGERENTS.has(p.code) && ACTS_AFTER.test(before.slice(p.end, p.end + 40)))?.code ?? null;
}

/** A force's home region named before it ("Buryatia has sent"), with destinations ("sent to the Kursk region") left out; no side named. */
function placeOfForce(before: string): string | null {
  if (peopleIn(before, 0, null).some((p) => p.code !== null)) return null;
  // ("the force in the Kursk region numbered …": where a force is, unless the sentence opens with it: "In Dagestan, …".)
  return countryOfPlace(before.replace(/\b(?:[Tt]o|[Ii]nto|[Ii]n|[Tt]owards?|[Aa]gainst|[Nn]ear|[Aa]t)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:region|oblast|province))?/g, (m, at: number) => (/^\W*$/.test(before.slice(0, at)) ? m : " ")));
}

/** "Ukraine also lost", "Russia has lost": a side as the subject of "lost" right before a figure. */
const SIDE_LOST_BEFORE = /\b((?:Ukraine|Russia|Kyiv|Moscow|North Korea|Pyongyang)(?:['’]s\s+(?:army|military|forces|troops|air force|navy))?)\s+(?:also\s+|has\s+|had\s+|have\s+|now\s+){0,2}(?:lost|loses)\s+(?:about\s+|some\s+|around\s+|more than\s+|over\s+|nearly\s+|at least\s+|up to\s+)?$/;

/** "… on the island had been killed." with no "by" after: killed, no one named as the killer. */
const PASSIVE_KILLED_NO_AGENT = /^[^,;.]{0,40}?\b(?:had|have|has)\s+been\s+killed\b(?![^,;.]{0,40}\bby\b)/i;

/** The country of a city or region named in the three segments before segment `at`, the nearest first. */
/** A figure of the whole war: "since the start of the full-scale invasion", "between 24 February 2022 and …". */
const WHOLE_WAR = /\b(?:since|from)\s+(?:the\s+)?(?:start|beginning|outset)\s+of\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+)?(?:invasion|war)\b|\bsince\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+)?invasion\b|\b(?:since|between|from)\s+(?:24\s+February|Feb(?:ruary|\.)?\s+24),?\s+2022\b|\bsince\s+February\s+2022\b/i;

// Whether an article names the UN's human rights monitors, asked once per article (its segments).
const unMonitored = new WeakMap<readonly { text: string }[], boolean>();
function articleNamesUnMonitors(segments: readonly { text: string }[]): boolean {
  let known = unMonitored.get(segments);
  if (known === undefined) {
    known = segments.some((seg) => UN_MONITORS.test(seg.text));
    unMonitored.set(segments, known);
  }
  return known;
}

function placeJustBefore(segments: readonly { text: string }[], at: number): { code: string; at: number } | null {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const code = countryOfPlaceStruck(segments[k]!.text);
    if (code) return { code, at: k };
  }
  return null;
}

/** Between a figure's noun and the side that owns it: "servicemen| of the |Russian army". */
const OWNER_AFTER_NOUN = /^\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/;
/** Whose losses the figures before a dash are: "— North Korean losses in …". */
const ELIDED_POSSESSIVE_AT = /\b(?:and|while|but|against)\s+(?:for\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+at\s+$/;
const PIECES_OF_SIDE = /^\s+(?:pieces|items|units)\s+of\s+(?:[a-z-]+\s+){0,3}?(Russian|Ukrainian|North Korean)\s+(?:military\s+)?(?:equipment|hardware|armou?r|vehicles|weapons|materiel)\b/;
const DISABLED_AFTER = /^[^.;]{0,120}?\b(?:had been|have been|has been|were|was)\s+(?:also\s+)?(?:put out of action|knocked out|disabled)\b/;
const AMONG_SIDE_LOSSES = /^[^.;:]{0,120}?\bamong\s+(?:the\s+)?(?:(?:day|night|week|month|year)['’]s\s+)?((?:[A-Z][\w'’-]+\s+){1,2})(?:military\s+|combat\s+)?(?:losses|casualties)\b/;
const LOSSES_AFTER_DASH = /^[^—–]{0,40}\s[—–]\s+((?:[A-Z][\w'’-]+\s+){1,2})(?:military\s+)?(?:losses|casualties|dead|toll)\b/;

/** A source's own forces as the agent of a taking verb: "its troops had captured", "their forces took". */
const OWN_FORCES_TOOK = /\b(?:its|their|our)\s+(?:own\s+)?(?:troops|forces|units|army|soldiers)\s+(?:had\s+|have\s+|has\s+)?(?:captured|taken|took|liberated|seized|occupied)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least|up to)?\s*$/i;

/** Captivity named by its holder: "in Russian captivity", "in the Ukrainian captivity". */
// ("about 1,900 of the city's defenders are still held in Russia": or held in the other side's country.)
const HELD_BY_SIDE = /^[^.;]{0,80}?\b(?:in\s+(?:the\s+)?(Russian|Ukrainian)\s+captivity\b|(?:held|kept|imprisoned|detained)\s+in\s+(Russia|Ukraine)\b(?!['’]s))/;

/** A tally named again: "the same tally", "that list". */
const SAME_TALLY = /\b(?:the same|that|this|its)\s+(?:running\s+|daily\s+)?(?:tally|list|count|update|report|bulletin|summary)\b/i;

/** A hostile verb in the passive and "by", right before its agent: "were destroyed by Ukrainian forces". */
const PASSIVE_AGENT_BEFORE = /\b(?:destroyed|downed|shot down|hit|struck|killed|eliminated|liquidated|neutrali[sz]ed|wounded|captured|taken prisoner)\s+by\s+(?:the\s+)?$/i;

/** The source nearest before the figure when its sentence names several ("Kyiv said …, while Russia said …"), else the sentence's. */
function figureSource(f: PartyInput): Attribution | null {
  return (f.cands.length > 1 ? f.resolve(chooseAttribution(f.cands, f.s, f.n.start)) ?? f.attr : f.attr) ?? null;
}

/** Whether a stretch names another side as the subject of its own clause ("…, while Russia has", "and Russia's defence ministry says"; not "of US manufacture"). */
function newSubjectBetween(stretch: string, party: string): boolean {
  // Most stretches between two figures of a list are ", " or " and ": no capital, no side named.
  if (!/[A-Z]/.test(stretch)) return false;
  return findParties(stretch).some((p) => p.kind === "people" && p.code !== party && /^(?:['’]s)?(?:\s+[a-z]\w*){0,2}?\s+(?:has|have|had|lost|loses|keeps|holds|deployed|sent|is|was|were|are|said|says|claimed|claims|reported|announced|stated)\b/.test(stretch.slice(p.end)));
}

/** The side named with equipment of an item in the few segments before ("Russian drones"), or null. */
function ownerOfItemBefore(segments: readonly { text: string }[], segIndex: number, item: Item): string | null {
  for (let k = segIndex - 1; k >= Math.max(0, segIndex - 4); k--) {
    const text = segments[k]!.text;
    // ("Russian drones", "Russian-made Shahed drones": the side right before the noun, not "Ukrainian cities with 300 drones".)
    // ("Russia launched 298 drones and 69 missiles": the side that launched them, too.)
    const side = peopleIn(text, 0, null).findLast((p) => p.code !== null && BELLIGERENTS.has(p.code) && specificItemOf(text.slice(p.at).replace(/^\S+\s+/, "").replace(LAUNCHED_COUNT, "").split(/[,.;:]|\d|\s(?:in|on|at|with|from|to|over|into|for|and)\s/)[0]!) === item);
    if (side?.code) return side.code;
  }
  return null;
}
