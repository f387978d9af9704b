import type { Claim } from "../../schemas/claim.js";
import type { Attribution } from "./attribution.js";
import { ownVoice, type ParagraphCarry } from "./carry.js";
import { FIRST_PERSON, type findInterview } from "./interview.js";
import { nounClassOf } from "./metrics.js";
import { specificItemOf } from "./items.js";
import { countryOfPlace, countryOfSource, findParties, sideOfJargon } from "./parties.js";
import type { Segment } from "./segments.js";
import { DATELINE_CITY_LABEL, ENEMY, LABEL_AND_FIGURE, continues, peopleIn, sideBeforeItsLosses, type ListContext } from "./common.js";

// Who speaks in a segment: a transcript's speaker label, the segment's own source or the one it carries on from,
// and sources named after their figures (a headline's, "This was reported by …").

// Capitalised words and the links of a title: "Ambassador Lee", "Minister of Defence Umerov".
const NAME_LIKE = /^[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|the|and|for))*$/;
// Bodies of a side's own military: "the General Staff", "the Defence Ministry", "the air force".
// ("The Southern Defence Forces report that …" on a Ukrainian regional administration's page.)
const HOME_BODY = /^(?:the\s+|our\s+)?(?:(?:Southern|Northern|Eastern|Western|Central)\s+)?(?:General Staff|(?:Defen[cs]e\s+)?Ministry(?: of Defen[cs]e)?|MoD|air force|navy|Air Force|Navy|Armed Forces|Defen[cs]e Forces|military|army|command|operational command)$/i;
// A person's title before a surname: "Mr Trewin:", "Senator Payne:", "Dr. Kofman:" label a speaker in a transcript.
// ("General" and "Secretary" are left out: "General Staff:" and "Secretary General:" head a body's news.)
const TITLED_NAME = /^(?:Mr|Mrs|Ms|Dr|Prof|Senator|Sen|Rep|Representative|Gen|Col|Colonel|Adm|Admiral|Minister|Ambassador|President|Lord|Lady|Baroness|Baron|Sir|Dame)\.?\s+[A-Z][\p{L}’'-]+$/u;
// A role and a name on a live page: "Regional head Volodymyr Artiukh: 84 people have been injured".
const ROLE_NAME = /^(?:[A-Z][a-z]+\s+)?(?:head|governor|mayor|chief|spokes(?:man|woman|person)|commander|minister|prosecutor)\s+(?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+$/u;
// A written answer's or a statement's heading line: "Answered by Luke Pollard, Parliamentary Under-Secretary of State for Defence".
const ANSWERED_BY = /^(?:Answered|Replied|Reply|Answer|Response|Statement|Remarks|Testimony|Evidence) (?:given )?by:?\s+((?:[A-Z][\p{L}.’'-]*\s+){0,4}[A-Z][\p{L}’'-]+(?:,\s+[^.!?]{3,120})?)\.?$/u;
// Russia's groups of forces: "the Battlegroup Yug", "the Sever Group of Forces".
const RU_GROUPING = /\b(?:Battle ?group|Group of Forces|grouping of forces)\b/i;
// "This was reported by the General Staff", "The General Staff … reported this on Facebook": a source named after the figures it gave, in the next paragraph.
export const BACK_REFERENCE = /^\W*(?:this|that|these figures|the figures|the data|this information)\s+(?:was|were|is|are|has been|have been)\s+(?:reported|stated|announced|said|published|posted|confirmed|released|shared|given)\s+by\b|^\W*this is according to\b|^\W*(?:the\s+)?[A-Z][^,;.]{2,80}?\s+(?:reported|stated|announced|published|posted|confirmed|released|shared|gave)\s+(?:this|these figures|the figures|the data|this information)\b/i;

/**
 * The voice a transcript's speaker label gives its paragraph and those after it ("GEN. RYDER: …"; null for "Q: …"),
 * or undefined if the segment opens with no speaker label. A known speaker joins the article's history.
 */
export function speakerLabel(text: string, s: string, segStart: number, resolve: (a: Attribution | null) => Attribution | null, history: Attribution[]): Attribution | null | undefined {
  let voice: Attribution | null = null;
  const seg = { start: segStart };
  // ("MINISTER UMEROV (via interpreter): …", and a label on a line of its own, "MINISTER HÄKKÄNEN:", above its paragraphs.)
  const lineStart = seg.start === 0 || text[seg.start - 1] === "\n";
  // ("Mr. Nebenzia (Russian Federation) (spoke in Russian): …" in a meeting record: the delegation says whose voice.)
  const label = lineStart ? (/^([A-Z][\p{L}.’'\- ]{0,80}?)(?:\s*\(([^)]{0,100})\))?(?:\s*\([^)]{0,100}\))?:\s/u.exec(s) ?? /^([A-Z][\p{Lu}.’'\- ]{1,80}?)(?:\s*\(([^)]{0,100})\))?:\s*$/u.exec(s)) : null;
  // ("Answered by Luke Pollard, Parliamentary Under-Secretary of State for Defence" on a line of its own above a written
  // answer: the one who answers speaks in the paragraphs under it, "we assess …" included.)
  const answeredBy = lineStart && !label ? ANSWERED_BY.exec(s) : null;
  if (answeredBy) {
    const found = countryOfSource(answeredBy[1]!);
    voice = resolve({ attributedTo: answeredBy[1]!, sourceParty: found.code, known: found.found, start: 0, end: 0 });
    if (voice?.known) history.push(voice);
    return voice;
  }
  // ("London: Russia ended 2024 holding more Ukrainian land …": a city opening the story is its dateline, no speaker.)
  if (label && !label[2] && DATELINE_CITY_LABEL.test(label[1]!.trim()) && s.length > 100) return undefined;
  const delegation = label?.[2] ? findParties(label[2]).find((p) => p.kind !== "international" && p.code) : undefined;
  // A label in mixed case speaks only if it is a name ("Ambassador Lee:"), not a list line ("Russian casualties in March: …").
  // ("MLRS: 1,428 (+1)", "APCs: 21": a list line whose label is what it counts, its figure right after, is no speaker.)
  // ("Kyiv: 11 dead, 124 injured" in a live ticker: a town's name heads the news from it; no one speaks.)
  // ("Regional head Volodymyr Artiukh: 84 people have been injured": a role and a name speak, figure or not.)
  // ("Russia: visually confirmed losses by type": a side named before its losses is whose they are.)
  const listLabel = label !== null && !ROLE_NAME.test(label[1]!) && (/^\s*[~≈+\d]/.test(s.slice(label[0].length)) || sideBeforeItsLosses(label[1]!, s.slice(label[0].length)) || specificItemOf(label[1]!) !== null || nounClassOf(label[1]!) !== null || (label[1] !== label[1]!.toUpperCase() && !/\s\S+\s/.test(label[1]!) && countryOfPlace(label[1]!) !== null));
  if (label && !listLabel && (label[1] === label[1]!.toUpperCase() || (NAME_LIKE.test(label[1]!) && (countryOfSource(label[1]!).found || delegation || TITLED_NAME.test(label[1]!))) || ROLE_NAME.test(label[1]!))) {
    const name = titleCase(label[1]!);
    // ("ANCHOR INTRO:", "ON-SCREEN GRAPHIC:", "Caption:": a broadcaster's own parts of a script speak in its voice.)
    // ("A: It is lower than our count …" under "Q: …": the answer is the interview's subject's; the interview reader
    // gives it, as it gives an answer with no label.)
    if (/^(?:A|Answer)$/i.test(name)) return undefined;
    // ("FAKE: … TRUTH: …", "Claim: … Verdict: …": a fact-check's own labels, no one's voice.)
    if (/^(?:Q|Question|Reporter|Audience|Host|Moderator|Interviewer|Anchor(?: Intro)?|Presenter(?: Cue)?|Caption|On-Screen Graphic|Graphic|Lower Third|Voice-?over|VO|Narrator|Correspondent|Studio|Fakes?|Truth|Claim|Facts?|Verdict|Myth|Reality|Rating|Context|Disinformation|Debunked)$/i.test(name)) voice = null;
    else {
      const found = delegation ? { code: delegation.code, found: true } : countryOfSource(name);
      voice = resolve({ attributedTo: delegation ? `${name} (${label[2]!.trim()})` : name, sourceParty: found.code, known: found.found, start: 0, end: 0 });
      if (voice?.known) history.push(voice);
    }
    return voice;
  }
  return undefined;
}


/** What the attribution rules read of a segment and the article so far. */
export interface SegmentVoiceInput {
  s: string;
  seg: Segment;
  /** The source the segment names itself, if any, and the resolver of pronouns and short names. */
  attrHere: Attribution | null;
  resolve: (a: Attribution | null) => Attribution | null;
  /** The side of the outlet. */
  outletParty: string | null;
  /** The source a heading named for the section under it. */
  sectionSource: Attribution | null;
  /** Whether a transcript's speaker label spoke before, and the voice it gave. */
  speakerLabelled: boolean;
  voice: Attribution | null;
  interview: ReturnType<typeof findInterview>;
  reposted: Attribution | null;
  /** The source carried on from the paragraph before, and the one introduced just before. */
  carry: Voiced | null;
  recent: Voiced | null;
  list: ListContext | null;
  paragraphCarry: ParagraphCarry;
  /** Whether the segment is a table's row of column names. */
  tableHead: boolean;
}

/** A sentence that opens with a short label and a colon: a place or a name heading its item of a list. */
export const LABELLED_ITEM = /^[A-Z][\p{L}’'. -]{1,40}:\s/u;

/** A side's bulletin words for what its enemy lost: "the enemy lost up to 60 servicemen", "losses of the occupiers". */
const ENEMY_LOST = /\b(?:enemy|enemy['’]s|adversary|occupiers?|invaders?)\s+(?:(?:has|had|have)\s+)?(?:lost|losses|suffered|casualties)\b|\b(?:losses|casualties)\s+(?:on|of)\s+the\s+(?:enemy|occupiers|invaders|adversary)\b/i;

/** Who speaks in a segment. */
export function attributionOf(v: SegmentVoiceInput): Attribution | null {
  const { s, seg, attrHere, resolve, outletParty, sectionSource, speakerLabelled, voice, interview, reposted, carry, recent, list, paragraphCarry, tableHead } = v;
  let attr = resolve(attrHere);
  // ("…, the country's spy agency told lawmakers" in a Seoul daily: "the country" is the outlet's own.)
  if (attr && !attr.known && outletParty && /^the\s+(?:country|nation)['’]s\s/i.test(attr.attributedTo)) attr = { ...attr, sourceParty: outletParty, known: true };
  // "The occupiers lost 1,150 personnel, the General Staff said" on a page in one side's own voice: a fighting
  // body named without a country and found nowhere else is that side's.
  if (attr && !attr.known && (outletParty === "UA" || outletParty === "RU") && HOME_BODY.test(attr.attributedTo)) attr = { ...attr, sourceParty: outletParty, known: true };
  // "The Battlegroup Yug reported enemy losses of up to 1,620 servicemen" in an agency's relay, or on the ministry's
  // own page: Russia's groups of forces speak for Russia.
  if (attr && !attr.known && RU_GROUPING.test(attr.attributedTo)) attr = { ...attr, sourceParty: "RU", known: true };
  // "Over the past day, the Russian invaders lost 117 servicemen, Oleksandr Shtupun said": a source of no known country
  // who speaks one side's official language of the war is that side's.
  if (attr && !attr.known) {
    const side = sideOfJargon(s);
    if (side) attr = { ...attr, sourceParty: side, known: true };
  }
  if (!attr && sectionSource && !seg.line) attr = sectionSource;
  // A list's item: a line, or a sentence under its place or name ("Fedorov listed the settlements where people were
  // hurt: ¶ Orikhiv: five people were injured, among them a girl.").
  const listItem = list !== null && (seg.line || LABELLED_ITEM.test(s));
  if (!attr && speakerLabelled) attr = voice;
  // "In May, our crews destroyed 9 tanks" in the answer to an interview question: the interviewee speaks.
  if (!attr && interview?.answers(seg.paragraph) && FIRST_PERSON.test(s)) attr = interview.subject;
  // ("Our units repelled 146 assaults. … the soldiers of the brigade killed 612 occupiers" in a reproduced release.)
  if (!attr && reposted && (FIRST_PERSON.test(s) || ENEMY.test(s)) && !/["“”]/.test(s)) attr = reposted;
  // A bulletin that names itself in its heading ("Defence Intelligence update") speaks for the whole page.
  // (So does a table's row of column names: the bulletin's own table.)
  // ("We were able to confirm Russian control of 21 of them": the outlet speaking for itself takes no one's voice.)
  // (A list in a later paragraph is not in the voice of a source whose figures were no claims: "The city
  // administration says about 26,000 residents remain. ¶ Weekly Russian gains …: ¶ Week to 18 August: 71 km² …")
  const spokeNoClaims = carry !== null && carry.spokeNoClaims && carry.paragraph !== seg.paragraph;
  // ("…, the summary said. ¶ Units of the Sever group of forces inflicted losses …; the enemy lost up to 60
  // servicemen": the next paragraph, in a side's words for its enemy, goes on in the source's voice.)
  // ("… the General Staff said. ¶ Tanks: 11,096 (+3).": and so does a label with its figure, a list's line run into a
  // paragraph.)
  const bulletinGoesOn = carry !== null && seg.paragraph - carry.paragraph <= 2 && (ENEMY_LOST.test(s) || (!seg.line && LABEL_AND_FIGURE.test(s)));
  if (!attr && carry && (carry.paragraph === seg.paragraph || continues(s) || bulletinGoesOn || (listItem && !spokeNoClaims) || (seg.line && s.includes(" | ") && !/\d/.test(s))) && !ownVoice(s)) attr = carry.attr;
  if (attrHere && attr) paragraphCarry.named(attr);
  else if (!attr) attr = paragraphCarry.carried(s);
  // A list's header ("The numbers in brackets are the losses of the past day:") and its lines belong to the
  // report introduced just before, even across a paragraph in the outlet's voice; not to a source whose figures were
  // no claims ("The city administration says about 26,000 residents remain").
  if (!attr && recent && !recent.spokeNoClaims && seg.paragraph - recent.paragraph <= 6 && (/:\s*$/.test(s) || tableHead || listItem) && !ownVoice(s)) attr = recent.attr;
  if (!attr && list?.attr && listItem) attr = list.attr;
  // ("Losses by group of forces, according to the ministry: ¶ Sever group: up to 1,750 servicemen, …": a list line's
  // label that names no known source is what the line counts for; the header's source speaks.)
  if (attr && attrHere && !attr.known && list?.attr && seg.line && attrHere.start === 0 && LABELLED_ITEM.test(s)) attr = list.attr;
  // "Russia | 58,000+ | killed and wounded | General Staff (Ukraine)[39] | 14 March 2025" under a header with a
  // "Source" column: each row's figure is its source cell's.
  if (list?.sourceColumn != null && seg.line && s.includes(" | ")) attr = cellSource(s.split(" | ")[list.sourceColumn]) ?? attr;
  return attr;
}

/** A source heard in a segment: where, and whether its figures there and since were all no claims. */
export interface Voiced {
  attr: Attribution;
  paragraph: number;
  spokeNoClaims: boolean;
}

/** The source heard in a segment with its figures and claims, going on from what was heard before. */
export function heard(before: Voiced | null, attr: Attribution, paragraph: number, figures: number, claims: number): Voiced {
  return { attr, paragraph, spokeNoClaims: claims === 0 && (before && sameSource(before.attr, attr) ? before.spokeNoClaims : figures > 0) };
}

/** One source named twice ("the General Staff said …" ¶ "… the General Staff wrote"): its name, whatever its mention. */
function sameSource(a: Attribution, b: Attribution): boolean {
  const name = (x: Attribution) => x.attributedTo.toLowerCase().replace(/^the\s+/, "");
  return a === b || name(a) === name(b);
}

/**
 * "Number of injured climbs to 48 ¶ At least 48 people have been injured, the service said": a headline's claims
 * with no source take the source of the sentence under it that states the same figure.
 */
export function adoptHeadlineSources(claims: Claim[], headlineClaims: { from: number; to: number }, pending: { index: number }[]): void {
  for (let k = headlineClaims.from; k < headlineClaims.to; k++) {
    const h = claims[k]!;
    if (h.attributedTo !== null) continue;
    const same = pending.map((p) => claims[p.index]!).find((c) => c.attributedTo !== null && sameFigure(c, h));
    if (same) {
      h.attributedTo = same.attributedTo;
      h.sourceParty = same.sourceParty;
    }
  }
}

/**
 * "A Russian missile strike … killed at least 25 people" in the lede, "… the State Emergency Service said the dead
 * numbered at least 25" further down: the lede's figures with no source take the source of a later sentence that
 * states the same figure.
 */
export function adoptLedeSources(claims: Claim[], claimParagraph: readonly number[]): void {
  const lede = claimParagraph[0];
  for (let k = 0; k < claims.length && claimParagraph[k] === lede; k++) {
    const h = claims[k]!;
    // (A swap's count is both sides' agreed fact: the lede tells it in the outlet's voice.)
    if (h.attributedTo !== null || h.metric === "captured") continue;
    const same = claims.find((c, j) => j > k && claimParagraph[j] !== lede && c.attributedTo !== null && c.party === h.party && sameFigure(c, h));
    if (same) {
      h.attributedTo = same.attributedTo;
      h.sourceParty = same.sourceParty;
    }
  }
}

/** The same figure told twice: one metric (a toll may be told as civilians' or not) and one value. */
function sameFigure(a: Claim, b: Claim): boolean {
  return a.metric.replace("civilians_", "") === b.metric.replace("civilians_", "") && a.value === b.value;
}

/**
 * "…about 891,310 people. This was reported by the General Staff": the figures just before, in this paragraph or
 * the one before, that name no source are the named source's.
 */
export function takeBackReference(claims: Claim[], claimParagraph: number[], paragraphBefore: number, attr: Attribution): void {
  for (let k = claims.length - 1; k >= 0 && claimParagraph[k]! >= paragraphBefore; k--) {
    const c = claims[k]!;
    if (c.attributedTo === null) {
      c.attributedTo = attr.attributedTo;
      c.sourceParty = attr.sourceParty;
    }
  }
}

/** The source a table's source cell names ("General Staff (Ukraine)[39]", "NIS (South Korea)"), with its country. */
function cellSource(cell: string | undefined): Attribution | null {
  const name = cell?.replace(/\[\d+\]/g, "").trim();
  if (!name || /\d{3}/.test(name)) return null;
  const known = countryOfSource(name);
  const code = known.found ? known.code : (peopleIn(name, 0, null)[0]?.code ?? null);
  return { attributedTo: name, sourceParty: code, known: known.found || code !== null, start: 0, end: 0 };
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : s;
}
