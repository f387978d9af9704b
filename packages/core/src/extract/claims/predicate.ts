import { COMPATIBLE, KEPT_AT, type NounClass, type Predicate, type predicatesIn } from "./metrics.js";
import type { NumberMention } from "./numbers.js";
import type { qualify } from "./qualifiers.js";
import { BODY_OF_TROOPS, LIST_NOUN, OPENING_WHOLE, SIZE_ASIDE_BEFORE, WHOLE_OWNER, countryOfPlaceThatLost, cutAtClause, lastClause, type ArticleMemory, type ListContext, type Reading } from "./common.js";

// What happened to what a figure counts (killed, wounded, destroyed, taken, deployed, …): the nearest fitting verb
// in its clause, then what the sentence, the list and the article say.

// ", including a four-year-old child, were wounded": an aside between a figure's noun and its verb.
const ASIDE_AFTER = /^[^,;.]{0,40},\s*(?:including|among them|among whom|most of them|many of them|all of them)\b[^,;.]{0,60},[^,;.]*/i;
/** The same aside with a figure in it ("including 15 women,"), whose commas inside numbers do not close it. */
// ("144 Ukrainian servicemen, 95 of them from Azovstal, were handed over": a part counted of them, too.)
const ASIDE_WITH_FIGURE = /^[^,;.]{0,60},\s*(?:including|among them|among whom|most of them|many of them|all of them|(?:about\s+|some\s+|more than\s+|at least\s+)?\d[\d,]*\s+of\s+(?:them|whom))\b(?:[^,;.]|[,.]\d){0,60},(?!\d)[^,;.]*/i;
/** What can befall people counted, after a noun that describes them ("wounded soldiers", "prisoners") rather than says it. */

/** Soldiers or recruits let go from their service. */
const DISCHARGED = /\b(?:discharged|demobili[sz]ed|released from (?:service|(?:their|his|her) contracts?))\b/i;
/** The dead listed after a colon, this figure one of them: "were killed: 65 captured servicemen …, six crew members and ". */
const KILLED_LISTED_BEFORE = /\b(?:were|was|have been|had been|has been)\s+killed\s*:\s*(?:[^:;.]*?(?:,|\band)\s+)?$/i;
/** "…, and of ": a second object of the noun before the first figure. */
const AND_OF_BEFORE = /(?:,\s*|\s)and\s+of\s+(?:the\s+)?(?:up to|about|some|around|nearly|almost|more than|over|at least)?\s*$/i;
/** " of up to ": an object of the noun before it ("the execution of up to 25"). */
const OF_BEFORE = /\b[a-z]+\s+of\s+(?:the\s+)?(?:up to|about|some|around|nearly|almost|more than|over|at least)?\s*$/i;
const PEOPLE_FATES: readonly Predicate[] = ["killed", "captured", "returned", "missing"];
const PART_OF_FIGURE_BEFORE = /^[^.;]{0,40}?,\s*(?:among them|among whom|including|of them|of whom)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i;
/** "390 people, 270 of them …": a part whose "of them" follows it. */
const partAfterComma = (reach: number) => new RegExp(`^[^.;]{0,${reach}}?,\\s*(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\\s*$`, "i");
const PART_AFTER_COMMA = partAfterComma(40);
/** Soldiers held by the other side now: "are still held in Russia", "remain held by Russia". */
const STILL_HELD = /^[^;]{0,60}?\b(?:are|were|is|was|remain|remained)\s+(?:still\s+)?held\s+(?:in|by)\s+(?:Russia|Ukraine|the Russian side|the Ukrainian side|Russian|Ukrainian)\b/i;

