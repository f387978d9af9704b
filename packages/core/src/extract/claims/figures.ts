import type { Claim } from "../../schemas/claim.js";
import type { Attribution } from "./attribution.js";
import { asOfInRegion, type DateMention } from "./dates.js";
import { specificItemOf } from "./items.js";
import { predicatesIn } from "./metrics.js";
import { isNotClaim } from "./notclaims.js";
import { findNumbers, type NumberMention } from "./numbers.js";
import { qualify } from "./qualifiers.js";
import type { Segment } from "./segments.js";
import { FORCE_NUMBERED, LABEL_AND_FIGURE, LOSS_PREDS, NOT_LOSSES, PART_OF_WHOLE_GAP, PRONOUN_PUT_AT, countBars, tollPutAt, cutAtClause, type ArticleMemory, type ListContext, type Reading, type SegmentSources } from "./common.js";
import { classOf } from "./klass.js";
import { predicateOf } from "./predicate.js";
import { partyOf } from "./party.js";
import { claimFigure, type ClaimTrail } from "./claim.js";

// A sentence's figures: finding them (with "a"/"an" items in a list of losses), reading each one in turn
// (klass.ts, predicate.ts, party.ts, claim.ts), and dating the claims they make.

// A loss list, tally or count that goes on: "the group's list also includes", "its tally counts".
// ("The same list gave 24,960 tanks and other armoured vehicles and 1,630 multiple rocket launchers.")
// ("… has reached 772,900, according to the update, which also lists 9,580 tanks.")
const TALLY_INCLUDES = /\b(?:list|tally|count|database|record|figures|losses|total)\b[^.;]{0,60}?\b(?:includes?|included|lists?|listed|counts?|counted|records?|recorded|contains?|gave|gives|shows?|showed)\b|\balso\s+(?:cited|cites|listed|lists|named|names|counted|counts|included|includes|gave|gives)\b|\b(?:were|was)\s+also\s+(?:listed|cited|counted|named|included)\b/i;
/** Losses named: "its own count of Russian losses". */
const LOSSES_NAMED = /\b(?:losses|casualties)\b/i;
// ("put the number of Russian aircraft destroyed at 234 and the number of helicopters at 196": the things after the
// figure are the next figure's.)
const NEXT_NUMBER_OF = /^\s*(?:,\s*)?(?:and|or|while)\s+(?:the|its|their)\s+(?:number|count|tally|total)\s+(?:of|for)\b.*$/is;

