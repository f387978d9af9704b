import type { Claim, Item, Metric } from "../../schemas/claim.js";
import { chooseAttribution, findAttributions, headingSource, type Attribution } from "./attribution.js";
import { ParagraphCarry } from "./carry.js";
import { ArticleNames, resolveSource } from "./sources.js";
import { asOfFor, asOfInRegion, findDates, publicationAsOf, type DateMention } from "./dates.js";
import { itemOf, specificItemOf } from "./items.js";
import { COMPATIBLE, nounClassOf, personnelMetric, predicatesIn, type NounClass, type Predicate } from "./metrics.js";
import { FIRST_PERSON, findInterview } from "./interview.js";
import { isNotClaim } from "./notclaims.js";
import { findRepostedStatement } from "./reposted.js";
import { findNumbers, type NumberMention } from "./numbers.js";
import { countryOfOutlet, countryOfPlace, countryOfSource, dominantPlace, findParties, homeSideOf, opponentOf } from "./parties.js";
import { qualify } from "./qualifiers.js";
import { segmentText } from "./segments.js";
import { AMONG_THE_DEAD, ENEMY, FORCE, FORCE_NUMBERED, LOSS_PREDS, NEUTRAL_USE, PART_OF_TOLL, PEOPLE_CLASSES, civilianCountry, countBars, cutAtClause, lastClause, peopleIn, type ArticleMemory, type ListContext, type Reading } from "./common.js";
import { isSectionLine, listOfHeader, sectionList } from "./tables.js";
import { partyOf } from "./party.js";
import { predicateOf } from "./predicate.js";
import { classOf } from "./klass.js";
import { claimFigure, round, type ClaimTrail } from "./claim.js";

/** What the extractor knows about the article besides its text. */
export interface ClaimContext {
  /** ISO date of publication ("2025-01-20"); relative dates resolve against it. */
  publishedAt: string | null;
  /** The outlet's name or host: its country is whom "our forces" means. */
  outlet?: string | null;
}

