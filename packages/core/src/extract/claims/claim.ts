import type { Claim, Item, Metric } from "../../schemas/claim.js";
import { chooseAttribution, type Attribution } from "./attribution.js";
import type { DateMention } from "./dates.js";
import { personnelMetric } from "./metrics.js";
import { opponentOf } from "./parties.js";
import type { qualify } from "./qualifiers.js";

/** The verbs of a prisoner swap. */
const SWAP_VERB = /\b(?:swapped|swap|exchanged|exchange|handed over|released|release|freed|free|returned|repatriated)\b/i;
/** "Russia and Ukraine completed …, each handing over": two subjects opening the sentence, each doing the swap's part. */
// ("CHIȘINĂU — Ukraine and Russia completed …": after a dateline.)
const EACH_HANDING = /^(?:[^—–,.]{2,40}\s[—–]\s)?\W*(\S+(?:\s\S+)?)\s+and\s+(\S+(?:\s\S+)?)\s+[a-z][^;]*,\s*each\s+(?:handing over|handing back|returning|releasing|freeing|sending back|swapping|exchanging|receiving|getting back)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?$/i;
// A swap's verb and its figure: "exchanged 390", "freed about 1,000".
const SWAP_GAVE = String.raw`(?:swapped|exchanged|handed over|released|freed|returned)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?[\d,]+`;
/** A swap whose figure came with "each" earlier in the sentence: "swapped 390 people each, among them …", "returned 390 people to each side, 270 soldiers …", "each side freed 390 people, 270 of them …" (not past ", and" with a new subject: "…, and Ukraine's returnees included 880 servicemen", "swapped 175 prisoners each, and Ukraine handed over 22 wounded Russian soldiers"; "exchanged 307 servicemen each, and on Friday 390 people each, 270 of them soldiers" goes on). */
const SWAPPED_EACH_BEFORE = new RegExp(String.raw`\b${SWAP_GAVE}\s+(?:[\w-]+\s+){0,3}?(?:to\s+|from\s+)?each\b(?:(?!,\s+and\s+(?:Ukraine|Russia|Kyiv|Moscow)\b)[^;])*$|\beach side\s+${SWAP_GAVE}\s(?:(?!,\s+and\s)[^;])*$|[\d,]+\s+(?:[\w-]+\s+){0,2}(?:were|was)\s+(?:exchanged|swapped|freed|released|returned|handed over)\s+(?:from|by|to|on)\s+each\s+side\b(?:(?!,\s+and\s)[^;])*$`, "i");
import { LOSS_PREDS, civilianCountry, semicolonClause, cutAtClause, lastClause, peopleIn, sameForSame, type ArticleMemory, type ListContext, type Reading } from "./common.js";

// From a figure's reading to its claims: its metric, its source, the article's memory of who is counted, the
// figures left out, one claim per side of a swap, and its date.