/** A loss tracker that lists, counts or documents: its figures are losses ("Oryx, by contrast, lists 148 Russian aircraft"). */
const LOSS_TRACKER_COUNTS = /\b(?:Oryx|WarSpotting|Warspotting|LostArmour|Lost Armour|UALosses|Mediazona)\b[^.;]{0,40}?\b(?:lists|listed|counts|counted|records|recorded|documents|documented|has logged|logged|tallies|tallied|confirms|confirmed|shows|showed|gives|gave)\b/;
// "Its count of Russian aircraft stands at 420", "its count, which now stands at 331 Russian planes": a side's running
// count of equipment, with no verb of losing, is its count of losses.
const RUNNING_COUNT = /\b(?:count|tally|total|ledger)\b(?:\s+of\s+[^.;]{1,60}?|[^.;]{0,40}?,\s+which)\s+(?:(?:now|still)\s+)?(?:stands|stood|remained|remains|has risen|had risen|rose|reached|has reached|had reached)\s+(?:at|to)?\b/i;
/** A count of losses: "Total combat losses of the enemy …", "the enemy lost". */
const LOSSES_COUNTED = /\b(?:losses|lost|destroyed)\b/i;
// "destroyed a Leopard tank and two …", "… and an EW station": an "a" item beside the one figure of a loss sentence.
const ONE_ITEM_JOINED = /\b(?:destroyed|downed|captured|disabled|lost|and) (?:an?|one) /;
// Soldiers schooled: "passed through the course", "graduated", "taught by British instructors".
const TRAINEES = /\b(?:course|courses|graduated|graduates|instructors|passed through|taught|(?:been|were|was|being) trained)\b/i;
/** People who sign up, after their figure: "427,000 citizens signed contracts" (not "200 Kenyans have been recruited to fight"). */
const RECRUITS_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:signed (?:up|contracts?)|enlisted)\b/i;
// The head of a phrase that names a place where equipment is made, kept or mended.
const PLACE_HEAD = /\b(?:factory|factories|plant|depot|warehouse|workshop|shop|hangar|garage|base|facility|yard)\b/i;
// "shot down a Ukrainian MiG-29", "a Ukrainian Su-25 jet had been shot down".
// (Only what is shot down: a lone tank "destroyed near Kurakhove" in a frontline story is no count.)
const SHIP_SUNK = /(?:^|[\s,(])(the|a)\s+(?:[\w-]+\s+){0,3}?(?:landing ship|corvette|frigate|cruiser|patrol ship|patrol boat|submarine|minesweeper|warship|missile ship|reconnaissance ship|flagship)\b(?:,?\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?)?\s+(?:which\s+[^,;.]{0,40}?\s+)?(?:was|had been|has been)\s+(?:struck and sank|struck and sunk|sunk|sank|destroyed|disabled)\b/;
const SHIP_SANK = /\b(?:sank|sunk|hit and sank|struck and sank|hit and sunk|struck and sunk)\s+(the|a)\s+(?:[\w-]+\s+){0,5}?(?:landing ship|corvette|frigate|cruiser|patrol ship|patrol boat|submarine|minesweeper|warship|missile ship|reconnaissance ship|flagship)\b/;
// Cheap words that must stand in a sentence before the costlier patterns below are tried on it.
const DOWNED_WORD = /shot down|downed/i;
const SHIP_WORD = /ship|corvette|frigate|cruiser|patrol|submarine|minesweeper/;
const ONE_ITEM_DOWNED = /\b(?:downed|shot down)\s+an?\s/i;
const ONE_ITEM_DOWNED_PASSIVE = /\b(?:said|says|that|and)\s+an?\s+[^,;.]{2,60}?\s(?:had|has) been (?:downed|shot down)\b|\b(?:reported|claimed|confirmed)\s+an?\s+[^,;.]{2,40}?\s(?:shot down|downed)\b/i;
const POINTS_SCALE = /\b(?:is|are)\s+worth\b[^.;]{0,40}\bpoints\b/i;
const HURT_WORD = /\b(?:killed|injured|wounded|hurt|died|killing|injuring|wounding)\b/;
// ("a woman was killed when a drone struck her car", "a man aged 52 was wounded": with or without an age.)
// ("a tractor driver was killed", "a Ukrainian army sapper was killed", "a resident of Sudzha was killed", "An 84-year-old
// woman died", "had killed a 72-year-old woman": a calling or a side before the person, a place after, "died", or the
// object of the verb.)
const ONE_PERSON_NOUN = String.raw`(?:man|woman|boy|girl|child|baby|teenager|pensioner|resident|villager|civilian|driver|passenger|cyclist|pedestrian|farmer|worker|nurse|doctor|medic|paramedic|volunteer|firefighter|rescuer|police officer|policeman|journalist|sapper|deminer|pyrotechnician|soldier|serviceman|person)`;
const ONE_PERSON_HURT = new RegExp(String.raw`(?:^|[\s,;:(])([Aa]n?)\s+(?:\d{1,3}-year-old\s+|elderly\s+|young\s+)?(?:(?!(?:was|were|had|has|and|of|in|who)\b)[\w'’-]+\s+){0,2}?${ONE_PERSON_NOUN}\b(?:\s+(?:aged|of)\s+\d{1,3})?(?:\s+(?:of|from|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s+(?:who|whose|that)\s+[^,;.]{1,60}?)?\s+(?:(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)\b|died\b)|\b(?:killed|killing|injured|injuring|wounded|wounding)\s+([Aa]n?)\s+(?:\d{1,3}-year-old\s+|elderly\s+|young\s+)?(?:(?!(?:and|of|in)\b)[\w'’-]+\s+){0,2}?${ONE_PERSON_NOUN}\b`, "gd");
const WEAPON_AS_ATTACK = /\b(?:drone|missile|rocket|artillery|bomb|glide[- ]bomb|air|mortar)\s+(?:attacks?|strikes?|raids?|barrages?|fire|shelling)\b/i;

/** A weapon that does the harm, the subject of its verb: "A drone killed two civilians", "a Russian missile hit a clinic". */
const WEAPON_AS_AGENT = /^\s*(?:[\w-]+\s+){0,3}?(?:drone|missile|rocket|shell|bomb|glide bomb|shahed|geran|iskander|kalibr|kinzhal)s?\s+(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds|hit|hits|struck|strikes|attacked|attacks|targeted|damaged|damages|destroyed|destroys|slammed|tore)\b/i;
/** What "a"/"an" counts when it is not the item after it: "a lack of drone-defence training", "a wave of drones". */
const NOT_AN_ITEM = /^\s*(?:lack|shortage|threat|risk|wave|swarm|barrage|series|number|result|kind|type|form|mix|pair|couple|fleet|group|squadron|battery|unit|column|convoy)\s+of\b/i;

/** A sentence that asks: it ends on a question mark, perhaps inside quotes. */
const QUESTION = /\?\s*["”’)]?\s*$/;

/** Whether a running count of equipment stands at the sentence's figure, and nothing says it counts what was sent or fired. */
function runningCount(s: string): boolean {
  const m = RUNNING_COUNT.exec(s);
  return m !== null && !NOT_LOSSES.test(m[0]);
}

/** A sentence's figures, its verbs, and whether it speaks of losses. */
export function sentenceFigures(s: string, inList: boolean, list: ListContext | null, trail: ClaimTrail, segIndex: number, lastSegment: string): { nums: NumberMention[]; lossWords: ReturnType<typeof predicatesIn>; tallyGoesOn: boolean; lossContext: boolean } {
  // ("How did the NIS arrive at the figure of 2,000 dead?": a question restates or doubts a figure; it claims none.)
  let nums = QUESTION.test(s) ? [] : findNumbers(s).filter((n) => !isNotClaim(s, n));
  // Most sentences hold no figure: their verbs are read only where a figure, a list line or one item downed may need them.
  const oneDowned = DOWNED_WORD.test(s) && (ONE_ITEM_DOWNED.test(s) || ONE_ITEM_DOWNED_PASSIVE.test(s));
  // ("the large landing ship Tsezar Kunikov was struck and sank", "the missile corvette Ivanovets, which HUR said was
  // sunk": one warship named and sunk is one ship lost.)
  // ("its sea drones had sunk the Russian Black Sea Fleet patrol ship Sergei Kotov": the active voice too.)
  const sunk = SHIP_WORD.test(s) ? SHIP_SUNK.exec(s) ?? SHIP_SANK.exec(s) : null;
  if (sunk && !nums.some((n) => n.start <= sunk.index + sunk[0].length && n.end >= sunk.index)) {
    const at = sunk.index + sunk[0].indexOf(sunk[1]!);
    nums = [...nums, oneAt(at, sunk[1]!)].sort((a, b) => a.start - b.start);
  }
  // ("A 67-year-old man who was near his house was injured", "in Marhanets a 58-year-old man was wounded": one person
  // hurt or killed, named by who they are, is a toll of one.)
  if (HURT_WORD.test(s)) for (const onePerson of s.matchAll(ONE_PERSON_HURT)) {
    if (nums.some((n) => n.start <= onePerson.index + onePerson[0].length && n.end > onePerson.index)) continue;
    // ("had not killed a single soldier", "the toll had risen to seven after a woman died", "killed a 31-year-old woman
    // and her two-year-old daughter": no one hurt, one of a toll told, or the first of several.)
    const objectForm = onePerson[2] !== undefined;
    const [at] = onePerson.indices![objectForm ? 2 : 1]!;
    const lead = s.slice(Math.max(0, at - 30), at);
    if (/\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:killed|killing|injured|injuring|wounded|wounding)\s*$/i.test(lead) || /\ba single\b/i.test(onePerson[0])) continue;
    if (/\b(?:after|when|because|as|since|until|before)\s*$/i.test(lead)) continue;
    if (objectForm && /^\s+and\s+(?:her|his|their|a|an|the|two|three|four|five)\b/i.test(s.slice(onePerson.index + onePerson[0].length))) continue;
    nums = [...nums.filter((n) => n.end <= at || n.start >= onePerson.index + onePerson[0].length), oneAt(at, onePerson[objectForm ? 2 : 1]!)].sort((a, b) => a.start - b.start);
  }
  const lossWords = nums.length > 0 || inList || oneDowned ? predicatesIn(s) : [];
  // "The group's list also includes 5,300 vehicles": a loss tally's further entries, right after its losses.
  const tallyGoesOn = trail.lastEquipmentLoss >= segIndex - 2 && nums.length > 0 && TALLY_INCLUDES.test(s);
  // "Oryx lists 148 Russian aircraft": what a loss tracker lists, counts or documents are losses.
  const trackerCounts = nums.length > 0 && (LOSS_TRACKER_COUNTS.test(s) || runningCount(s));
  // ("Total combat losses of the enemy … are approximately 1,058,830 personnel. ¶ Tanks: 11,096 (+3).": a label and its
  // figure alone, after a count of losses, go on with it as a list's line would.)
  const labelGoesOn = nums.length > 0 && !inList && LABEL_AND_FIGURE.test(s) && (LOSSES_COUNTED.test(lastSegment) || (LABEL_AND_FIGURE.test(lastSegment) && trail.lastEquipmentLoss === segIndex - 1));
  // ("Ukraine's General Staff keeps its own count of Russian losses. It puts them at 53,650 personnel and 2,154 tanks":
  // the losses the sentence before named, put at their figures by a pronoun.)
  const lossesPutAt = nums.length > 0 && PRONOUN_PUT_AT.test(s) && LOSSES_NAMED.test(lastSegment);
  const lossContext = (inList && list!.loss) || tallyGoesOn || trackerCounts || labelGoesOn || lossesPutAt || lossWords.some((p) => LOSS_PREDS.has(p.pred));
  // "an UR-77 mine clearance unit" in a list of losses: "a"/"an" is one, but only inside an enumeration.
  // ("destroyed a Leopard tank and two Bradley vehicles": "a" joined by "and" or a comma to the one figure counts too;
  // so does "1,365 servicemen …, along with a tank and four armoured vehicles".)
  // ("shot down a Ukrainian Mi-8 helicopter", "a Su-25 jet had been shot down": one item right after its loss verb, or
  // before it in the passive, counts wherever it stands.)
  // ("a killed infantryman is worth six points, a destroyed tank 40 points": a scale of rewards counts nothing.)
  if (POINTS_SCALE.test(s)) return { nums: nums.filter((n) => !/^\s+points\b/i.test(s.slice(n.end))), lossWords, tallyGoesOn, lossContext };
  if (lossContext && (nums.length >= 2 || inList)) nums = [...nums, ...articleMentions(s, nums)].sort((a, b) => a.start - b.start);
  else if (lossContext && ((nums.length === 1 && ONE_ITEM_JOINED.test(s)) || oneDowned)) {
    const ones = articleMentions(s, nums).filter((m) => (nums.length === 1 && enumeratedWith(s, m, nums[0]!)) || downedAt(s, m));
    nums = [...nums, ...ones].sort((a, b) => a.start - b.start);
  }
  return { nums, lossWords, tallyGoesOn, lossContext };
}

/** A sentence and what the article knows when it reads its figures. */
export interface SentenceInput extends SegmentSources {
  s: string;
  seg: Segment;
  nums: NumberMention[];
  inList: boolean;
  list: ListContext | null;
  lossWords: ReturnType<typeof predicatesIn>;
  tallyGoesOn: boolean;
  lossContext: boolean;
  /** The readings of the sentence's figures and the figures that made claims: appended to. */
  readings: Reading[];
  pending: { at: number; end: number; index: number }[];
  dates: () => DateMention[];
  pub: string | null;
  segments: readonly Segment[];
  segIndex: number;
  lastSegment: string;
  memory: ArticleMemory;
  trail: ClaimTrail;
  claims: Claim[];
  claimParagraph: number[];
}

/** A figure named as one: "the figure of", "that number". */
const FIGURE_NAMED = /\b(?:the|that|this|his|her|its|their)\s+(?:figure|number)\s+(?:of\s+)?$/i;

/** Reads each figure of a sentence in turn: what it counts, what happened to it, whose it is, and its claims. */
export function readFigures(x: SentenceInput): void {
  const { s, seg, nums, inList, list, lossWords, tallyGoesOn, lossContext, readings, pending, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, occupier, dates, pub, segments, segIndex, lastSegment, memory, trail, claims, claimParagraph } = x;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    // The column of a table whose columns are losses and other things; undefined elsewhere.
    const measureColumn = inList && list!.measures && s.includes(" | ") ? list!.measures[countBars(s, n.start)] ?? null : undefined;
    if (measureColumn === "skip") continue;
    // ("The figure of 31,000 will be debated for a long time," he said.": a figure already claimed, named as a figure.)
    if (FIGURE_NAMED.test(s.slice(Math.max(0, n.start - 30), n.start)) && claims.some((c) => c.value === n.value)) continue;
    const next = nums[i + 1];
    const prev = readings[readings.length - 1] ?? null;
    const q = qualify(s, n);
    // ("3 January 2024 | 230 | 248 | United Arab Emirates | Ukrainian figure includes civilians": in a row of a table
    // with a column per side, what a figure counts is in its own cell, the row's label or the column's name, not in the
    // notes of a cell after it; "Russia | 58,000+ | killed and wounded" names it in the next.)
    const rest = s.slice(n.end, next ? next.start : s.length);
    const afterAll = inList && list!.columns && rest.includes(" | ") ? rest.slice(0, rest.indexOf(" | ")) : rest;
    // "shot down 66 of 103 drones": the part is counted by the noun of the whole after it.
    const partOf = next && PART_OF_WHOLE_GAP.test(s.slice(n.end, next.start));
    // "9,677 (+5) tanks": the day's change in brackets stands between a total and its noun.
    const bracket = /^\s*\(\s*[+\-−]?\s*[\d,.\s]+\)/.exec(s.slice(n.end));
    const afterBracket = bracket ? s.slice(n.end + bracket[0].length, nums[i + 2]?.start ?? s.length) : null;
    // "6,590 — Russian soldiers killed or wounded over the week", "~600,000: Russian troops killed or wounded since …":
    // a figure that opens its line, then a dash or a colon and what it counts.
    const dashLead = /^\s*(?:[–—]|:)\s+/.exec(afterAll);
    const leadFigure = dashLead !== null && /^[\W]*(?:up to|about|around|more than|over|some|nearly|almost|at least|roughly)?\s*$/i.test(s.slice(0, n.start));
    // ("50,000 or so servicemen": the qualifier after the figure is blanked, offsets kept, so the noun after it is read.)
    const head = (partOf ? cutAtClause(s.slice(next!.end)) : afterBracket !== null ? cutAtClause(afterBracket) : leadFigure ? cutAtClause(afterAll.slice(dashLead![0].length)) : cutAtClause(afterAll)).replace(/^\s+or so\b/i, (m) => " ".repeat(m.length)).replace(NEXT_NUMBER_OF, (m) => " ".repeat(m.length));
    // ("… and put the wounded at 73", "Russian killed at 35,500 … and Ukrainian killed at 15,500": a toll, and its side,
    // named right before the figure; read once for its class and its owner.)
    const tollBefore = tollPutAt(s.slice(Math.max(0, q.start - 60), q.start));
    // What the figure counts (klass.ts).
    const { inheritedPred, bareArrival, partOfList, columnParty, daily, noun, cls, nounStart, nounEnd, item, fateParty, placePartPred, gap, gapSide, more, gappedPred, numberOfParty, numberOfPred, handedBackParty, namesParty, defended, used } = classOf({ s, n, i, q, head, afterAll, prev, readings, inList, list, measureColumn, lossWords, tollBefore, line: seg.line, lastSegment, segments, segIndex, lastKilled: trail.lastKilled, memory });
    // What happened to them (predicate.ts).
    // ("About 1,000 of the 11,000 North Korean troops sent to Kursk have been killed": a part of a force takes the verb
    // after the whole's noun.)
    const what = predicateOf({ s, n, q, head, afterAll: partOf && cls === "personnel" ? s.slice(n.end, nums[i + 2]?.start ?? s.length) : afterAll, leadFigure, dashLead, cls, nounEnd, prev, readings, more: Boolean(more), lossWords, inList, list, gappedPred, numberOfPred, inheritedPred, placePartPred, memory, segIndex, lastSegment });
    let pred = what.pred;
    const { pb, pa, takingBefore } = what;
    // Whose people, equipment or ground (party.ts).
    const { party, mod } = partyOf({ s, n, q, head, cls, item, pred, noun, nounStart, nounEnd, prev, more: Boolean(more), daily, gap, gapSide, tollSide: tollBefore?.side ?? null, pb, pa, lossWords, inList, list, columnParty, measureColumn, fateParty, numberOfParty, defended, namesParty, handedBackParty, bareArrival, takingBefore, tallyGoesOn, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, occupier, segments, segIndex, memory, lastEquipmentClaim: trail.lastEquipmentClaim });
    const hostile = pred === "destroyed" || pred === "killed" || pred === "captured" || pred === "wounded" || pred === "casualties";
    // "with a force that the ministry estimated at more than 10,000 troops": the size of a force is a deployment.
    if (cls === "personnel" && !pred && /\b(?:force|contingent|grouping|expeditionary)\b/i.test(s.slice(0, n.start)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken")) pred = "deployed";
    // "Ukraine's armed forces number about 880,000 troops": the size of a force, its people named after the figure.
    if (cls === "personnel" && !pred && s.includes("number") && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), q.start))) pred = "deployed";
    // "Roughly 15,000 North Korean troops over two rotations": a side's troops, with no word of loss, are a presence.
    // ("1,000 Ukrainian soldiers had passed through the course": soldiers trained are no force in the field.)
    if (cls === "personnel" && !pred && mod.length && /^(?:troops|soldiers|forces|servicem[ae]n|personnel)\b/i.test(head.slice(nounStart)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken") && !TRAINEES.test(s)) pred = "deployed";
    // ("more than 427,000 citizens signed contracts to serve in the armed forces": recruits, no force in the field.)
    if (pred === "deployed" && RECRUITS_AFTER.test(s.slice(n.end, n.end + 80))) pred = null;
    // The figure's claims, if it makes any (claim.ts).
    claimFigure({ s, seg, n, q, afterAll, cls, item, pred, party, nounEnd, daily, used, hostile, partOfList, prev, readings, lossContext, inList, list, attr, cands, resolve, dates, pub, segIndex, memory, trail, claims, pending, claimParagraph });
  }
}

/** Dates a sentence's claims once its figures are known: a date between two figures is the nearer one's. */
export function dateClaims(s: string, dates: DateMention[], pending: { at: number; end: number; index: number }[], claims: Claim[], publishedAt: string | null): void {
  // (One figure can make two claims, one per side of a swap: regions run between distinct figures.)
  pending.forEach((p) => {
    const from = pending.findLast((o) => o.at < p.at)?.end ?? 0;
    const to = pending.find((o) => o.at > p.at)?.at ?? s.length;
    claims[p.index]!.asOf = asOfInRegion(s, dates, p.at, from, to, pending[0]!.at, publishedAt);
  });
}

/** A mention of one made from a word that means it ("a", "an", "the" of a ship named and sunk), at `at`. */
function oneAt(at: number, word: string): NumberMention {
  return { start: at, end: at + word.length, value: 1, low: 1, high: 1, kind: "plain", words: true, text: word };
}

/** Extra mentions for "a"/"an" in an equipment list ("an UR-77 mine clearance unit"): value 1. */
function articleMentions(s: string, found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of s.matchAll(/(?:^|,\s*|\bincluding\s+|\bamong them\s+|\band\s+|\bas well as\s+|\b(?:along|together) with\s+|\bplus\s+|:\s*|\b(?:destroyed|downed|shot down|captured|lost|disabled|said|says|that|reported|claimed|confirmed)\s+)(an?|one)\s+(?=[^,;.]{2,90}?(?:,|;|\.|$|\band\b|\bas well as\b))/gi)) {
    const at = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 2);
    const phrase = cutAtClause(s.slice(at + m[1]!.length)).split(/\band\b|\bas well as\b/)[0] ?? "";
    // "a Russian drone attack on a minibus": the weapon names the attack, not a thing lost; "an armoured vehicle
    // factory" is a place.
    // ("a lack of drone-defence training", "a wave of drones": a noun of its own before "of" is what is counted.)
    if (!specificItemOf(phrase) || WEAPON_AS_ATTACK.test(phrase) || WEAPON_AS_AGENT.test(phrase) || PLACE_HEAD.test(phrase) || NOT_AN_ITEM.test(phrase) || found.some((f) => at >= f.start && at < f.end)) continue;
    // ("said that a Ukrainian drone had hit a minibus": after a verb of saying, only the thing downed in the passive.)
    if (/\b(?:said|says|that|reported|claimed|confirmed)\s+$/i.test(m[0].slice(0, at - m.index)) && !downedAt(s, { start: at, end: at + m[1]!.length })) continue;
    out.push(oneAt(at, m[1]!));
  }
  return out;
}

