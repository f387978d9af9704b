import type { Claim } from "../../schemas/claim.js";
import { chooseAttribution, findAttributions, headingSource, postHeaderSource, timedPostSource, type Attribution } from "./attribution.js";
import { ParagraphCarry, ownVoice } from "./carry.js";
import { ArticleNames, ownBodyOf, publisherOf, resolveSource } from "./sources.js";
import { AT_THE_TIME, dayOfPost, findDates, monthNamed, publicationAsOf, type DateMention } from "./dates.js";
import { findInterview } from "./interview.js";
import { findPostAuthor, findReportOpening, findRepostedStatement } from "./reposted.js";
import { BELLIGERENTS, OCCUPATION_AUTHORITIES, countryOfOutlet, dominantPlace, findParties, homeSideOf, uncapitalised } from "./parties.js";
import { segmentText, type Segment } from "./segments.js";
import { LABEL_AND_FIGURE, YEAR, continues, type ArticleMemory, type ListContext, type Reading } from "./common.js";
import { LOSSES_COUNTED_BEFORE, isSectionLine, listOfHeader, ownAnalysisCaption, ownSourceNote, sectionList, takeColumns } from "./tables.js";
import type { ClaimTrail } from "./claim.js";
import { BACK_REFERENCE, LABELLED_ITEM, adoptHeadlineSources, adoptLedeSources, attributionOf, heard, speakerLabel, takeBackReference, type Voiced } from "./voice.js";
import { dateClaims, readFigures, sentenceFigures } from "./figures.js";

/** What the extractor knows about the article besides its text. */
export interface ClaimContext {
  /** ISO date of publication ("2025-01-20"); relative dates resolve against it. */
  publishedAt: string | null;
  /** The outlet's name or host: its country is whom "our forces" means. */
  outlet?: string | null;
  /** The page's address: its host says the outlet's country when the outlet's name does not ("*.com.ua"). */
  url?: string | null;
}