const PLANNED = /\b(?:could|would|will|may|might|plans? to|planning to|planned to|preparing to|prepares to|expected to|intends? to|ready to|set to|going to|likely to)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched|transfer|transferred)\b/i;
// "… and is preparing to", "… and will send": from "and" on, a new verb phrase of the same subject.
const AND_NEW_VERB = /\s+and\s+(?:is|are|was|were|will|has|have|had|plans|may|might|could|would)\b[\s\S]*$/;
/** Authorities of a place, who count its dead and injured: "the regional administration", "the mayor". */
// ("Ukraine's state railway company had initially reported 30 dead": a civilian body counts civilians too.)
const LOCAL_AUTHORITY = /\b(?:regional|city|oblast|military) administration\b|\b(?:governor|mayor|city council|emergency service|rescue service|prosecutor's office|police|railway company|state railway|railways|health ministry|hospital)\b/i;
const MILITARY_WORDS = /\b(?:soldiers|troops|servicem[ae]n|personnel|fighters|marines|military(?! administration)|army|brigade|battalion|forces|defending|defenders|at the front|front ?line|in action|in combat|fallen)\b/i;
/** Two sides counted as one: "Russia and North Korea together lost". */
const TWO_SIDES_TOGETHER = /\b(?:Russia|Ukraine|North Korea|Russian|Ukrainian|North Korean)(?:n)?\s+and\s+(?:Russia|Ukraine|North Korea|Russian|Ukrainian|North Korean)(?:\s+(?:forces|troops))?\s+together\b/i;

/** The last equipment losses and military dead read as claims, for figures after them. */
export interface ClaimTrail {
  /** The segment of the last equipment loss read, for a tally that goes on ("its list also includes …"). */
  lastEquipmentLoss: number;
  /** The last equipment loss read as a claim, for the same kind of equipment named again without its owner. */
  lastEquipmentClaim: { item: Item | null; party: string | null; segment: number } | null;
  /** The segment of the last count of military dead, for "Among the names are …" after it, and its source. */
  lastKilled: number;
  lastKilledAttr: Attribution | null;
}

/** A figure read, with its sentence and the article so far. */
export interface FigureClaimInput extends Reading {
  /** The sentence and its segment. */
  s: string;
  seg: { paragraph: number; start: number; end: number; line: boolean };
  q: ReturnType<typeof qualify>;
  /** The text after the figure up to the next figure. */
  afterAll: string;
  /** Equipment put to use, no loss. */
  used: boolean;
  /** Whether its verb is hostile (destroyed, killed, captured, wounded, casualties). */
  hostile: boolean;
  /** A part of the list of dead counted just before ("Among the names are …"). */
  partOfList: boolean;
  prev: Reading | null;
  readings: Reading[];
  lossContext: boolean;
  inList: boolean;
  list: ListContext | null;
  attr: Attribution | null;
  cands: Attribution[];
  resolve: (a: Attribution | null) => Attribution | null;
  /** The sentence's dates, read on demand. */
  dates: () => DateMention[];
  /** The publication date, for figures with no date of their own. */
  pub: string | null;
  segIndex: number;
  memory: ArticleMemory;
  trail: ClaimTrail;
  /** The claims so far, the figures of this sentence that made claims, and each claim's paragraph: appended to. */
  claims: Claim[];
  pending: { at: number; end: number; index: number }[];
  claimParagraph: number[];
}

/** Records a figure's reading and appends its claims, if it makes any, teaching the article's memory on the way. */
export function claimFigure(f: FigureClaimInput): void {
  const { s, seg, n, q, afterAll, cls, item, pred, party, nounEnd, daily, used, hostile, partOfList, prev, readings, lossContext, inList, list, attr, cands, resolve, dates, pub, segIndex, memory, trail, claims, pending, claimParagraph } = f;
  readings.push({ n, cls, item, pred, party, nounEnd, daily });
  if (cls) memory.counted = { cls, item, party, segment: segIndex };
  // Several sources in one sentence ("X says…; Y says…"): the one in the figure's clause.
  let figAttr = cands.length > 1 ? resolve(chooseAttribution(cands, s, n.start)) ?? attr : attr;
  // ("The two North Korean prisoners captured by Ukraine in January … have said they want to go to South Korea": those
  // counted, speaking of something else, are no source of their own number.)
  if (figAttr && figAttr.start <= n.start && n.end <= figAttr.end && cands.some((c) => c.start === figAttr!.start && c.end === figAttr!.end)) figAttr = null;
  // "The 47th Mechanized Brigade said it had destroyed 15 Russian tanks": a unit that reports the other side's losses fights for the side opposite.
  // ("The Atesh movement reported that a strike … killed about 30 marines of the Russian Black Sea Fleet": partisans too.)
  // (So does a general staff or a ministry named without its country: "The Russian army lost 1,020 soldiers, the General Staff said".)
  // ("Two Ukrainian soldiers were killed, the brigade said": a unit telling its own dead in the passive is no such agent.)
  if (figAttr && !figAttr.known && party && hostile && !/\b(?:were|was|been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|taken prisoner)\b/i.test(s) && /\b(?:brigade|battalion|regiment|division|corps|unit|squadron|air defen[cs]es?|drone (?:unit|company|battalion)|special forces|marines|general staff|ministry|armed forces|military|army|air force|partisans?|partisan movement|resistance|movement)\b/i.test(figAttr.attributedTo)) {
    const side = opponentOf(party);
    if (side) figAttr = { ...figAttr, sourceParty: side, known: true };
  }
  // ("The General Staff's list on Monday also counted 575 Russian tanks … destroyed", after Russia's defence ministry
  // spoke: a general staff named without its country that counts a side's losses is the other side's, whatever
  // source was named before.)
  if (figAttr?.known && party && hostile && figAttr.sourceParty === party && /\bgeneral staff\b/i.test(figAttr.attributedTo) && !/\b(?:Russia|Russian|Ukraine|Ukrainian|Kyiv|Kiev|Moscow)\b/i.test(figAttr.attributedTo) && !/\b(?:were|was|been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|taken prisoner)\b/i.test(s)) {
    const side = opponentOf(party);
    if (side) figAttr = { ...figAttr, sourceParty: side };
  }
  let metric = used ? null : metricOf({ n, cls, item, pred, party, nounEnd, daily }, cls === "equipment" ? lossContext : inList && list!.loss);
  if (!metric) return;
  // "The first figures announced by the regional administration spoke of 39 dead": the dead and injured a local
  // authority counts, in a sentence that names no soldiers, are civilians of its country.
  let owner = party;
  // ("Orenburg has sent around 6,500 men …, its governor said. He said 1,120 of them had come home wounded": not those
  // the figure counts as part of a force.)
  if ((metric === "killed" || metric === "wounded") && figAttr?.sourceParty && LOCAL_AUTHORITY.test(figAttr.attributedTo) && !MILITARY_WORDS.test(s) && !(cls === "personnel" && /^\s*of (?:them|those|these|whom)\b/i.test(s.slice(n.end)))) {
    metric = metric === "killed" ? "civilians_killed" : "civilians_wounded";
    // ("The death toll from the flooding in the Kherson Region has risen to 59, acting governor Vladimir Saldo said":
    // the civilians are of the land where they died, whoever governs it now.)
    owner = civilianCountry(semicolonClause(s, n.start, n.end)) ?? figAttr.sourceParty;
  }
  if (metric === "equipment_lost") {
    trail.lastEquipmentLoss = segIndex;
    trail.lastEquipmentClaim = { item, party, segment: segIndex };
  }
  if (metric === "killed" && !partOfList) {
    trail.lastKilled = segIndex;
    trail.lastKilledAttr = figAttr;
  }
  if (partOfList && !figAttr) figAttr = trail.lastKilledAttr;
  // Only figures that become claims teach the article's memory who is being counted.
  if (party && (cls === "personnel" || cls === "killed" || cls === "wounded" || cls === "casualties" || cls === "captured")) memory.personnel = party;
  // ("45,720: Russian casualties in November … By 30 November its running total stood at 742,830": a toll counted by
  // its own noun tells what the next bare total sums up too.)
  if (pred && cls === "personnel") memory.personnelPred = pred;
  else if (cls === "casualties" && metric === "casualties") memory.personnelPred = "casualties";
  if (party && (cls === "civilians" || cls === "buildings")) {
    memory.civilians = party;
    memory.civiliansSegment = segIndex;
    memory.civiliansSource = figAttr?.attributedTo ?? null;
    memory.civiliansSourceParty = figAttr?.sourceParty ?? null;
  }
  if (metric === "civilians_killed" || metric === "civilians_wounded") memory.lastToll = "civilians";
  // ("Deaths confirmed in government-controlled areas: 16": a toll of no side does not say the article counts soldiers.)
  else if ((metric === "killed" || metric === "wounded" || metric === "casualties") && party) memory.lastToll = "military";
  if (metric) memory.lastMetric = metric;
  if (pred && (cls === "territory" || cls === "settlements")) memory.taking = { pred, party, segment: segIndex };
  // "thousands", "hundreds of square miles": vague plurals are optional in the annotated gold and no
  // value of ours can match another reader's; they stay numbers (for breakdowns) but not claims.
  if (n.kind === "vague") return;
  // "Two prisoners in Ukraine": a section heading with its number in words names what the section tells, not a figure.
  if (n.words && seg.line && !inList && s.length < 60 && !/\d/.test(s) && !/[.!?:]\s*$/.test(s)) return;
  // "(+0)": no change that day is not a figure anyone charts (the annotated gold marks it ambiguous).
  if (daily && q.value === 0) return;
  // Planned or possible deployments ("could be sent", "plans to send") are optional in claims.md: left out.
  // Only the figure's own clause says so: "has 11,000 troops there …, and may send more" keeps the 11,000.
  // ("sent about 1,000 deminers … and is preparing to dispatch 5,000 more": a second verb after "and" starts its own clause.)
  if (metric === "troops_deployed" && PLANNED.test(`${lastClause(s.slice(0, q.start))}${s.slice(q.start, n.end + cutAtClause(afterAll).replace(AND_NEW_VERB, "").length)}`)) return;
  // Combined totals of both sides are optional in claims.md and belong to no party: left out.
  // (Not a swap of so many "each": "what both sides do: Russia and Ukraine swapped 90 prisoners of war each".)
  if (/\b(?:on both sides|both sides|on the two sides|of both (?:armies|armed forces|militaries)|combined (?:toll|total|losses))\b/i.test(s) && !(metric === "captured" && /\beach\b/i.test(s.slice(n.end, n.end + 40)))) return;
  // "Russia and North Korea together lost more than 60,000 soldiers": a total of two sides is neither's.
  if (s.includes("together") && TWO_SIDES_TOGETHER.test(lastClause(s.slice(0, q.start)))) return;
  const factor = cls === "territory" ? territoryFactor(s.slice(n.end, n.end + 30)) : 1;
  const value = q.value * factor;
  // "about 4,300 square kilometres …, or about 1,660 square miles": the same ground again in other units.
  if (factor !== 1 && readings.some((r, k) => k < readings.length - 1 && r.cls === "territory" && Math.abs(r.n.value - value) <= 0.03 * r.n.value)) return;
  // "Russia and Ukraine each handed over 303 prisoners": the same figure for each side.
  // (The pattern backtracks over every word pair: tried only when "each" is there at all.)
  const beforeFigure = s.slice(0, q.start);
  // ("Russia and Ukraine completed the exchange on Sunday, each handing over 303 soldiers": the sentence's two
  // subjects, then "each" and a verb of the swap after a comma.)
  // ("Each side handed over 303 servicemen": at the sentence's start too.)
  const hasEach = /\beach\b/i.test(s);
  const each = beforeFigure.includes("each") ? /\b(\S+(?:\s\S+)?)\s+and\s+(\S+(?:\s\S+)?)\s+each\b[^,;]*$/.exec(beforeFigure) ?? EACH_HANDING.exec(beforeFigure) : null;
  const sides = each ? [peopleIn(each[1]!, 0, null)[0]?.code, peopleIn(each[2]!, 0, null)[0]?.code] : [];
  // "the two sides swapped 146 prisoners of war each": a swap's figure with "each" after it is both sides'.
  // ("swapped 270 servicemen and 120 civilians each": after the next figure too.)
  // ("… swapped 390 people each, among them 270 soldiers": a part of a figure each side gave is each side's too.)
  const swappedEach = !each && metric === "captured" && hasEach && (/^\s*(?:of war\s+)?(?:and\s+[\d,]+\s+[a-z]+\s+)?each\b/i.test(s.slice(nounEnd)) && SWAP_VERB.test(lastClause(beforeFigure)) || SWAPPED_EACH_BEFORE.test(beforeFigure));
  // "307 servicemen from each side were freed", "1,000 prisoners went each way", "the two sides each released 390
  // people, 270 of them military":
  // a swap's figure for each side is both sides'.
  const eachSide = !each && !swappedEach && metric === "captured" && hasEach && (/^\s*(?:of war\s+)?(?:and\s+[\d,]+\s+[a-z]+\s+)?(?:(?:returned|went home|came home|were returned|went|were sent|crossed)\s+)?(?:(?:from|on|by|to|of)\s+each\s+side|each\s+way|in\s+each\s+direction)\b/i.test(s.slice(nounEnd)) || /\b(?:the two sides|both sides|each side|the sides)\s+each\b|\beach side\b/i.test(lastClause(beforeFigure)) || (prev !== null && /\b(?:the two sides|each side)\s+each\b|\b(?:the two sides|both sides)\s+each\b/i.test(beforeFigure)));
  // ("exchanges of 75 for 75": the same number each way is each side's.)
  const forSame = !each && metric === "captured" && sameForSame(s, n);
  const opposite = (swappedEach || eachSide || forSame) && owner ? opponentOf(owner) : null;
  // (Two sides not named are the war's two: "the two sides swapped 270 soldiers each".)
  const parties = sides.length === 2 && sides[0] && sides[1] && sides[0] !== sides[1] ? [sides[0], sides[1]] : opposite ? [owner, opposite] : eachSide || swappedEach || forSame ? ["RU", "UA"] : [owner];
  // Dated once the sentence's figures are known: a date between two figures is the nearer one's.
  const asOf = dates().length ? null : inList && list!.asOf ? list!.asOf : pub;
  for (const who of parties) {
    pending.push({ at: n.start, end: n.end, index: claims.length });
    claimParagraph.push(seg.paragraph);
    claims.push({
      metric,
      party: who,
      item: metric === "equipment_lost" ? item ?? "other" : null,
      value: round(value),
      qualifier: q.qualifier,
      low: q.low === null ? null : round(q.low * factor),
      high: q.high === null ? null : round(q.high * factor),
      attributedTo: figAttr?.attributedTo ?? null,
      sourceParty: figAttr ? figAttr.sourceParty : null,
      asOf,
      sentence: s,
      start: seg.start,
      end: seg.end,
    });
  }
}

function metricOf(r: Reading, lossContext: boolean): Metric | null {
  switch (r.cls) {
    case "killed":
    case "wounded":
    case "missing":
      return r.cls;
    // "206 Ukrainian prisoners of war who died in Russian custody": prisoners whose verb is death are the dead.
    case "captured":
      return r.pred === "killed" ? "killed" : "captured";
    case "casualties":
      return "casualties";
    case "personnel":
      return personnelMetric(r.pred ?? (lossContext ? "casualties" : null));
    case "civilians":
      if (r.pred === "killed") return "civilians_killed";
      if (r.pred === "wounded") return "civilians_wounded";
      return null;
    case "equipment":
      return lossContext || (r.pred !== null && LOSS_PREDS.has(r.pred)) ? "equipment_lost" : null;
    case "territory":
      return r.pred === "taken" || r.pred === "captured" || r.pred === "casualties" || r.pred === "lost" ? "territory_km2" : null;
    case "settlements":
      return r.pred === "taken" || r.pred === "captured" || r.pred === "casualties" || r.pred === "lost" ? "settlements" : null;
    case "buildings":
      return r.pred === "damaged" || r.pred === "destroyed" ? "buildings_damaged" : null;
    default:
      return null;
  }
}

function territoryFactor(after: string): number {
  if (/^\s*(?:square miles?|sq\.? ?mi|mi2|mi²)/i.test(after)) return 2.58999;
  if (/^\s*hectares?/i.test(after)) return 0.01;
  return 1;
}

export function round(v: number): number {
  return Math.round(v * 100) / 100;
}