/** Whether an "a"/"an" item is the object of "shot down" or "downed" right before it, or their subject in the passive. */
function downedAt(s: string, a: { start: number; end: number }): boolean {
  if (/\b(?:downed|shot down)\s+$/i.test(s.slice(Math.max(0, a.start - 14), a.start))) return true;
  // ("Ukrainian officials reported an Il-76 shot down": the thing a source reports downed.)
  if (/\b(?:reported|claimed|confirmed)\s+$/i.test(s.slice(Math.max(0, a.start - 12), a.start)) && /^\s+[^,;.]{2,40}?\s(?:shot down|downed)\b/i.test(s.slice(a.end, a.end + 60))) return true;
  return /^\s+[^,;.]{2,60}?\s(?:had|has) been (?:downed|shot down)\b/i.test(s.slice(a.end, a.end + 90)) && /\b(?:said|says|that|and)\s+$/i.test(s.slice(Math.max(0, a.start - 6), a.start));
}

/** Whether an "a"/"an" item and a figure stand in one enumeration: only "and", commas and their items between them. */
function enumeratedWith(s: string, a: NumberMention, n: NumberMention): boolean {
  const between = a.start < n.start ? s.slice(a.end, n.start) : s.slice(n.end, a.start);
  return between.length <= 80 && /(?:,|\band\b|\bas well as\b)\s*$/.test(between.trimEnd() + " ") && !/[.;:]|\b(?:in|on|at|by|from|near|over|during|after|when|while|said|says)\b/i.test(between);
}