/** Troops held somewhere rather than as prisoners, after the figure: "… troops in reserve near the border". */
const KEPT_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b${KEPT_AT}\b`, "i");

/** A side holding people: "it was holding more than", "Ukraine holds". */
const HOLDING_BEFORE = /\b(?:is|was|are|were|been|now|still)\s+holding\s+(?:about\s+|some\s+|more than\s+|over\s+|at least\s+|nearly\s+|almost\s+)?$/i;

/** A figure that is the whole a part before it is counted from: "12 of the 40 …", "4,400 of Russia's 13,600 …". */
const WHOLE_OF_PART = new RegExp(String.raw`\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+of\s+${WHOLE_OWNER}\s+(?:about\s+|some\s+|roughly\s+|around\s+)?$`, "i");

/** Back from the front with wounds: "had come home wounded", "returned injured". */
const HOME_WOUNDED = /^[^;]{0,40}?\b(?:come|came|coming|returned|returning|sent)\s+(?:home|back)?\s*(?:badly\s+|seriously\s+)?(?:wounded|injured|maimed|disabled)\b/i;

/** "75 people had come home, 71 servicemen and four civilians": a whole of people of every kind, then its kinds. */
const GENERIC_WHOLE = /^\s+(?:people|persons|Ukrainians|Russians|prisoners|POWs|captives)\b/i;
const KIND_OF_PEOPLE = /^\s+(?:[\w-]+\s+)?(?:servicem[ae]n|soldiers|civilians|military|troops|fighters|officers|women|children)\b/i;
// ("… since February 2022, 109 of them in 2024": before "of them", the comma may close a long clause.)
const FAR_PART_AFTER_COMMA = partAfterComma(100);
const OF_THEM_HEAD = /^\s*of (?:them|those|whom)\b/i;
/** "270 of them military personnel and 120 civilians": the next part of the same whole. */
const NEXT_PART_GAP = /^\s*of (?:them|those|whom)\s+[^.;,\d]{0,40}?\band\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i;
/** Prisoners home again: "95 of our people are home". */
// ("Altogether Russia received 1,000 of its citizens, 880 of them servicemen" after a swap: its people back.)
const RECEIVED_PEOPLE = /\breceived\s+(?:about\s+|some\s+|more than\s+|over\s+)?[\d,]+\s+(?:of\s+(?:its|their)\s+(?:own\s+)?)?(?:citizens|servicem[ae]n|soldiers|people|nationals|fighters|prisoners)\b/i;
const HOME_AGAIN = /\b(?:(?:are|is|were|was) (?:back )?home|back home|home again)\b/i;
/** Verbs of a running tally: "lists", "counts", "has documented". */
/** A word that takes places: without one, "captured" in a sentence is of people. */
const PLACE_TAKEN_WORD = /\b(?:captur\w*|seiz\w*|took|taken|tak(?:e|es|ing)\b|liberat\w*|occup\w*|control\w*|retook|retaken|recaptur\w*|overr[au]n|fell|fallen)/i;
/** Words of people held, never of places taken. */
const PEOPLE_HELD = /^(?:detained|custody|captivity|captive|held captive|prisoners?|POWs?|surrendered|surrender|swap(?:ped)?|exchanged)$/i;
// ("Kyiv's General Staff claims far more: 10,160 Russian tanks": a count set against the one before.)
const TALLY_VERB = /\b(?:lists|listed|counts|counted|records|recorded|documents|documented|has confirmed|tallies|tallied|puts the figure at|claims?\s+(?:far\s+|many\s+|much\s+)?more\s*:)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i;
/** A list or count of losses and the verb that gives what it holds: "the list stood at", "my list has", "the count is". */
const LOSS_LIST_HOLDS = new RegExp(String.raw`\b${LIST_NOUN}\b(?:\s+(?:on|as of|at)\s+[^,;:]{1,20}?)?\s+(?:now\s+|still\s+)?(?:stood at|stands at|is at|was at|has|had|holds|held|counts|counted|lists|listed|records|recorded|shows|showed|is|was|reached|reaches|rose to|gives|gave)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least|just over|just under)?\s*$`, "i");
const WHEREABOUTS_OF = /\bwhereabouts of\s+(?:about\s+|some\s+|at least\s+|another\s+)?$/i;
const CLAIMS_MORE = /\bclaims?\s+(?:far\s+|many\s+|much\s+)?more\s*:/i;
const AMONG_DEAD_AFTER = /^[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|killed|fallen|victims)\b/i;
const LIST_INCLUDES = /\b(?:the|its|our|their|this)\s+list\s+(?:also\s+)?(?:includes|included|contains|contained)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i;
const DEAD_INCLUDED = /\b(?:the|those) (?:dead|killed|victims)\s+(?:also\s+)?(?:included|include|includes)\b[^.;:]*$/i;
const RETURNEES_INCLUDED = /\b(?:the|those|[A-Z][\w'’-]*['’]s)\s+(?:returnees|freed|released|repatriated)\s+(?:also\s+)?(?:included|include|includes)\b[^.;:]*$/i;
const THESE_INCLUDED = /^\W*(?:These|Those|They|The losses|That total|The total)\s+(?:also\s+)?(?:included|include|includes)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/;
const THOSE_INCLUDED = /\b(?:these|those|they|which)\s+(?:also\s+)?(?:included|include|includes|comprised)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i;
const DESTROYED_BEFORE = /\b(?:destroyed|disabled|struck|hit|eliminated)\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+)?[\d,]+/i;
const FIGURE_FOR = /\b(?:figure|count|toll|tally|estimate|number)s?\s+(?:for|of)\s+(?:(?:its|their|his|her|[A-Z][\w'’-]*['’]s)\s+)?(?:own\s+)?(dead|killed|fallen|losses|casualties|wounded)\b[^.;]*$/i;
/** "Its tally also included", "Their count includes": a source's tally going on. */
const TALLY_INCLUDED = /\b(?:its|their)\s+(?:running\s+)?(?:tally|count|list|figures)\s+(?:also\s+)?(?:included|includes|include)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i;
const ALL_KILLED_AFTER = /^[^.;]{0,120}?\b(?:(?:all|everyone|everybody)\s+(?:of them|of whom|on board|those on board|the passengers)\s+(?:were\s+|was\s+|had been\s+|have been\s+|had\s+|has\s+)?(?:killed|died|perished)|no one\s+(?:on board\s+)?(?:had\s+|has\s+)?survived)\b/i;
/** What equipment claimed may have been instead of lost: "claimed 30 tanks had been delivered". */
const NEUTRAL_AFTER = /^[^.;]{0,40}?\b(?:delivered|supplied|sent|pledged|received|produced|built|bought|ordered|in service|in stock|moved|withdrawn|pulled (?:out|back)|relocated|evacuated|redeployed)\b/i;
const DAY_RISE_AFTER = /^[^.;]{0,20}?,\s*\+\s*[\d,]+\s+(?:overnight|over the past day|in the past day|in a day|since yesterday|on the day|in 24 hours|over the past 24 hours)\b/i;
// ("216 occupiers were neutralised …, 117 of them irrecoverably": the part lost for good is the dead.)
const FATALLY_PART = /^\s*of (?:them|those|whom)\s+(?:were\s+|was\s+)?(?:fatally|irrecoverably|irretrievably)\b/i;

/** A part of those counted before, named by what they are: " of them former prisoners". */
const PART_OF_THEM = /^\s+of\s+(?:them|those|whom)\s+(?!were\b|was\b|had\b|have\b)[a-z]/i;

type PredicateWord = ReturnType<typeof predicatesIn>[number];

/** What the predicate rules read of a figure and its sentence. */
export interface PredicateInput {
  /** The sentence. */
  s: string;
  n: NumberMention;
  q: ReturnType<typeof qualify>;
  /** The text after the figure up to its clause's end: its noun. */
  head: string;
  /** The text after the figure up to the next figure. */
  afterAll: string;
  /** A figure that opens its line, then a dash and what it counts ("6,590 — Russian soldiers killed …"). */
  leadFigure: boolean;
  dashLead: RegExpExecArray | null;
  cls: NounClass | null;
  nounEnd: number;
  /** The reading of the figure before in the sentence. */
  prev: Reading | null;
  /** The readings of the sentence's figures before this one. */
  readings: readonly Reading[];
  /** "3,000 more", "another 2,000": the same kind as the figure before. */
  more: boolean;
  lossWords: PredicateWord[];
  inList: boolean;
  list: ListContext | null;
  /** Verbs the class rules found on their way. */
  gappedPred: Predicate | null;
  numberOfPred: Predicate | null;
  inheritedPred: Predicate | null;
  placePartPred: Predicate | null;
  memory: ArticleMemory;
  segIndex: number;
  /** The segment before. */
  lastSegment: string;
}

/** The figure's predicate, the nearest predicate words before (pb) and after (pa) it, and ground taken counted before. */
export function predicateOf(f: PredicateInput): { pred: Predicate | null; pb: PredicateWord | undefined; pa: PredicateWord | undefined; takingBefore: ArticleMemory["taking"] } {
  const { s, n, q, head, afterAll, leadFigure, dashLead, cls, nounEnd, prev, readings, more, lossWords, inList, list, gappedPred, numberOfPred, inheritedPred, placePartPred, memory, segIndex } = f;
  // What happened to them: the nearest predicate word within the clause.
  const beforeText = s.slice(prev ? prev.n.end : 0, q.start);
  const beforeClause = lastClause(beforeText.replace(/:\s*$/, " "));
  const beforeOffset = q.start - beforeClause.length;
  // "three people, including a child, were wounded": the verb comes after the aside.
  // ("86 of its servicemen, including 15 women, returned home": the aside may hold a figure of its own.)
  const aside = ASIDE_AFTER.exec(afterAll) ?? ASIDE_WITH_FIGURE.exec(s.slice(n.end));
  // ("6,590 — Russian soldiers killed …": after a leading figure's dash, the clause is what follows the dash.)
  // ("600,000 soldiers fighting in Ukraine and that it is able to replace its losses": a second reported clause
  // has its own verbs.)
  // ("412 men from the region killed in Ukraine, 57 of them former prisoners who fought for Wagner": a part's relative
  // clause says who they were, not what happened to them.)
  const clause = (aside ? aside[0] : leadFigure ? dashLead![0] + cutAtClause(afterAll.slice(dashLead![0].length)) : cutAtClause(afterAll)).split(/\s+(?:and|but)\s+that\s+/)[0]!;
  const afterClause = PART_OF_THEM.test(head) ? clause.split(/\s+(?:who|whom|that|which)\s+/)[0]! : clause;
  // Only predicates that can apply to what is counted; places ("in Kursk") say deployment only after the figure.
  const fits = (p: { pred: Predicate }) => cls === null || COMPATIBLE[cls].includes(p.pred);
  const predsBefore = lossWords.filter((p) => p.index >= beforeOffset && p.end <= q.start && fits(p) && !/^(?:in|to|on|at|were|are|is|was|now|still|already)\b(?! return\b| exchange\b| killed\b)/i.test(p.word));
  // ("22 seriously wounded Ukrainian soldiers came home": "wounded" before the people counted describes them, and
  // "206 prisoners of war who died" are prisoners by their noun; the verb after them says what happened, when there is one.)
  // ("264 servicemen, 53 of them seriously wounded, were taken into custody": the aside's own words tell of its part,
  // not of the whole.)
  const asideFrom = aside ? n.end + aside[0].indexOf(",") : -1;
  const asideTo = aside ? n.end + aside[0].indexOf(",", aside[0].indexOf(",") + 1) : -1;
  const predsAfterAll = lossWords.filter((p) => p.index >= n.end && p.end <= n.end + afterClause.length && fits(p) && !(asideTo > asideFrom && p.index > asideFrom && p.end <= asideTo));
  // ("at least 20 of its fighters captured at Azovstal have died in Russian custody": a participle right after the
  // people describes them when a verb of death follows.)
  const laterDeath = predsAfterAll.some((p) => p.pred === "killed" && p.index > nounEnd);
  // ("nine captured Ukrainian soldiers being shot by Russian troops": so does "captured" before their noun.)
  const describing = (p: PredicateWord) => p.end <= nounEnd && ((p.pred === "wounded" && cls === "personnel") || (p.pred === "captured" && (cls === "captured" || (cls === "personnel" && laterDeath))));
  const participle = (p: PredicateWord) => laterDeath && p.pred === "captured" && p.index >= nounEnd && /^\s*$/.test(s.slice(nounEnd, p.index)) && /^captured$/i.test(p.word);
  const predsAfter = predsAfterAll.some((p) => p.index >= nounEnd && PEOPLE_FATES.includes(p.pred)) ? predsAfterAll.filter((p) => !describing(p) && !participle(p)) : predsAfterAll;
  let pred: Predicate | null = null;
  // ("12 residents were still listed as missing and … identification of the bodies": civilians missing are no toll,
  // whatever follows.)
  const missingFirst = cls === "civilians" && lossWords.find((p) => p.index >= n.end && p.end <= n.end + afterClause.length)?.pred === "missing";
  const pb = predsBefore[predsBefore.length - 1];
  // "100 soldiers sent to fight for Russia have been killed": the outcome is the main verb, deployment a modifier.
  const pa = predsAfter[0]?.pred === "deployed" ? (predsAfter.find((p) => p.pred !== "deployed" && p.pred !== "taken") ?? predsAfter[0]) : predsAfter[0];
  // Distances in words that matter: auxiliaries after the figure ("635 were injured") cost nothing,
  // and a verb before it behind "and"/"or" belongs to the figure before ("were killed and 635 …").
  const afterGap = pa ? s.slice(n.end, pa.index).replace(/\b(?:were|was|are|is|have|has|had|been|be|now|already|reportedly|more|others?|also|later|since|then|thought|believed|feared|estimated|said|to|being)\b/gi, "").replace(/[^\w]+/g, "").length : 0;
  const beforeGap = pb ? s.slice(pb.end, q.start) : "";
  // ("claims a larger toll again: 272,960 Russian personnel lost": a word before a colon heads what follows; the verb
  // after the figure is its own.)
  // ("One prisoner said 12 of the 40 … were killed": nor is a word before a verb of saying, which opens the clause.)
  const beforeCost = pb ? (/\b(?:and|or|said|says|told|claimed|claims)\b|:/i.test(beforeGap) ? 1000 : 0) + beforeGap.replace(/[^\w]+/g, "").length : 0;
  if (pb && pa) pred = beforeCost <= afterGap ? pb.pred : pa.pred;
  else pred = pb?.pred ?? pa?.pred ?? null;
  // ("the summary execution of up to 25 Russian prisoners of war by Ukrainian forces, and of 15 Ukrainian prisoners of
  // war by Russian forces": a second "of" after "and" goes on with the noun of the first, and so with its fate, when
  // nothing but its own noun ("prisoners") says one.)
  if ((!pred || (cls === "captured" && pred === "captured")) && prev?.pred && AND_OF_BEFORE.test(s.slice(prev.n.end, q.start)) && OF_BEFORE.test(s.slice(Math.max(0, prev.n.start - 40), prev.n.start)) && (cls === null || COMPATIBLE[cls].includes(prev.pred))) pred = prev.pred;
  // "lost about 350,000 soldiers killed": a participle right after the people says more than the loss before them.
  if (pb && pa && (pb.pred === "casualties" || pb.pred === "lost") && ["killed", "wounded", "captured", "missing"].includes(pa.pred) && cls === "personnel" && /^\s*$/.test(s.slice(nounEnd, pa.index))) pred = pa.pred;
  // "eliminated 146 Russian servicemen and wounded another 212": beside a count of the wounded, those eliminated
  // are the dead.
  // ("61 occupiers were eliminated and 38 wounded": in the passive too, the wounded counted after.)
  if (pred === "casualties" && /^(?:eliminated|liquidated|neutrali[sz]ed)$/i.test((pb?.pred === pred ? pb.word : pa?.pred === pred ? pa.word : "")) && /\b(?:wounded|injured)\s+(?:another\s+|a further\s+)?[\d,]+|^[^.;\d]{0,60}?\b(?:eliminated|liquidated|neutrali[sz]ed)\s+and\s+(?:about\s+|some\s+|up to\s+)?[\d,]+\s+(?:were\s+|more\s+)?(?:wounded|injured)\b/i.test(s.slice(n.end))) pred = "killed";
  // "65 captured Ukrainian servicemen were among the dead", "The dead also included three servicemen escorting the
  // prisoners": people named among the dead are dead, whatever else the sentence calls them.
  if ((cls === "personnel" || cls === "captured") && (AMONG_DEAD_AFTER.test(afterClause) || DEAD_INCLUDED.test(lastClause(s.slice(0, q.start))))) pred = "killed";
  // ("the list has grown by more than 3,200 names. … The list also includes more than 16,000 former prisoners": a list
  // of the dead counted just before names its dead.)
  if (!pred && (cls === "personnel" || cls === "captured") && memory.lastMetric === "killed" && memory.counted && memory.counted.segment >= segIndex - 3 && LIST_INCLUDES.test(lastClause(s.slice(0, q.start)))) pred = "killed";
  // ("… put Russian losses at 861,970 troops. These included 1,150 personnel over the past day": a part of the losses
  // just counted.)
  if (!pred && cls === "personnel" && THESE_INCLUDED.test(s.slice(0, q.start)) && (memory.personnelPred === "casualties" || memory.personnelPred === "lost" || memory.personnelPred === "killed")) pred = memory.personnelPred;
  // ("was carrying 65 captured Ukrainian soldiers …, and that all of them were killed": all on board died.)
  // ("all 74 people on board were killed: 65 captured servicemen …, six crew members and three servicemen …": the
  // dead listed after a colon.)
  if ((cls === "personnel" || cls === "captured") && (ALL_KILLED_AFTER.test(s.slice(n.end)) || KILLED_LISTED_BEFORE.test(s.slice(0, q.start)))) pred = "killed";
  // ("The North Korean units, estimated at 11,000 to 12,000 soldiers in total, had been used mainly in assaults": a
  // size given in an aside after its subject takes the verb after the aside.)
  if (!pred && cls === "personnel" && SIZE_ASIDE_BEFORE.test(s.slice(0, q.start))) {
    const close = s.indexOf(",", n.end);
    const verb = close < 0 ? undefined : lossWords.find((p) => p.index > close && p.index < close + 60 && fits(p) && !/[,;]/.test(s.slice(close + 1, p.index)));
    if (verb) pred = verb.pred;
  }
  // ("close to 90 percent of the 360,000 troops Russia had when it invaded": the force a side had.)
  if (!pred && cls === "personnel" && /^\s+(?:that\s+)?(?:Russia|Ukraine|Moscow|Kyiv|the Kremlin)\s+(?:had|has|fielded|committed)\b/.test(s.slice(nounEnd, nounEnd + 30))) pred = "deployed";
  // ("It also claimed 14 tanks that day": a kill claimed with no verb of loss, the day after a daily tally.)
  if (!pred && cls === "equipment" && /\bclaim(?:ed|s|ing)\s+(?:about|some|around|more than|over|at least|up to|another|a further)?\s*$/i.test(s.slice(Math.max(0, q.start - 30), q.start)) && !NEUTRAL_AFTER.test(s.slice(n.end, n.end + 60))) pred = "destroyed";
  // ("The returnees included 224 Ukrainian servicemen": those the returnees included came home.)
  if (!pred && (cls === "personnel" || cls === "captured") && RETURNEES_INCLUDED.test(lastClause(s.slice(0, q.start)))) pred = "returned";
  // ("The General Staff figure was 294,140 Russian personnel in total, +1,380 overnight": a total with its day's rise
  // is a running count of losses.)
  if (!pred && cls === "personnel" && DAY_RISE_AFTER.test(s.slice(nounEnd))) pred = "casualties";
  if (!pred && gappedPred) pred = gappedPred;
  // "185 Ukrainian servicemen and 20 civilians returned home": a verb after a pair of figures is both figures'.
  if (!pred && cls && /^[^,;.:]{0,60}\band\s*$/.test(afterAll)) {
    const clauseEnd = n.end + cutAtClause(s.slice(n.end).replace(/^[^,;.:]{0,60}?\band\s+[\d,]+/, (m) => " ".repeat(m.length))).length;
    pred = lossWords.find((p) => p.index >= n.end + afterAll.length && p.end <= clauseEnd && fits(p))?.pred ?? null;
  }
  // "swapped 390 people each, among them 270 soldiers", "released 390 people, 270 of them military personnel and
  // 120 civilians": a part named after the figure before, or the next part after it, takes the verb of that figure's
  // clause.
  const whole = !pred ? wholeOfPart(s, q.start, head, prev, readings) : null;
  if (whole) {
    const from = whole.n.start - lastClause(s.slice(0, whole.n.start)).length;
    // ("38 injured, of whom 27 were taken to hospital": a part of the same people shares the whole's fate.)
    // ("75 people had come home, 71 servicemen and …": or the verb after the whole, in its own clause.)
    pred = whole.cls === cls && whole.pred ? whole.pred : lossWords.filter((p) => p.index >= from && p.end <= whole.n.start && fits(p)).at(-1)?.pred ?? lossWords.find((p) => p.index >= whole.nounEnd && p.end <= q.start && fits(p))?.pred ?? null;
  }
  // "…, including 2,366 children, injured.": the part of an aside takes the verb that closes it.
  if (!pred && (cls === "civilians" || cls === "personnel") && /\bincluding\s+(?:about|some|around|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(0, q.start))) {
    const closing = /^\s*,\s*(killed|dead|injured|wounded|hurt)\s*(?:[.;,]|$)/i.exec(s.slice(nounEnd));
    if (closing) pred = /^(?:killed|dead)$/i.test(closing[1]!) ? "killed" : "wounded";
  }

  if (!pred && prev && prev.pred && cls === prev.cls && prev.cls !== null && /\bincluding\b/i.test(s.slice(prev.n.end, n.start))) pred = prev.pred;
  // ("had lost up to 1,950 servicemen …, including more than 400 in the Kursk region": a part's place says where, not
  // that they were sent there.)
  if (pred === "deployed" && prev?.pred && prev.pred !== "deployed" && cls === prev.cls && /\bincluding\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost|up to)?\s*$/i.test(s.slice(prev.n.end, q.start))) pred = prev.pred;
  // "5,900 dead, including 10 generals": people of a toll's part share the toll's fate.
  if (!pred && cls === "personnel" && prev && prev.cls && ["killed", "wounded", "casualties", "captured", "missing"].includes(prev.cls) && /\bincluding\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(prev.n.end, n.start))) pred = prev.cls as Predicate;
  // Territory, settlements and buildings take a verb anywhere in the sentence.
  if (!pred && (cls === "territory" || cls === "settlements" || cls === "buildings" || cls === "equipment" || cls === "civilians")) {
    const want: Predicate[] = cls === "buildings" ? ["damaged", "destroyed"] : cls === "civilians" ? ["killed", "wounded"] : cls === "equipment" ? ["destroyed", "casualties", "captured", "damaged"] : ["taken", "captured", "casualties"];
    pred = lossWords.find((p) => want.includes(p.pred))?.pred ?? null;
  }
  // ("Ukrainian forces had freed more than 8,000 square kilometres": "freed" ground is taken, though freed people return.)
  if (!pred && (cls === "territory" || cls === "settlements") && /\b(?:freed|liberated|recaptured|retook|regained|retaken|reclaimed)\b/i.test(lastClause(s.slice(0, q.start)))) pred = "taken";
  // ("the Ukrainian flag had returned to 41 settlements": places a side's flag flies over again are taken.)
  if ((!pred || pred === "returned") && (cls === "territory" || cls === "settlements") && /\bflags?\b[^.;]{0,30}\b(?:returned|raised|hoisted|flies|flying|flew|back)\b[^.;]{0,20}$/i.test(lastClause(s.slice(0, q.start)))) pred = "taken";
  // ("more than 1,300 people were detained in 38 cities": places where people were held are not taken.)
  if ((cls === "territory" || cls === "settlements") && pred === "captured" && (PEOPLE_HELD.test((pb?.pred === pred ? pb.word : pa?.pred === pred ? pa.word : "").trim()) || !PLACE_TAKEN_WORD.test(s))) pred = null;
  // Ground is lost, never "neutralised" or "eliminated": "surveyed 18 hectares and neutralised 37 explosive objects".
  if ((cls === "territory" || cls === "settlements") && pred === "casualties" && !lossWords.some((p) => p.pred === "casualties" && /^los/i.test(p.word))) pred = null;
  if (cls === "buildings" && pred !== "damaged" && lossWords.some((p) => p.pred === "damaged" || p.word.toLowerCase() === "destroyed")) pred = "damaged";
  if ((cls === "territory" || cls === "settlements") && pred !== "taken" && lossWords.some((p) => p.pred === "taken")) pred = "taken";
  // "received", "returned" mean a prisoner came home only where the sentence speaks of captivity or a swap
  // ("returned to the front", "received 5,000 recruits" do not).
  // ("“95 of our people are home,” the president wrote" after the swap: the article has been counting prisoners.)
  // ("Of these, 96 have returned to India and been discharged": recruits home from their service are no prisoners.)
  if (pred === "returned" && DISCHARGED.test(cutAtClause(s.slice(n.end)))) pred = null;
  // ("1,120 of them had come home wounded": soldiers back from the front with wounds are the wounded.)
  if (pred === "returned" && (cls === "personnel" || cls === null) && HOME_WOUNDED.test(cutAtClause(s.slice(n.end)))) pred = "wounded";
  if (pred === "returned" && !(inList && list!.pred === "returned") && !/\b(?:exchange|swap|captiv|prisoner|POW|freed|releas|repatriat|came home|come home|coming home|handed over|handed back|sent back|got back|brought home|brought back|returned from|returned home|being held|held captive|in return\b|in exchange\b|captured)/i.test(s) && !(memory.lastMetric === "captured" && (HOME_AGAIN.test(s) || RECEIVED_PEOPLE.test(s)))) {
    // ("1,312 wounded servicemen have returned to Buryatia for treatment": no prisoners; the wounded, by their adjective.)
    pred = predsAfterAll.some((p) => p.pred === "wounded" && describing(p)) ? "wounded" : null;
    // ("more than 8,000 Ukrainian soldiers are still held in Russia": soldiers a side holds are its prisoners.)
    if (cls === "personnel" && STILL_HELD.test(afterClause)) pred = "captured";
  }
  // "Oryx counts 3,200 Russian tanks destroyed. For Ukraine, the same project lists about 880 tanks": a tally of the
  // same equipment right after a count of its losses counts losses too.
  // ("The General Staff puts Russian losses at 120,160 personnel. It also lists 3,130 tanks": so does a tally of
  // equipment right after a count of people lost.)
  // ("The total … has reached 772,900, according to the update, which also lists 9,580 tanks": or earlier in its own sentence.)
  // ("… 3,700 Russian tanks destroyed … Its count for Ukraine stood at just over 1,100. Kyiv's General Staff claims far
  // more: 10,160 Russian tanks": two sentences on.)
  if (!pred && cls === "equipment" && memory.counted && (memory.counted.segment >= segIndex - 1 || (memory.counted.segment >= segIndex - 2 && CLAIMS_MORE.test(s))) && (memory.counted.cls === "equipment" || (memory.counted.cls === "personnel" && (memory.personnelPred === "casualties" || memory.personnelPred === "killed" || memory.personnelPred === "lost"))) && (TALLY_VERB.test(lastClause(s.slice(0, q.start))) || TALLY_INCLUDED.test(lastClause(s.slice(0, q.start))))) pred = "lost";
  // ("On Thursday the list stood at 347 Russian aircraft and 325 helicopters", "My list has 98 Ukrainian aircraft", "At
  // sea the count is 29 ships and boats": the equipment a list or count of losses holds is lost.)
  if (!pred && cls === "equipment" && LOSS_LIST_HOLDS.test(lastClause(s.slice(0, q.start)))) pred = "lost";
  // ("10,185 — Russian tanks on the same list": a figure-first line's things on a list of losses.)
  if (!pred && cls === "equipment" && leadFigure && /\b(?:on|in)\s+(?:the\s+same|that|this|the)\s+(?:list|tally|count|ledger)\b/i.test(afterAll)) pred = "lost";
  // ("Its forces had destroyed 1,612 military sites. Konashenkov said those included 39 radar stations, …": the kinds of
  // what was destroyed just before.)
  if (!pred && cls === "equipment" && THOSE_INCLUDED.test(lastClause(s.slice(0, q.start))) && DESTROYED_BEFORE.test(f.lastSegment)) pred = "destroyed";
  // ("The regional government counted damage to more than 100 apartment buildings": the damage named before them.)
  if (!pred && cls === "buildings" && /\bdamage\s+(?:to|in)\s+(?:about|some|around|roughly|more than|over|nearly|almost|at least)?\s*$/i.test(s.slice(Math.max(0, q.start - 30), q.start))) pred = "damaged";
  if (!pred && numberOfPred) pred = numberOfPred;
  // ("some 50,000 prisoners had fought for Wagner": the noun's "prisoners" says what they were, the class rules what
  // they are now.)
  if (pred === "captured" && cls === "personnel" && numberOfPred === "deployed") pred = "deployed";
  // ("the first prisoners from a force that Kyiv and Seoul put at about 11,000 troops": so is a force put at a figure.)
  if (cls === "personnel" && /\b(?:force|contingent|deployment|grouping)\s+(?:that|which)\s+[^.;]{0,40}?\b(?:put|puts|estimated|estimates|estimate|placed|places)\s+at\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/i.test(s.slice(Math.max(0, q.start - 90), q.start))) pred = "deployed";
  // ("The first group of about 1,500 North Korean special forces left by ship": a body of troops is a deployment;
  // "Russia's invasion force of roughly 190,000 has taken losses": the size of a force, whatever befell it after.)
  if (cls === "personnel" && (!pred || numberOfPred === "deployed") && BODY_OF_TROOPS.test(s.slice(Math.max(0, q.start - 40), q.start))) pred = "deployed";
  // "4,700 killed or wounded, about 600 of them fatally": the adverb says what the part suffered.
  if (cls === "personnel" && FATALLY_PART.test(head)) pred = "killed";
  // ("81,000 dead, including … some 16,000 recruited from prisons": a part of a toll was recruited or sent before it
  // died; how it came to the war is no fate of its own.)
  // ("Of the named dead, 690 came from the Krasnodar region": nor where it came from.)
  const wholeFate = inheritedPred ?? (numberOfPred === "killed" || numberOfPred === "wounded" || numberOfPred === "casualties" ? numberOfPred : null);
  if (pred === "deployed" && wholeFate && wholeFate !== "deployed") pred = wholeFate;
  else if (pred === "deployed" && prev?.pred && prev.pred !== "deployed" && prev.cls === cls && /\band\s+$/i.test(s.slice(prev.n.end, q.start)) && /^\s+(?:\w+\s+)?(?:recruited|mobili[sz]ed|drafted|conscripted|sent|enlisted)\b/i.test(s.slice(n.end, n.end + 30))) pred = prev.pred;
  if (!pred && inheritedPred) pred = inheritedPred;
  if (placePartPred) pred = placePartPred;
  if (!pred && inList && list!.pred) pred = list!.pred;
  if (!pred && prev && prev.pred && cls === prev.cls) pred = prev.pred;
  // ("had lost more than 30,600 servicemen and 197 tanks …, and up to 270 servicemen over the past 24 hours": the
  // verb of the last figure of the same kind, with no verb since.)
  if (!pred && cls !== null && prev && prev.cls !== cls) {
    const same = readings.findLast((r) => r.cls === cls && r.pred);
    // (A place, "in the Kursk region", is no verb.)
    if (same && !lossWords.some((p) => p.index >= same.n.end && p.end <= q.start && !/^(?:in|to|on|at|near)\b/i.test(p.word))) pred = same.pred;
  }
  if (cls === "personnel" && !pred && inList) pred = "casualties";
  // "injuring 24 others", "four more were injured", "wounded another 874" say what happened; "3,000 more in January"
  // repeats it. ("12 other Nepali recruits had been wounded": its noun before a verb with its auxiliary costs nothing.)
  const ownPred = (pb && /^\s*(?:another|a further|an additional)?\s*$/i.test(s.slice(pb.end, q.start))) || (pa && (pa.index - n.end <= 24 || (afterGap <= 24 && /\b(?:had|have|has|were|was|are|is)\s+(?:been\s+)?$/i.test(s.slice(0, pa.index)))));
  if (more && prev && prev.pred && !ownPred) pred = prev.pred;
  // ("Kyiv's only figure for its own dead remains Zelensky's estimate of 12 March, about 1,300 soldiers": the toll a
  // figure is named for.)
  const figureFor = cls === "personnel" && !pred ? FIGURE_FOR.exec(s.slice(0, q.start)) : null;
  if (figureFor) pred = /^(?:dead|killed|fallen)$/i.test(figureFor[1]!) ? "killed" : /^wounded$/i.test(figureFor[1]!) ? "wounded" : "casualties";
  if (cls === "personnel" && !pred) pred = [...lossWords].reverse().find((p) => p.end <= q.start && p.pred === "deployed" && !/^(?:in|to|on|at|were|are|is|was|now|still|already)\b/i.test(p.word))?.pred ?? null;
  // "The total combat losses of the Russian army …, reached about 811,250 personnel": the loss noun sits clauses back.
  if (cls === "personnel" && !pred && lossWords.some((p) => p.end <= q.start && p.pred === "casualties" && /loss|casualt/i.test(p.word))) pred = "casualties";
  // "That compared with 379 square kilometres in April": ground counted as in the sentence before.
  // ("in the two towns": a definite count names places already spoken of, not ground taken.)
  const takingBefore = (cls === "territory" || cls === "settlements") && !pred && memory.taking && memory.taking.segment >= segIndex - 3 && !/\b(?:the|these|those|both)\s+$/i.test(s.slice(0, q.start)) ? memory.taking : null;
  if (takingBefore) pred = takingBefore.pred;
  // ("while the whereabouts of 14 Ghanaian recruits are unknown": people no one can find are missing.)
  if (cls === "personnel" && WHEREABOUTS_OF.test(s.slice(Math.max(0, q.start - 30), q.start))) pred = "missing";
  // ("Buryatia has lost 1,094 men whose names we know", "Chernihiv region has lost 2,846 of its residents serving in the
  // armed forces": a region or town that lost its men lost them dead; it has no casualties of its own.)
  if (pred === "casualties" && cls === "personnel" && countryOfPlaceThatLost(s.slice(0, q.start)) !== null) pred = "killed";
  // ("in the region were killed 12 civilians and 121 persons were wounded": translated copy puts a passive verb right
  // before its figure; that verb is the figure's, whatever the clause goes on to.)
  if (pb && (/^(?:were|was)\s/i.test(pb.word) || /\b(?:were|was|have been|has been)\s+$/i.test(s.slice(Math.max(0, pb.index - 14), pb.index))) && /^\s*(?:about|some|around|nearly|almost|more than|over|at least|up to)?\s*$/i.test(s.slice(pb.end, q.start))) pred = pb.pred;
  // ("It said last month that it was holding more than 1,300 Russian servicemen recruited from penal colonies": soldiers a
  // side is holding are its prisoners, not a force it keeps in reserve.)
  if (cls === "personnel" && HOLDING_BEFORE.test(lastClause(s.slice(0, q.start))) && !KEPT_AFTER.test(s.slice(n.end))) pred = "captured";
  // ("12 of the 40 Russian soldiers in his assault group were killed": the whole a part is counted from takes none of
  // the part's verbs; only what it was sent to do.)
  if (pred && WHOLE_OF_PART.test(s.slice(0, q.start))) pred = predsAfterAll.some((p) => p.pred === "deployed") ? "deployed" : null;
  // ("Of the 14 Polish Leopards, at least eight have been lost": a whole the sentence opens on takes a verb only from
  // its own words, "Of the 121 civilians injured, …", not from the part's clause after the comma.)
  if (pred && OPENING_WHOLE.test(s.slice(0, q.start))) {
    const comma = s.indexOf(", ", n.end);
    if (comma >= 0 && !predsAfterAll.some((p) => p.index < comma)) pred = null;
  }
  // ("The Children of War portal lists more than 2,300 children as missing, but being missing is not the same as being
  // dead": civilians listed as missing are no toll, whatever verb the sentence goes on to.)
  if (cls === "civilians" && CIVILIANS_MISSING.test(s.slice(nounEnd, nounEnd + 30))) pred = null;
  if (missingFirst) pred = null;
  return { pred, pb, pa, takingBefore };
}
const CIVILIANS_MISSING = /^\s+(?:as|are|were|is|was|remain|remained|went|have gone|had gone|are still|were still|listed as|reported)\s+(?:still\s+)?missing\b/i;

/** The figure a part counts a share of: the one before it ("390 people, among them 270 soldiers", "390 people, 270 of
 * them soldiers") or, for the next part ("… and 120 civilians"), the one before that part. */
function wholeOfPart(s: string, at: number, head: string, prev: Reading | null, readings: readonly Reading[]): Reading | null {
  if (!prev) return null;
  const gap = s.slice(prev.n.end, at);
  // ("124 Ukrainian prisoners of war have been killed since February 2022, 109 of them in 2024": "of them" may come a
  // long clause after its whole.)
  if (PART_OF_FIGURE_BEFORE.test(gap) || (OF_THEM_HEAD.test(head) && FAR_PART_AFTER_COMMA.test(gap)) || (PART_AFTER_COMMA.test(gap) && GENERIC_WHOLE.test(s.slice(prev.n.end)) && KIND_OF_PEOPLE.test(head))) return prev;
  const before = readings[readings.length - 2];
  if (before && NEXT_PART_GAP.test(gap) && PART_AFTER_COMMA.test(s.slice(before.n.end, prev.n.start))) return before;
  return null;
}