const FURNITURE = /^\s*(?:read (?:also|more)|see also|related(?: stories| articles)?|more on this|recommended|watch|listen|advertisement|subscribe|sign up|follow us|share this)\b\s*[:|—–-]/i;
const SINCE_OTHER_WAR = /\b(?:since|than (?:in|during|at any time since))\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:World War (?:I|II|One|Two|1|2)|(?:First|Second) World War|WWI|WWII|WW1|WW2|Great Patriotic War)\b/gi;
const OTHER_WARS = /\bSoviet (?:Union|troops|army|forces)\b[^.]{0,80}\bAfghanistan\b|\b(?:World War (?:I|II|One|Two|1|2)|(?:First|Second) World War|WWI|WWII|WW1|WW2|Great Patriotic War|Soviet[- ]Afghan|Afghan war|war in Afghanistan|Korean War|Vietnam War|Cold War|Chechen wars?|Winter War|Napoleonic|siege of Sarajevo|Bosnian war|Gulf War|Iraq war|Falklands war|Stalingrad|the Somme)\b/i;
/** Cheap words one of which SUPERSEDED needs: most sentences hold none, and the pattern is not tried on them. */
function mayBeSuperseded(s: string): boolean {
  return s.includes("version") || s.includes("misstat") || s.includes("correctly") || s.includes("wrongly") || s.includes("mistakenly") || s.includes("erroneously");
}
// A sentence telling what an earlier version of the story said, or that it said so wrongly.
const SUPERSEDED = /\b(?:an?|the) (?:earlier|previous|original) version\b|\b(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported|gave|put|attributed)\b|\bmisstated\b/i;
// Every name OTHER_WARS knows holds one of these: most sentences hold none, and the long pattern is not tried.
// A year before this war, told as when something happened ("in 1945", "on Aug. 6, 1945", "during 1986", "between
// 1964 and 1973"), not as a
// yardstick ("the most since 1945", "more than in 1943") nor when someone was born or something founded.
const OLD_YEAR = /\b(?:1[89]\d\d|200\d|201[0-3])\b/;
const THIS_WAR_YEAR = /\b(?:201[4-9]|20[2-9]\d)\b/;
const DATED_BEFORE_THE_WAR = /(?<!\b(?:since|than|as in|than in|since the end of|born|built|founded|established|formed|created|opened|adopted|signed)\s+)\b(?:in|during|by the end of)\s+(?:1[89]\d\d|200\d|201[0-3])\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:1[89]\d\d|200\d|201[0-3])\b|\b(?:between|from)\s+(?:1[89]\d\d|200\d|201[0-3])\s+(?:and|to)\s+(?:1[89]\d\d|200\d|201[0-3])\b/i;
const MAY_NAME_OTHER_WAR = /war|ww|afghan|napoleonic|sarajevo|stalingrad|somme/i;
// A digit or a number word: a sentence without one has no figure to date.
const FIGURE_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million)\b/i;
const HEADER_END = /:\s*$/;
/** A sentence's subject before its verb: "Mediazona and the Russian outlet Meduza turned to …". */
const SOURCE_SUBJECT = /^([A-Z][^,;:.!?"“”]{1,80}?)\s+(?:have|has|had|were|was|is|are|turned|compiled|published|released|began|started|found|used|built|counted|analy[sz]ed|reviewed|matched|identified|keeps?|kept|maintains?|tracks?|tracked|publishes|made|makes|gave|gives|offered|issued|declined|refused|did|does)\b/;
const FURNITURE_HEADING = /^\s*(?:keep reading|more on this(?: story| topic)?|related(?: stories| articles| content| coverage| news)?|read (?:more|next|also)|most (?:read|viewed|popular|shared)|recommended(?: for you)?|you may also like|more (?:from|stories|news)(?: [\w ]{1,20})?|latest (?:news|stories)|top stories|in other news|editor'?s picks|trending(?: now)?|(?:table of )?contents|on this page|in this (?:article|story|page))\s*:?\s*$/i;

/**
 * Finds every reported figure in an article's main text: metric, party, item,
 * value with its qualifier, who said it, and the date it refers to. Pure.
 */
/** A list's header in words: "… are as follows, the General Staff reported." */
const AS_FOLLOWS = /\bas follows\b(?:,[^.;:]{0,120})?[.:]?\s*$/i;

/** An official or a body of a state by its title: "Deputy Foreign Minister …", "The Presidency", "the ministry". */
const PERSON_OR_BODY_OF_STATE = /\b(?:minister|ministry|department|presidency|president|government|embassy|ambassador|principal secretary|secretary of state|parliament|senate|officials|spokes(?:man|woman|person))\b/i;

/** A source's words added in the sentence after: "He added that …", "She also said". */
const ADDED = /^\W*(?:He|She|It|They)\s+(?:also\s+)?(?:added|said|says|noted|stated|told)\b/;

/** The outlet's own reporter by role and name: "Europe correspondent Tom Whitlock", "our reporter Anna Li". */
const OWN_REPORTER = /\b(?:correspondent|reporter|editor|journalist)\s+[A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+$/u;

export function extractClaims(text: string, ctx: ClaimContext): Claim[] {
  const claims: Claim[] = [];
  const pub = publicationAsOf(ctx.publishedAt);
  // Where the article's places are, for civilians it counts without naming theirs.
  const docPlace = dominantPlace(text);
  const outletParty = (ctx.outlet ? countryOfOutlet(ctx.outlet) : null) ?? (ctx.url ? countryOfOutlet(hostOf(ctx.url)) : null) ?? homeSideOf(text);
  // (Lines in capitals, a wire's headlines, are read in the case the rules know; their claims keep the line as written.)
  const asWritten = new Map<number, string>();
  const segments = segmentText(text).map((seg) => {
    const read = uncapitalised(seg.text);
    if (read === seg.text) return seg;
    asWritten.set(seg.start, seg.text);
    return { ...seg, text: read };
  });
  let carry: Voiced | null = null;
  let recent: Voiced | null = null;
  let list: ListContext | null = null;
  let lastKnown: Attribution | null = null;
  // Every source named so far, to resolve "the agency", "Park said", "he" to one named before.
  const history: Attribution[] = [];
  let prevText = "";
  let lastSegment = "";
  // The source a heading named for the section under it.
  let sectionSource: Attribution | null = null;
  // The day a relayed post's header gives ("Atesh ✓ 6 Aug 2025, 18:22"): its figures are of that day, not the page's.
  let postDay: string | null = null;
  // The last equipment losses and military dead read as claims (claim.ts).
  const trail: ClaimTrail = { lastEquipmentLoss: -10, lastEquipmentClaim: null, lastKilled: -10, lastKilledAttr: null };
  let voice: Attribution | null = null;
  let speakerLabelled = false;
  // What the article has been counting so far: owners carry to figures that do not name theirs.
  const memory: ArticleMemory = { personnel: null, personnelPred: null, civilians: null, civiliansSegment: -1, civiliansSource: null, civiliansSourceParty: null, taking: null, lastToll: null, counted: null };
  // A source established across paragraphs goes on into the next paragraph that names none.
  const paragraphCarry = new ParagraphCarry();
  // Names given in full somewhere in the article ("Deputy Pentagon Press Secretary …"), for those given short.
  const names = new ArticleNames(text, ownBodyOf(ctx.outlet ?? null, outletParty));
  // A government, military or state body publishing in its own voice: what no one else says on its page, it says.
  const publisher = publisherOf(ctx.outlet ?? null, (ctx.url ? countryOfOutlet(hostOf(ctx.url)) : null) ?? outletParty);
  const occupier = publisher !== null && OCCUPATION_AUTHORITY.test(publisher.name);
  // A printed interview's answers speak for its subject.
  const interview = findInterview(text, segments, docPlace);
  // A statement the outlet reproduces speaks, in the first person, for its author.
  const reposted = findRepostedStatement(text, docPlace);
  if (reposted) history.push(reposted);
  // A post that opens on its author's name and title speaks for its author throughout.
  // (So does a body's report that opens on its name: "The Defence Forces of the South of Ukraine report on the situation …".)
  const postAuthor = reposted ? null : findPostAuthor(text, docPlace) ?? findReportOpening(text);
  if (postAuthor) history.push(postAuthor);
  let segIndex = -1;
  // Inside a list of links to other stories, under its heading.
  let linkList = false;
  // The paragraph of each claim, for a source named after its figures ("This was reported by …").
  const claimParagraph: number[] = [];
  // The claims of the last segment when it was a headline line ("Number of injured climbs to 48"), for the source
  // of the sentence under it that states the same figure.
  let headlineClaims: { from: number; to: number; paragraph: number } | null = null;
  // The paragraph before the current one that held a segment.
  let paragraphBefore = -1;
  let currentParagraph = -1;
  // The dates of the segment before, read on demand.
  let previousDates: (() => DateMention[]) | null = null;
  // Which segments gave claims: "during the month" is the month of the last of them that names one (theMonth).
  const claimed: boolean[] = [];
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
    // ("Correction: An earlier version of this article said about 3,000 … had been killed": what an earlier version
    // said is superseded; the corrected figure after it stands.)
    // ("An earlier version … said the death toll … was 600; that figure was not confirmed by city authorities, who have
    // said about 300 people were killed there": what follows a semicolon after it is said now.)
    let supersededTo = -1;
    if (mayBeSuperseded(s)) {
      const earlier = SUPERSEDED.exec(s);
      if (earlier) {
        supersededTo = s.indexOf(";", earlier.index);
        if (supersededTo < 0) continue;
      }
    }
    // "Keep reading" / "More on this story" over a list of links, "Contents" over a table of contents: the lines under it are
    // other stories' headlines or the page's own section titles ("1 Military casualties").
    if (seg.line && s.length < 40 && FURNITURE_HEADING.test(s)) {
      linkList = true;
      continue;
    }
    if (linkList) {
      if (seg.line && s.length < 160 && !/[.!?]["”]?\s*$/.test(s)) continue;
      linkList = false;
    }
    // Figures of other wars ("27 million Soviet dead in the Second World War") are history, not this war's claims.
    // ("the heaviest annual losses Russia has suffered since the Second World War": a war named as the yardstick.)
    if (MAY_NAME_OTHER_WAR.test(s) && OTHER_WARS.test(s.replace(SINCE_OTHER_WAR, ""))) continue;
    // ("The atomic bomb dropped on the city on Aug. 6, 1945, had killed an estimated 140,000 people": figures dated
    // before this war began in 2014 are history too.)
    if (OLD_YEAR.test(s) && !THIS_WAR_YEAR.test(s) && DATED_BEFORE_THE_WAR.test(s)) continue;
    // A table's row of column names ("Category | Total") opens a list as a header ending in a colon does;
    // its caption, the line before, says what the rows count.
    // ("Month (2025) | Captured, km² | Same month 2024, km²": years may name the columns.)
    const tableHead = seg.line && s.includes(" | ") && !/\d/.test(s.replace(YEAR, "").replace(/\([^()]*\)/g, ""));
    // ("Date | Ukrainians returned (Coordination Headquarters) | … | Mediator | Notes": column names are no one
    // speaking, though a name and "Notes" read as a source and its verb.)
    const cands = tableHead ? [] : findAttributions(s);
    // ("Russian gains per month (Brussels Courier analysis of ISW maps)", or "Source: Khortytsia Data count." under the
    // rows: a table of the outlet's own count speaks in its voice, not the source's of the paragraph before it.)
    const ownTable = tableHead && (ownAnalysisCaption(lastSegment) || ownSourceNote(noteUnder(segments, segIndex), ctx.outlet ?? (ctx.url ? hostOf(ctx.url) : null)));
    const attrHere = chooseAttribution(cands, s, null);
    // "X, the HUR, has given higher figures: in March it said …": a pronoun speaks for a source named before it in its sentence.
    const resolve = (a: Attribution | null): Attribution | null =>
      resolveSource(a, s, history, (a && cands.findLast((c) => c.known && c.end <= a.start)) || lastKnown, docPlace, { names, at: seg.start, home: outletParty, official: publisher !== null });
    // A transcript's speaker label ("GEN. RYDER: …", "Q: …") speaks for its paragraph and those after it (voice.ts).
    const labelled = speakerLabel(text, s, seg.start, resolve, history);
    if (labelled !== undefined) {
      voice = labelled;
      speakerLabelled = true;
    }
    const sectionBefore: Attribution | null = sectionSource;
    // A heading that is a source's name ("Russia's Defence Ministry") heads a section in that source's voice.
    if (seg.line && isHeadingLine(s)) sectionSource = headingSource(s);
    // A reposted channel's header ("Rybar (Russian military blogger) · 18 May, 17:02 (Moscow) · 1.1M views") heads its post.
    else if (seg.line && (s.includes("·") || s.includes("•"))) sectionSource = postHeaderSource(s) ?? sectionSource;
    // ("Sumy Regional Military Administration, 08:15": so does a relayed post's header of a name and a time.)
    else if (seg.line && /\d[:.]\d\d\)?(?:\s*[\p{Extended_Pictographic}\uFE0F]+(?:\s*[\d.,]+\s*[KkMm]?)?)?\s*$/u.test(s)) {
      const poster = timedPostSource(s);
      if (poster) {
        sectionSource = poster.source;
        postDay = poster.posted && dayOfPost(poster.posted, ctx.publishedAt);
      }
    }
    // ("Atesh ✓ 6 Aug 2025, 18:22 … 12 Russian soldiers were killed ¶ FSB Public Relations Center (relay) 6 Aug 2025,
    // 11:05 ¶ … Four saboteurs were killed": a post of another side's source speaks of its own war; the soldiers the
    // post before counted are no longer whom its figures go on counting.)
    if (sectionSource && sectionSource !== sectionBefore && sectionSource.sourceParty !== sectionBefore?.sourceParty) {
      memory.personnel = null;
      memory.personnelPred = null;
    }
    // Who speaks in the segment: its own source, else the section's, the transcript's, the interview's, the carried one (voice.ts).
    const attr: Attribution | null = attributionOf({ s, seg, attrHere, resolve, outletParty, sectionSource, speakerLabelled, voice, interview, reposted, carry, recent, list, paragraphCarry, tableHead }) ?? postAuthor;
    const figAttrBase = attr;
    const speaker: string | null = attr?.sourceParty ?? outletParty ?? lastKnown?.sourceParty ?? null;
    // (Relative dates in a relayed post resolve against its own day.)
    const dayOf = postDay ?? ctx.publishedAt;
    // chrono is the costliest reader here: only sentences with a figure or a list header need dates, and
    // only once one of their figures becomes a claim or the sentence opens a list, so they are read on demand.
    const mayDate = FIGURE_WORD.test(s) || HEADER_END.test(s);
    let datesRead: DateMention[] | null = null;
    // ("During the month", "over the same period": months named before, looked up only for a sentence that says so.)
    const readDates = (): DateMention[] => {
      const month = s.includes("month") ? theMonth(segments, claimed, segIndex, dayOf) : null;
      const samePeriod = s.includes("same period") ? lastClaimMonth(segments, claimed, segIndex, dayOf) : null;
      // ("In February 2023, … ¶ The brigade … said then that Russian losses exceeded 5,000": the month named just before.)
      const then = AT_THE_TIME.test(s) ? monthJustBefore(segments, segIndex, dayOf) : null;
      return findDates(s, dayOf, month, samePeriod, then);
    };
    const dates = (): DateMention[] => (datesRead ??= mayDate ? readDates() : []);
    const inList = list !== null && seg.line;
    // The sentence's figures and verbs, and whether it speaks of losses (figures.ts).
    const figures = sentenceFigures(s, inList, list, trail, segIndex, lastSegment);
    const { lossWords, tallyGoesOn, lossContext } = figures;
    // (Only a figure with its own noun: "DeepState's figure for June is 556" after one is the earlier figure's restated.)
    const nums = supersededTo < 0 ? figures.nums : figures.nums.filter((n) => n.start > supersededTo && /^\s+[a-z]/i.test(s.slice(n.end)));
    const readings: Reading[] = [];
    const pending: { at: number; end: number; index: number }[] = [];
    // Each figure: what it counts, what happened to it, whose it is, and its claims (figures.ts).
    readFigures({ s, seg, nums, inList, list, lossWords, tallyGoesOn, lossContext, readings, pending, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, occupier, dates, pub: postDay ?? pub, segments, segIndex, lastSegment, memory, trail, claims, claimParagraph });
    if (!attrHere) paragraphCarry.spoke(attr, pending.length > 0);
    else paragraphCarry.gave(nums.length, pending.length);
    if (pending.length && dates().length) dateClaims(s, dates(), pending, claims, dayOf);
    // ("On 27 August, Syrskyi said Ukrainian forces controlled 1,294 km² …. He added that Russia had moved about 30,000
    // troops …": what a source adds goes on from the day it spoke.)
    else if (pending.length && previousDates && ADDED.test(s)) {
      const spoke = previousDates().find((d) => d.date.length === 10 && /^\W*(?:on\s+)?$/i.test(lastSegment.slice(0, d.start)));
      if (spoke) for (const p of pending) claims[p.index]!.asOf = spoke.date;
    }
    previousDates = dates;
    // A table row's figures take what their columns' names give: a year, the end of a period, a source (tables.ts).
    if (inList && pending.length && s.includes(" | ") && (list!.years || list!.columnAsOf || list!.columnSources)) takeColumns(list!, s, pending, claims, () => dates().length > 0);
    // "Number of injured climbs to 48 ¶ At least 48 people have been injured, the service said": a headline takes the
    // source of the sentence under it that states its figure.
    if (headlineClaims && pending.length) adoptHeadlineSources(claims, headlineClaims, pending);
    // (It waits through headings and the figureless sentences of the paragraph under it: "The toll continues to climb.")
    const waiting = headlineClaims as { from: number; to: number; paragraph: number } | null;
    headlineClaims = seg.line && pending.length && s.length < 100 && !/[.!?]\s*$/.test(s) ? { from: pending[0]!.index, to: claims.length, paragraph: seg.paragraph } : pending.length || !waiting || !(isHeadingLine(s) || paragraphBefore === waiting.paragraph) ? null : waiting;
    // "…about 891,310 people. This was reported by the General Staff": the figures just before, in this paragraph or
    // the one before, that name no source are the named source's.
    if (attrHere && attr && BACK_REFERENCE.test(s)) takeBackReference(claims, claimParagraph, paragraphBefore, attr);
    // A header line ending in a colon opens a list whose lines inherit its context.
    // ("The total combat losses … are approximately as follows, the General Staff reported on Facebook.": a header
    // that says so in words, with its source after it.)
    let header: string | null = null;
    if (/:\s*$/.test(s) || tableHead || (s.includes("as follows") && AS_FOLLOWS.test(s))) {
      // ("… documented the loss of at least 109 Russian armoured vehicles. ¶ The count was compiled by … ¶ According to
      // the breakdown published by the project:": the losses counted a few sentences up.)
      const last = claimed[segIndex - 1] || claimed[segIndex - 2] || claimed[segIndex - 3] ? claims.at(-1) : undefined;
      const lossBefore = last && LOSS_METRICS.has(last.metric) ? last : null;
      list = listOfHeader({ s, tableHead, cands, prevText, lastSegment, speaker, attr, prevList: list, lastLossParty: lastLossPartyOf(claims), lossBefore, ownTable, dates, publishedAt: dayOf });
    } else if (!seg.line && (header = lossesOverLines(segments, segIndex))) {
      // ("The General Staff … reports the total combat losses of the enemy from 24.02.2022 to 02.06.2025. The figures are
      // approximate … ¶ personnel - about 987,420 (+1,070) persons": a paragraph that names losses heads the lines of
      // labels and figures right under it, though no colon ends it.)
      list = listOfHeader({ s: header, tableHead: false, ownTable: false, cands: header === s ? cands : findAttributions(header), prevText, lastSegment, speaker, attr, prevList: list, lastLossParty: lastLossPartyOf(claims), lossBefore: null, dates: header === s ? dates : () => [], publishedAt: dayOf });
    } else if (seg.line && isSectionLine(s, LOSSES_COUNTED_BEFORE.test(prevText.slice(-300)) || Boolean(list?.loss && list.party))) {
      list = sectionList(s, attr);
    } else if (!seg.line && readings.every((r) => r.cls === null) && !(list && LABELLED_ITEM.test(s))) list = null;
    // "Key figures": a heading line ends the list before it; what follows has a context of its own.
    else if (seg.line && list && isHeadingLine(s) && !tableHead && !/^\s*[-•*▪◦·]/.test(s) && readings.length === 0) list = null;
    // An attribution carries on through its paragraph; a new paragraph in the outlet's voice ends it.
    // ("The city administration says about 26,000 residents remain": each remembers whether the source's figures were
    // all no claims, which hands a later list no voice.)
    if (attrHere || (attr && attr !== recent?.attr)) recent = heard(recent, attr!, seg.paragraph, nums.length, pending.length);
    // (A source that goes on giving claims is heard again where it does: a list header six paragraphs on from there
    // is still its.)
    else if (recent && attr === recent.attr && pending.length) recent = { attr: recent.attr, paragraph: seg.paragraph, spokeNoClaims: false };
    if (attr) carry = heard(carry, attr, seg.paragraph, nums.length, pending.length);
    else if (carry && carry.paragraph !== seg.paragraph && !seg.line && !continues(s)) carry = null;
    // ("By our count, Ukraine has destroyed at least 24 Russian naval vessels … Of the 24, seven were hit in 2022": the
    // outlet speaking for itself ends the source heard before; what goes on is its own count too.)
    else if (carry && !attrHere && pending.length && ownVoice(s)) carry = null;
    if (ownTable) {
      carry = null;
      recent = null;
    }
    if (attr?.known) lastKnown = attr;
    // ("Reporting from Kyiv, Europe correspondent Tom Whitlock said … ¶ "…," he said.": the outlet's own reporter is
    // whom the next pronoun means, not the source named before him.)
    else if (attrHere && attr === attrHere && OWN_REPORTER.test(attrHere.attributedTo)) lastKnown = null;
    else if (!cands.length) {
      // "Mediazona and the BBC Russian Service have compiled a list … As of July 4, they had confirmed 111,387 names":
      // a source that opens a sentence as its subject is whom the next pronoun means, though it says nothing yet.
      const subject = SOURCE_SUBJECT.exec(s);
      const named = subject ? findParties(subject[1]!).find((p) => p.kind === "source") : undefined;
      if (named) lastKnown = { attributedTo: subject![1]!, sourceParty: named.code, known: true, start: 0, end: subject![1]!.length };
    }
    for (const c of cands) if (c.known) history.push(c);
    // ("the brigade's press service", placed by its figures (claim.ts) or by the article: "the press service" later
    // is the same.)
    if (attrHere && !attrHere.known) {
      const placed = attr?.known && attr.attributedTo === attrHere.attributedTo ? attr.sourceParty : pending.map((p) => claims[p.index]!).find((c) => c.attributedTo === attrHere.attributedTo && c.sourceParty)?.sourceParty;
      if (placed) history.push({ ...attrHere, sourceParty: placed, known: true });
    }
    // The last few sentences, for a list header that names no side itself.
    prevText = `${prevText.slice(-300)} ${s}`;
    lastSegment = s;
    claimed[segIndex] = pending.length > 0;
  }
  if (asWritten.size) for (const c of claims) c.sentence = asWritten.get(c.start) ?? c.sentence;
  // ("Three years later, the Azov brigade says that about 900 … are still in captivity": no figure an article gives is
  // of a year after it was published; a date read that far past it is the publication's. (Less is left alone: a wiki's
  // page keeps its first date while its text goes on.)
  const yearAfter = pub ? `${Number(pub.slice(0, 4)) + 1}${pub.slice(4)}` : null;
  if (yearAfter) for (const c of claims) if (c.asOf && `${c.asOf}-01-01`.slice(0, 10) > yearAfter.padEnd(10, "~")) c.asOf = pub;
  adoptLedeSources(claims, claimParagraph);
  // ("Deputy Foreign Minister Arun Hemachandra told Parliament that the deaths of 59 Sri Lankans … had been
  // confirmed": an official of no country named, counting the citizens of a country at peace, is of their government.)
  // ("… Eight more Ghanaians were injured, he said": and so is the pronoun that goes on for such an official.)
  let stateOf: string | null = null;
  for (const c of claims) {
    if (c.sourceParty === null && c.attributedTo !== null && c.party !== null && !BELLIGERENTS.has(c.party)) {
      if (PERSON_OR_BODY_OF_STATE.test(c.attributedTo)) c.sourceParty = stateOf = c.party;
      else if (stateOf === c.party && /^(?:he|she|they|it)$/i.test(c.attributedTo)) c.sourceParty = c.party;
    }
  }
  // A government body's own page ("General Staff of the Armed Forces of Ukraine", "Ministry of Defence of the Russian
  // Federation") is the original source of the figures it gives in its own voice (claims.md: sourceParty is the
  // country of the figure's original source); a newsroom's own voice stays null.
  if (publisher) for (const c of claims) {
    if (c.attributedTo !== null) continue;
    c.attributedTo = publisher.name;
    c.sourceParty = publisher.code;
  }
  return claims;
}

/**
 * What "during the month" means in segment `at`: the month named by the last segment before it that gave claims
 * and names one, else the first month the article names ("More civilians were killed in July than …"), not a month
 * named in passing ("the area they seized in August"). Read only when a sentence speaks of "the month".
 */
function theMonth(segments: readonly { text: string }[], claimed: readonly boolean[], at: number, publishedAt: string | null): string | null {
  for (let k = at - 1; k >= 0; k--) {
    const month = claimed[k] ? monthNamed(segments[k]!.text, publishedAt) : null;
    if (month) return month;
  }
  for (let k = 0; k < at; k++) {
    const month = monthNamed(segments[k]!.text, publishedAt);
    if (month) return month;
  }
  return null;
}

/** The month named by one of the three segments before `at`, the nearest first. */
function monthJustBefore(segments: readonly { text: string }[], at: number, publishedAt: string | null): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const month = monthNamed(segments[k]!.text, publishedAt);
    if (month) return month;
  }
  return null;
}

/** Losses named by the paragraph that ends at segment `at`, when lines of labels and figures follow it: the sentence that names them. */
function lossesOverLines(segments: readonly Segment[], at: number): string | null {
  const next = segments[at + 1];
  const paragraph = segments[at]!.paragraph;
  if (!next?.line || next.paragraph === paragraph) return null;
  // (The first line may carry a unit after its figure, "personnel - about 987,420 (+1,070) persons", which
  // LABEL_AND_FIGURE does not take: the second then decides.)
  const labelAndFigure = (seg: Segment | undefined) => seg !== undefined && seg.line && LABEL_AND_FIGURE.test(seg.text);
  if (!labelAndFigure(next) && !labelAndFigure(segments[at + 2])) return null;
  for (let k = at; k >= 0 && segments[k]!.paragraph === paragraph && !segments[k]!.line; k--) {
    if (/\blosses\b/i.test(segments[k]!.text)) return segments[k]!.text;
  }
  return null;
}

/** The month the last segment before `at` that gave claims names, if it names one: what "the same period" means. */
function lastClaimMonth(segments: readonly { text: string }[], claimed: readonly boolean[], at: number, publishedAt: string | null): string | null {
  const k = at > 0 ? claimed.lastIndexOf(true, at - 1) : -1;
  return k >= 0 ? monthNamed(segments[k]!.text, publishedAt) : null;
}

/** The host of an address, or "" for one that does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

/** A short line without figures or a closing period. */
function isHeadingLine(s: string): boolean {
  return s.length < 60 && !/\d/.test(s) && !/[.!?:]\s*$/.test(s);
}

/** The paragraph right under a table's rows (its note, "Tolls include …. Source: …"), or undefined. */
function noteUnder(segments: readonly Segment[], head: number): string | undefined {
  const first = segments.findIndex((g, k) => k > head && !g.text.includes(" | "));
  if (first < 0) return undefined;
  const paragraph = segments[first]!.paragraph;
  let note = "";
  for (let k = first; k < segments.length && segments[k]!.paragraph === paragraph; k++) note += ` ${segments[k]!.text}`;
  return note;
}

/** An authority Moscow installed, by its name. */
const OCCUPATION_AUTHORITY = new RegExp(`\\b(?:${OCCUPATION_AUTHORITIES})\\b`);

/** Counts of a side's losses, which a list header may go on with. */
const LOSS_METRICS: ReadonlySet<string> = new Set(["casualties", "killed", "equipment_lost"]);

/** The side whose personnel or equipment losses were counted last, for a header of losses that names none. */
function lastLossPartyOf(claims: readonly Claim[]): string | null {
  for (let k = claims.length - 1; k >= 0; k--) {
    const c = claims[k]!;
    if (LOSS_METRICS.has(c.metric)) return c.party;
  }
  return null;
}