const FURNITURE = /^\s*(?:read (?:also|more)|see also|related(?: stories| articles)?|more on this|recommended|watch|listen|advertisement|subscribe|sign up|follow us|share this)\b\s*[:|—–-]/i;
const OTHER_WARS = /\bSoviet (?:Union|troops|army|forces)\b[^.]{0,80}\bAfghanistan\b|\b(?:World War (?:I|II|One|Two|1|2)|(?:First|Second) World War|WWI|WWII|WW1|WW2|Great Patriotic War|Soviet[- ]Afghan|Afghan war|war in Afghanistan|Korean War|Vietnam War|Cold War|Chechen wars?|Winter War|Napoleonic)\b/i;
// Every name OTHER_WARS knows holds one of these: most sentences hold none, and the long pattern is not tried.
const MAY_NAME_OTHER_WAR = /war|ww|afghan|napoleonic/i;
// A digit or a number word: a sentence without one has no figure to date.
const FIGURE_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million)\b/i;
const HEADER_END = /:\s*$/;
// A loss list, tally or count that goes on: "the group's list also includes", "its tally counts".
const TALLY_INCLUDES = /\b(?:list|tally|count|database|record|figures|losses|total)\b[^.;]{0,60}?\b(?:includes?|included|lists?|listed|counts?|counted|records?|recorded|contains?)\b/i;
// Capitalised words and the links of a title: "Ambassador Lee", "Minister of Defence Umerov".
const NAME_LIKE = /^[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|the|and|for))*$/;
/** A loss tracker that lists, counts or documents: its figures are losses ("Oryx, by contrast, lists 148 Russian aircraft"). */
const LOSS_TRACKER_COUNTS = /\b(?:Oryx|WarSpotting|Warspotting|LostArmour|Lost Armour|UALosses|Mediazona)\b[^.;]{0,40}?\b(?:lists|listed|counts|counted|records|recorded|documents|documented|has logged|logged|tallies|tallied|confirms|confirmed|shows|showed|gives|gave)\b/;
/** A sentence's subject before its verb: "Mediazona and the Russian outlet Meduza turned to …". */
const SOURCE_SUBJECT = /^([A-Z][^,;:.!?"“”]{1,80}?)\s+(?:have|has|had|were|was|is|are|turned|compiled|published|released|began|started|found|used|built|counted|analy[sz]ed|reviewed|matched|identified|keeps?|kept|maintains?|tracks?|tracked|publishes)\b/;
const WEAPON_AS_ATTACK = /\b(?:drone|missile|rocket|artillery|bomb|glide[- ]bomb|air|mortar)\s+(?:attacks?|strikes?|raids?|barrages?|fire|shelling)\b/i;
// "This was reported by the General Staff": a source named after the figures it gave, in the next paragraph.
const BACK_REFERENCE = /^\W*(?:this|that|these figures|the figures|the data|this information)\s+(?:was|were|is|are|has been|have been)\s+(?:reported|stated|announced|said|published|posted|confirmed|released|shared|given)\s+by\b|^\W*this is according to\b/i;
// "destroyed a Leopard tank and two …", "… and an EW station": an "a" item beside the one figure of a loss sentence.
const ONE_ITEM_JOINED = /\b(?:destroyed|downed|captured|disabled|lost|and) an? /;
// Bodies of a side's own military: "the General Staff", "the Defence Ministry", "the air force".
const HOME_BODY = /^(?:the\s+)?(?:General Staff|(?:Defen[cs]e\s+)?Ministry(?: of Defen[cs]e)?|MoD|air force|navy|Air Force|Navy|Armed Forces|military|army|command)$/i;
const FURNITURE_HEADING = /^\s*(?:keep reading|more on this(?: story| topic)?|related(?: stories| articles| content| coverage| news)?|read (?:more|next|also)|most (?:read|viewed|popular|shared)|recommended(?: for you)?|you may also like|more (?:from|stories|news)(?: [\w ]{1,20})?|latest (?:news|stories)|top stories|in other news|editor'?s picks|trending(?: now)?)\s*:?\s*$/i;

/** Extra mentions for "a"/"an" in an equipment list ("an UR-77 mine clearance unit"): value 1. */
function articleMentions(s: string, found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of s.matchAll(/(?:^|,\s*|\bincluding\s+|\bamong them\s+|\band\s+|\bas well as\s+|:\s*|\b(?:destroyed|downed|shot down|captured|lost|disabled)\s+)(an?|one)\s+(?=[^,;.]{2,60}?(?:,|;|\.|$|\band\b|\bas well as\b))/gi)) {
    const at = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 2);
    const phrase = cutAtClause(s.slice(at + m[1]!.length)).split(/\band\b|\bas well as\b/)[0] ?? "";
    // "a Russian drone attack on a minibus": the weapon names the attack, not a thing lost.
    if (!specificItemOf(phrase) || WEAPON_AS_ATTACK.test(phrase) || found.some((f) => at >= f.start && at < f.end)) continue;
    out.push({ start: at, end: at + m[1]!.length, value: 1, low: 1, high: 1, kind: "plain", words: true, text: m[1]! });
  }
  return out;
}

/**
 * Finds every reported figure in an article's main text: metric, party, item,
 * value with its qualifier, who said it, and the date it refers to. Pure.
 */
export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  const pub = publicationAsOf(ctx.publishedAt);
  // Where the article's places are, for civilians it counts without naming theirs.
  const docPlace = dominantPlace(text);
  const outletParty = (ctx.outlet ? countryOfOutlet(ctx.outlet) : null) ?? homeSideOf(text);
  const segments = segmentText(text);
  let carry: { attr: Attribution; paragraph: number } | null = null;
  let recent: { attr: Attribution; paragraph: number } | null = null;
  let list: ListContext | null = null;
  let lastKnown: Attribution | null = null;
  // Every source named so far, to resolve "the agency", "Park said", "he" to one named before.
  const history: Attribution[] = [];
  let prevText = "";
  let lastSegment = "";
  // The source a heading named for the section under it.
  let sectionSource: Attribution | null = null;
  // The last equipment losses and military dead read as claims (claim.ts).
  const trail: ClaimTrail = { lastEquipmentLoss: -10, lastEquipmentClaim: null, lastKilled: -10, lastKilledAttr: null };
  let voice: Attribution | null = null;
  let speakerLabelled = false;
  // What the article has been counting so far: owners carry to figures that do not name theirs.
  const memory: ArticleMemory = { personnel: null, personnelPred: null, civilians: null, civiliansSegment: -1, taking: null, lastToll: null, counted: null };
  // A source established across paragraphs goes on into the next paragraph that names none.
  const paragraphCarry = new ParagraphCarry();
  // Names given in full somewhere in the article ("Deputy Pentagon Press Secretary …"), for those given short.
  const names = new ArticleNames(text);
  // A printed interview's answers speak for its subject.
  const interview = findInterview(text, segments, docPlace);
  // A statement the outlet reproduces speaks, in the first person, for its author.
  const reposted = findRepostedStatement(text, docPlace);
  if (reposted) history.push(reposted);
  let segIndex = -1;
  // Inside a list of links to other stories, under its heading.
  let linkList = false;
  // The paragraph of each claim, for a source named after its figures ("This was reported by …").
  const claimParagraph: number[] = [];
  // The claims of the last segment when it was a headline line ("Number of injured climbs to 48"), for the source
  // of the sentence under it that states the same figure.
  let headlineClaims: { from: number; to: number } | null = null;
  // The paragraph before the current one that held a segment.
  let paragraphBefore = -1;
  let currentParagraph = -1;
  for (const seg of segments) {
    segIndex++;
    const s = seg.text;
    paragraphCarry.enter(seg);
    if (seg.paragraph !== currentParagraph) {
      paragraphBefore = currentParagraph;
      currentParagraph = seg.paragraph;
    }
    // "Read also: …" and "Related: …" lines are headlines of other stories.
    if (FURNITURE.test(s)) continue;
    // "Keep reading" / "More on this story" over a list of links: the lines under it are other stories' headlines.
    if (seg.line && s.length < 40 && FURNITURE_HEADING.test(s)) {
      linkList = true;
      continue;
    }
    if (linkList) {
      if (seg.line && s.length < 160 && !/[.!?]["”]?\s*$/.test(s)) continue;
      linkList = false;
    }
    // Figures of other wars ("27 million Soviet dead in the Second World War") are history, not this war's claims.
    if (MAY_NAME_OTHER_WAR.test(s) && OTHER_WARS.test(s)) continue;
    const cands = findAttributions(s);
    const attrHere = chooseAttribution(cands, s, null);
    // "X, the HUR, has given higher figures: in March it said …": a pronoun speaks for a source named before it in its sentence.
    const resolve = (a: Attribution | null): Attribution | null =>
      resolveSource(a, s, history, (a && cands.findLast((c) => c.known && c.end <= a.start)) || lastKnown, docPlace, { names, at: seg.start });
    // A transcript's speaker label ("GEN. RYDER: …", "Q: …") speaks for its paragraph and those after it.
    const label = seg.start === 0 || text[seg.start - 1] === "\n" ? /^([A-Z][A-Za-z.’'\- ]{0,80}?):\s/.exec(s) : null;
    // A label in mixed case speaks only if it is a name ("Ambassador Lee:"), not a list line ("Russian casualties in March: …").
    // ("MLRS: 1,428 (+1)", "APCs: 21": a list line whose label is what it counts, its figure right after, is no speaker.)
    const listLabel = label !== null && (/^\s*[~≈+\d]/.test(s.slice(label[0].length)) || specificItemOf(label[1]!) !== null || nounClassOf(label[1]!) !== null);
    if (label && !listLabel && (label[1] === label[1]!.toUpperCase() || (NAME_LIKE.test(label[1]!) && countryOfSource(label[1]!).found))) {
      const name = titleCase(label[1]!);
      if (/^(?:Q|Question|Reporter|Audience|Host|Moderator|Interviewer)$/i.test(name)) voice = null;
      else {
        const found = countryOfSource(name);
        voice = resolve({ attributedTo: name, sourceParty: found.code, known: found.found, start: 0, end: 0 });
        if (voice?.known) history.push(voice);
      }
      speakerLabelled = true;
    }
    // A heading that is a source's name ("Russia's Defence Ministry") heads a section in that source's voice.
    if (seg.line && isHeadingLine(s)) sectionSource = headingSource(s);
    let attr = resolve(attrHere);
    // "The occupiers lost 1,150 personnel, the General Staff said" on a page in one side's own voice: a fighting
    // body named without a country and found nowhere else is that side's.
    if (attr && !attr.known && (outletParty === "UA" || outletParty === "RU") && HOME_BODY.test(attr.attributedTo)) attr = { ...attr, sourceParty: outletParty, known: true };
    if (!attr && sectionSource && !seg.line) attr = sectionSource;
    if (!attr && speakerLabelled) attr = voice;
    // "In May, our crews destroyed 9 tanks" in the answer to an interview question: the interviewee speaks.
    if (!attr && interview?.answers(seg.paragraph) && FIRST_PERSON.test(s)) attr = interview.subject;
    // ("Our units repelled 146 assaults. … the soldiers of the brigade killed 612 occupiers" in a reproduced release.)
    if (!attr && reposted && (FIRST_PERSON.test(s) || ENEMY.test(s)) && !/["“”]/.test(s)) attr = reposted;
    // A bulletin that names itself in its heading ("Defence Intelligence update") speaks for the whole page.
    // (So does a table's row of column names: the bulletin's own table.)
    if (!attr && carry && (carry.paragraph === seg.paragraph || continues(s) || (list && seg.line) || (seg.line && s.includes(" | ") && !/\d/.test(s)))) attr = carry.attr;
    if (attrHere && attr) paragraphCarry.named(attr);
    else if (!attr) attr = paragraphCarry.carried(s);
    // A table's row of column names ("Category | Total") opens a list as a header ending in a colon does;
    // its caption, the line before, says what the rows count.
    const tableHead = seg.line && s.includes(" | ") && !/\d/.test(s);
    // A list's header ("The numbers in brackets are the losses of the past day:") and its lines belong to the
    // report introduced just before, even across a paragraph in the outlet's voice.
    if (!attr && recent && seg.paragraph - recent.paragraph <= 6 && (/:\s*$/.test(s) || tableHead || (list !== null && seg.line))) attr = recent.attr;
    if (!attr && list?.attr && seg.line) attr = list.attr;
    // "Russia | 58,000+ | killed and wounded | General Staff (Ukraine)[39] | 14 March 2025" under a header with a
    // "Source" column: each row's figure is its source cell's.
    if (list?.sourceColumn != null && seg.line && s.includes(" | ")) attr = cellSource(s.split(" | ")[list.sourceColumn]) ?? attr;
    const figAttrBase = attr;
    const speaker: string | null = attr?.sourceParty ?? outletParty ?? lastKnown?.sourceParty ?? null;
    // chrono is the costliest reader here: only sentences with a figure or a list header need dates, and
    // only once one of their figures becomes a claim or the sentence opens a list, so they are read on demand.
    const mayDate = FIGURE_WORD.test(s) || HEADER_END.test(s);
    let datesRead: DateMention[] | null = null;
    const dates = (): DateMention[] => (datesRead ??= mayDate ? findDates(s, ctx.publishedAt) : []);
    const inList = list !== null && seg.line;
    let nums = findNumbers(s).filter((n) => !isNotClaim(s, n));
    // Most sentences hold no figure: their verbs are read only where a figure or a list line may need them.
    const lossWords = nums.length > 0 || inList ? predicatesIn(s) : [];
    // "The group's list also includes 5,300 vehicles": a loss tally's further entries, right after its losses.
    const tallyGoesOn = trail.lastEquipmentLoss >= segIndex - 2 && nums.length > 0 && TALLY_INCLUDES.test(s);
    // "Oryx lists 148 Russian aircraft": what a loss tracker lists, counts or documents are losses.
    const trackerCounts = nums.length > 0 && LOSS_TRACKER_COUNTS.test(s);
    const lossContext = (inList && list!.loss) || tallyGoesOn || trackerCounts || lossWords.some((p) => LOSS_PREDS.has(p.pred));
    // "an UR-77 mine clearance unit" in a list of losses: "a"/"an" is one, but only inside an enumeration.
    // ("destroyed a Leopard tank and two Bradley vehicles": "a" joined by "and" or a comma to the one figure counts too.)
    if (lossContext && (nums.length >= 2 || inList)) nums = [...nums, ...articleMentions(s, nums)].sort((a, b) => a.start - b.start);
    else if (lossContext && nums.length === 1 && ONE_ITEM_JOINED.test(s)) nums = [...nums, ...articleMentions(s, nums).filter((m) => enumeratedWith(s, m, nums[0]!))].sort((a, b) => a.start - b.start);
    const readings: Reading[] = [];
    const pending: { at: number; end: number; index: number }[] = [];
    for (let i = 0; i < nums.length; i++) {
      const n = nums[i]!;
      // The column of a table whose columns are losses and other things; undefined elsewhere.
      const measureColumn = inList && list!.measures && s.includes(" | ") ? list!.measures[countBars(s, n.start)] ?? null : undefined;
      if (measureColumn === "skip") continue;
      const next = nums[i + 1];
      const prev = readings[readings.length - 1] ?? null;
      const q = qualify(s, n);
      const afterAll = s.slice(n.end, next ? next.start : s.length);
      // "shot down 66 of 103 drones": the part is counted by the noun of the whole after it.
      const partOf = next && /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(s.slice(n.end, next.start));
      // "9,677 (+5) tanks": the day's change in brackets stands between a total and its noun.
      const bracket = /^\s*\(\s*[+\-−]?\s*[\d,.\s]+\)/.exec(s.slice(n.end));
      const afterBracket = bracket ? s.slice(n.end + bracket[0].length, nums[i + 2]?.start ?? s.length) : null;
      // "6,590 — Russian soldiers killed or wounded over the week": a figure that opens its line, then a dash and what it counts.
      const dashLead = /^\s*[–—]\s+/.exec(afterAll);
      const leadFigure = dashLead !== null && /^[\W]*(?:up to|about|around|more than|over|some|nearly|almost|at least|roughly)?\s*$/i.test(s.slice(0, n.start));
      const head = partOf ? cutAtClause(s.slice(next!.end)) : afterBracket !== null ? cutAtClause(afterBracket) : leadFigure ? cutAtClause(afterAll.slice(dashLead![0].length)) : cutAtClause(afterAll);
      // What the figure counts (klass.ts).
      const { inheritedPred, bareArrival, partOfList, columnParty, daily, noun, cls, nounStart, nounEnd, item, fateParty, placePartPred, gap, more, gappedPred, numberOfParty, numberOfPred, handedBackParty, namesParty, defended, used } = classOf({ s, n, i, q, head, afterAll, prev, readings, inList, list, measureColumn, lossWords, line: seg.line, lastSegment, segments, segIndex, lastKilled: trail.lastKilled, memory });
      // What happened to them (predicate.ts).
      const what = predicateOf({ s, n, q, head, afterAll, leadFigure, dashLead, cls, nounEnd, prev, more: Boolean(more), lossWords, inList, list, gappedPred, numberOfPred, inheritedPred, placePartPred, memory, segIndex });
      let pred = what.pred;
      const { pb, pa, takingBefore } = what;
      // Whose people, equipment or ground (party.ts).
      const { party, mod } = partyOf({ s, n, q, head, cls, item, pred, noun, nounStart, nounEnd, prev, more: Boolean(more), daily, gap, pb, pa, lossWords, inList, list, columnParty, measureColumn, fateParty, numberOfParty, defended, namesParty, handedBackParty, bareArrival, takingBefore, tallyGoesOn, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, segments, segIndex, memory, lastEquipmentClaim: trail.lastEquipmentClaim });
      const hostile = pred === "destroyed" || pred === "killed" || pred === "captured" || pred === "wounded" || pred === "casualties";
      // "with a force that the ministry estimated at more than 10,000 troops": the size of a force is a deployment.
      if (cls === "personnel" && !pred && /\b(?:force|contingent|grouping|expeditionary)\b/i.test(s.slice(0, n.start)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken")) pred = "deployed";
      // "Ukraine's armed forces number about 880,000 troops": the size of a force, its people named after the figure.
      if (cls === "personnel" && !pred && s.includes("number") && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), q.start))) pred = "deployed";
      // "Roughly 15,000 North Korean troops over two rotations": a side's troops, with no word of loss, are a presence.
      if (cls === "personnel" && !pred && mod.length && /^(?:troops|soldiers|forces|servicem[ae]n|personnel)\b/i.test(head.slice(nounStart)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken")) pred = "deployed";
      // The figure's claims, if it makes any (claim.ts).
      claimFigure({ s, seg, n, q, afterAll, cls, item, pred, party, nounEnd, daily, used, hostile, partOfList, prev, readings, lossContext, inList, list, attr, cands, resolve, dates, pub, segIndex, memory, trail, claims, pending, claimParagraph });
    }
    if (!attrHere) paragraphCarry.spoke(attr, pending.length > 0);
    if (pending.length && dates().length) {
      // (One figure can make two claims, one per side of a swap: regions run between distinct figures.)
      pending.forEach((p) => {
        const from = pending.findLast((o) => o.at < p.at)?.end ?? 0;
        const to = pending.find((o) => o.at > p.at)?.at ?? s.length;
        claims[p.index]!.asOf = asOfInRegion(s, dates(), p.at, from, to, pending[0]!.at, ctx.publishedAt);
      });
    }
    // "Number of injured climbs to 48 ¶ At least 48 people have been injured, the service said": a headline takes the
    // source of the sentence under it that states its figure.
    if (headlineClaims && pending.length) {
      for (let k = headlineClaims.from; k < headlineClaims.to; k++) {
        const h = claims[k]!;
        if (h.attributedTo !== null) continue;
        const same = pending.map((p) => claims[p.index]!).find((c) => c.attributedTo !== null && c.metric.replace("civilians_", "") === h.metric.replace("civilians_", "") && c.value === h.value);
        if (same) {
          h.attributedTo = same.attributedTo;
          h.sourceParty = same.sourceParty;
        }
      }
    }
    headlineClaims = seg.line && pending.length && s.length < 100 && !/[.!?]\s*$/.test(s) ? { from: pending[0]!.index, to: claims.length } : pending.length || !isHeadingLine(s) ? null : headlineClaims;
    // "…about 891,310 people. This was reported by the General Staff": the figures just before, in this paragraph or
    // the one before, that name no source are the named source's.
    if (attrHere && attr && BACK_REFERENCE.test(s)) {
      for (let k = claims.length - 1; k >= 0 && claimParagraph[k]! >= paragraphBefore; k--) {
        const c = claims[k]!;
        if (c.attributedTo === null) {
          c.attributedTo = attr.attributedTo;
          c.sourceParty = attr.sourceParty;
        }
      }
    }
    // A header line ending in a colon opens a list whose lines inherit its context.
    if (/:\s*$/.test(s) || tableHead) {
      list = listOfHeader({ s, tableHead, cands, prevText, lastSegment, speaker, attr, prevList: list, dates, publishedAt: ctx.publishedAt });
    } else if (seg.line && isSectionLine(s)) {
      list = sectionList(s, attr);
    } else if (!seg.line && readings.every((r) => r.cls === null)) list = null;
    // "Key figures": a heading line ends the list before it; what follows has a context of its own.
    else if (seg.line && list && isHeadingLine(s) && !tableHead && !/^\s*[-•*▪◦·]/.test(s) && readings.length === 0) list = null;
    // An attribution carries on through its paragraph; a new paragraph in the outlet's voice ends it.
    if (attrHere || (attr && attr !== recent?.attr)) recent = { attr: attr!, paragraph: seg.paragraph };
    if (attr) carry = { attr, paragraph: seg.paragraph };
    else if (carry && carry.paragraph !== seg.paragraph && !seg.line && !continues(s)) carry = null;
    if (attr?.known) lastKnown = attr;
    else if (!cands.length) {
      // "Mediazona and the BBC Russian Service have compiled a list … As of July 4, they had confirmed 111,387 names":
      // a source that opens a sentence as its subject is whom the next pronoun means, though it says nothing yet.
      const subject = SOURCE_SUBJECT.exec(s);
      const named = subject ? findParties(subject[1]!).find((p) => p.kind === "source") : undefined;
      if (named) lastKnown = { attributedTo: subject![1]!, sourceParty: named.code, known: true, start: 0, end: subject![1]!.length };
    }
    for (const c of cands) if (c.known) history.push(c);
    // The last few sentences, for a list header that names no side itself.
    prevText = `${prevText.slice(-300)} ${s}`;
    lastSegment = s;
  }
  return claims;
}

/** The source a table's source cell names ("General Staff (Ukraine)[39]", "NIS (South Korea)"), with its country. */
function cellSource(cell: string | undefined): Attribution | null {
  const name = cell?.replace(/\[\d+\]/g, "").trim();
  if (!name || /\d{3}/.test(name)) return null;
  const known = countryOfSource(name);
  const code = known.found ? known.code : (peopleIn(name, 0, null)[0]?.code ?? null);
  return { attributedTo: name, sourceParty: code, known: known.found || code !== null, start: 0, end: 0 };
}

/** Whether an "a"/"an" item and a figure stand in one enumeration: only "and", commas and their items between them. */
function enumeratedWith(s: string, a: NumberMention, n: NumberMention): boolean {
  const between = a.start < n.start ? s.slice(a.end, n.start) : s.slice(n.end, a.start);
  return between.length <= 80 && /(?:,|\band\b)\s*$/.test(between.trimEnd() + " ") && !/[.;:]|\b(?:in|on|at|by|from|near|over|during|after|when|while|said|says)\b/i.test(between);
}

/** A short line without figures or a closing period. */
function isHeadingLine(s: string): boolean {
  return s.length < 60 && !/\d/.test(s) && !/[.!?:]\s*$/.test(s);
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : s;
}

/** Sentences that continue the report before them ("The ministry added…", "That brings…"). */
function continues(s: string): boolean {
  return /^\s*(?:it|they|he|she|this|that|these|those|the (?:figure|total|toll|number|tally|ministry|agency|report|statement|update|bulletin|official|spokes\w+)|of (?:them|those|whom)|among them|in addition|additionally|also|another|a further|separately|meanwhile,? the|the same)\b/i.test(s);
}


