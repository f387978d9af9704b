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
import { AMONG_THE_DEAD, ENEMY, FORCE, LOSS_PREDS, NEUTRAL_USE, PART_OF_TOLL, PEOPLE_CLASSES, civilianCountry, cutAtClause, lastClause, peopleIn, type ArticleMemory, type ListContext, type Reading } from "./common.js";
import { isSectionLine, listOfHeader, sectionList } from "./tables.js";
import { partyOf } from "./party.js";
import { predicateOf } from "./predicate.js";

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
// "drones hit targets", "missiles struck the city": equipment as the subject of a strike ("were hit" is passive, not this).
const STRIKES_AFTER = /^\s*(?:(?!were\b|was\b|been\b|are\b|is\b|had\b|have\b)[a-z]+\s+)?(?:hit|struck|attacked|targeted|reached|slammed|crashed)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// "destroyed: 2,900", "of which captured: 550": a fate labelling the figure after it.
const FATE_LABEL = /\b(destroyed|damaged|abandoned|captured|lost)\s*:\s*$/i;
// A loss list, tally or count that goes on: "the group's list also includes", "its tally counts".
const TALLY_INCLUDES = /\b(?:list|tally|count|database|record|figures|losses|total)\b[^.;]{0,60}?\b(?:includes?|included|lists?|listed|counts?|counted|records?|recorded|contains?)\b/i;
// "Of the tanks, …", "Of those, …" opening a sentence: the whole its first figure is part of.
const PARTITIVE_OPENER = /^\W*Of (?:the|these|those|them|which)\b(?:\s+([^,;]{1,60}))?,\s*(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to)?\s*$/;
// Capitalised words and the links of a title: "Ambassador Lee", "Minister of Defence Umerov".
const NAME_LIKE = /^[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|the|and|for))*$/;
/** A part by place after a toll that a place "accounts for": "Irkutsk accounts for 512 of the dead, Bratsk for 301". */
const PLACE_FOR_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’ -]{1,40}?\s+for\s+(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
/** A loss tracker that lists, counts or documents: its figures are losses ("Oryx, by contrast, lists 148 Russian aircraft"). */
const LOSS_TRACKER_COUNTS = /\b(?:Oryx|WarSpotting|Warspotting|LostArmour|Lost Armour|UALosses|Mediazona)\b[^.;]{0,40}?\b(?:lists|listed|counts|counted|records|recorded|documents|documented|has logged|logged|tallies|tallied|confirms|confirmed|shows|showed|gives|gave)\b/;
/** A bare figure that arrived, was sent or deployed: "about 11,000 had arrived in the region". */
const BARE_ARRIVAL = /^\s*(?:more\s+|others?\s+)?(?:(?:have|had|has|were|are|was|now|already|reportedly)\s+){1,2}(?:been\s+)?(?:arrived|sent|deployed|dispatched|stationed|transferred)\b/i;
/** The same count at another time, after "and": "556 square kilometres, and in May a little over 450". */
const TIME_PART_GAP = /^[\s,]*(?:and|while|but|against)\s+(?:in|on|by|during|last|this|a (?:week|month|year) earlier)\b[^,;.\d]{0,30}?\s+(?:(?:a little|just|slightly|well)\s+)?(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|under|below)?\s*$/i;
/** A sentence's subject before its verb: "Mediazona and the Russian outlet Meduza turned to …". */
const SOURCE_SUBJECT = /^([A-Z][^,;:.!?"“”]{1,80}?)\s+(?:have|has|had|were|was|is|are|turned|compiled|published|released|began|started|found|used|built|counted|analy[sz]ed|reviewed|matched|identified|keeps?|kept|maintains?|tracks?|tracked|publishes)\b/;
/** Two sides counted as one: "Russia and North Korea together lost". */
const TWO_SIDES_TOGETHER = /\b(?:Russia|Ukraine|North Korea|Russian|Ukrainian|North Korean)(?:n)?\s+and\s+(?:Russia|Ukraine|North Korea|Russian|Ukrainian|North Korean)(?:\s+(?:forces|troops))?\s+together\b/i;
/** Children among a toll's parts: the toll counts civilians. */
const CHILDREN_AMONG = /^[^.;]{0,40}?\b(?:including|among them|among whom|of them|of whom)\s+(?:\w+\s+){0,2}(?:children|child|minors?|infants?|babies|teenagers?|schoolchildren)\b/i;
const WEAPON_AS_ATTACK = /\b(?:drone|missile|rocket|artillery|bomb|glide[- ]bomb|air|mortar)\s+(?:attacks?|strikes?|raids?|barrages?|fire|shelling)\b/i;
const FORCE_NUMBERED = /\b(?:force|forces|contingent|army|grouping|troops|deployment)\b[^.;]{0,80}\bnumber(?:ed|s|ing)?\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least|an estimated)?\s*$/i;
// A capitalised word within the first two after a figure: only then can a people's name be its noun.
const CAPITAL_NEXT = /^\s*(?:[\w-]+\s+)?[A-Z]/;
const GAPPED_AFTER = /^,\s*(?:including|among them)\s+(?:[^,;.]|[,.]\d){1,60},\s*(killed|dead|injured|wounded|hurt)\s*(?:[.;,]|$)/i;
const AMONG_LIST = /^\W*Among (?:the|those|them|these)\b(?:\s+(?:names|dead|fallen|identified|named|listed|confirmed|killed|victims|entries))?\s+(?:are|were|is)\b/i;
const TOLL_NOUN = /\b(?:deaths|dead|fatalities|casualties|losses|wounded|injured)\b/i;
const COMPARED_WITH = /^[^.;]{0,60}?\b(?:up|down) from\s+(?:about|some|around|roughly|nearly|almost)?\s*$|^[^.;]{0,60}?\bcompared (?:with|to)\s+(?:about|some|around|roughly|nearly|almost)?\s*$/i;
// "48 over the Bryansk region and 21 …", "450 servicemen facing its Tsentr group around Pokrovsk and up to 230 …".
const PLACE_PART_GAP = /^\s+(?:over|in|near|across|above|facing|against|around)\s+(?:the\s+|its\s+|their\s+)?[A-Z][\w'’ -]{1,40}?\s*(?:,|\band)\s*(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly)?\s*$/;
// "with 5,874 confirmed deaths, followed by Tatarstan with 4,552 and the Sverdlovsk region with 4,236": parts by place.
const PLACE_WITH_GAP = /^[\s\w,]{0,30}?(?:,\s*|\b)(?:followed by|then|and|ahead of|before)\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?\s+with\s+(?:about|around|some|more than|over|nearly|almost|at least|roughly)?\s*$/;
// "a further 74,000 or so who are missing": a bare figure with its own fate after it.
const OWN_FATE_AFTER = /^\s*(?:or so\s+|more\s+|others?\s+)?(?:who|that)\s+(?:(?:are|were|is|was|have|has|had|been|remain|remained|still|now)\s+){1,3}(?:missing|wounded|injured|captured|killed|dead|held)\b/i;
// "20,915 names", "912 confirmed names": entries of a roll of the dead; "men we can name": the named dead.
const NAMES_NOUN = /^\s+(?:confirmed\s+|verified\s+)?names\b/i;
const WE_CAN_NAME = /^\s+(?:that\s+|whom\s+)?(?:we|they|it|the \w+)\s+(?:can|could|have|has)\s+(?:name|named|identif\w+)\b/i;
// "… and is preparing to", "… and will send": from "and" on, a new verb phrase of the same subject.
const AND_NEW_VERB = /\s+and\s+(?:is|are|was|were|will|has|have|had|plans|may|might|could|would)\b[\s\S]*$/;
// "… and handed back 78", "… and returned 19": the second leg of an exchange, right after the first.
const HANDED_BACK_BEFORE = /^[^.;]{0,40}?\band\s+(?:handed|sent|gave)\s+back\s+(?:about\s+|some\s+|only\s+|just\s+)?$|^[^.;]{0,40}?\band\s+returned\s+(?:about\s+|some\s+|only\s+|just\s+)?$/i;
// "… it passed", "it has reached": a pronoun for a toll, with the verb the figure follows.
const IT_PASSED = /\bit\s+(?:has\s+|had\s+|now\s+)?(?:passed|exceeded|surpassed|topped|reached|stood at|stands at)\s*$/i;
// The toll a pronoun stands for: "a total of Russian losses", "the death toll", in the clause before.
const TOLL_BEFORE_IT = /\b(?:(?:a|the)\s+(?:total|tally|count)\s+of\s+)?(?:[A-Z][\w'’-]*\s+)?(?:losses|casualties|death toll|deaths)\b[^;.]{0,60}[;,]\s*[^;]*$/;
// People of a place who "have been killed defending Ukraine", "died at the front", "fell in action": its soldiers.
const FELL_FIGHTING = /\b(?:killed|died|fell|perished|lost (?:their|his|her) lives?)\s+(?:while\s+)?(?:(?:defending|fighting for|serving)\s+(?:the\s+)?([A-Z][\w'’-]+)|(?:at|on)\s+the\s+front(?:\s*line)?\b|in\s+(?:action|combat|battle)\b|on\s+the\s+battlefield\b)/;
const TAKEN_BEFORE = /\b(?:taken|took|take|takes|taking)\s+$/i;
const PRISONER_AFTER = /^[^,.;]{0,30}?\s(?:prisoners?|captives?)\b/i;
const PLANNED = /\b(?:could|would|will|may|might|plans? to|planning to|planned to|preparing to|prepares to|expected to|intends? to|ready to|set to|going to|likely to)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched|transfer|transferred)\b/i;
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

function metricOf(r: Reading, lossContext: boolean): Metric | null {
  switch (r.cls) {
    case "killed":
    case "wounded":
    case "captured":
    case "missing":
      return r.cls;
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
  // The segment of the last equipment loss read, for a tally that goes on ("its list also includes …").
  let lastEquipmentLoss = -10;
  // The last equipment loss read as a claim, for the same kind of equipment named again without its owner.
  let lastEquipmentClaim: { item: Item | null; party: string | null; segment: number } | null = null;
  // The segment of the last count of military dead, for "Among the names are …" after it.
  let lastKilled = -10;
  let lastKilledAttr: Attribution | null = null;
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
    const tallyGoesOn = lastEquipmentLoss >= segIndex - 2 && nums.length > 0 && TALLY_INCLUDES.test(s);
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
      let inheritedPred: Predicate | null = null;
      let bareArrival = false;
      // A part of the list of dead counted just before ("Among the names are …"): told in that list's source's voice.
      let partOfList = i > 0 && readings[0]?.cls === "personnel" && segIndex - lastKilled <= 3 && AMONG_LIST.test(s);
      // The side of the column the figure stands in, in a table whose columns are sides; undefined elsewhere.
      const columnParty = inList && list!.columns && s.includes(" | ") ? list!.columns[countBars(s, n.start)] ?? null : undefined;
      const daily = /\(\s*\+\s*$/.test(s.slice(Math.max(0, n.start - 3), n.start));
      // The counted noun: people, territory, settlements, buildings, or an equipment word.
      const noun = nounClassOf(head);
      // The equipment noun phrase ends at a verb or preposition: "drones were locationally lost … jamming" is drones.
      const np = nounPhrase(head);
      const eq = itemOf(np);
      let cls: NounClass | null = null;
      let nounStart = 0;
      let nounEnd = n.end;
      let item: Item | null = null;
      // "Kharkiv | 24 | 97" under "Region | Killed | Injured": the column says what happened, the row where.
      const columnFate = inList && list!.fates && s.includes(" | ") ? list!.fates[countBars(s, n.start)] ?? null : null;
      let fateParty: string | null = null;
      if (columnFate) {
        const rowLabel = s.slice(0, s.indexOf(" | "));
        const place = countryOfPlace(rowLabel);
        cls = list!.civilian || place ? "civilians" : "personnel";
        inheritedPred = columnFate;
        fateParty = place ?? peopleIn(rowLabel, 0, null)[0]?.code ?? list!.party;
      }
      if (noun && (!eq || noun.index < eq.index)) {
        cls = noun.cls;
        nounStart = noun.index;
        nounEnd = n.end + noun.end;
      } else if (eq && eq.index < 60) {
        cls = "equipment";
        nounStart = eq.index;
        nounEnd = n.end + eq.index;
        item = specificItemOf(np);
      }
      // A list line that puts its label first: "tanks – 412", "personnel: about 1,051,000".
      if (!cls) {
        // A year may sit in the label ("aircraft lost since 2022: more than 100"), no other figure; a table row
        // puts "|" before the figure.
        const labelled = /^\s*(?:[-•*▪◦·]\s*)?([A-Za-z][^:|(]{0,80}?)\s*(?:[:|(–—‒-]|\s)\s*(?:about|around|approximately|approx\.?|~|≈|more than|over|up to|nearly)?\s*$/i.exec(s.slice(0, q.start));
        const label = labelled && !/\d/.test(labelled[1]!.replace(YEAR, "")) ? labelled : null;
        // "…: personnel ‒ about 733,140 (+1,640) people, tanks ‒ 9,436 (+17), …": a bulletin's list run into one sentence.
        const inline = /(?:^|[,;:]\s*)([A-Za-z][A-Za-z /&'’()-]{1,60}?)\s*[:–—‒-]\s*(?:about|around|approximately|approx\.?|~|≈|more than|over|up to|nearly)?\s*$/i.exec(s.slice(0, q.start));
        // A row of a table with a column per side ("Tanks | 4,120 | 1,180"): every figure is counted by the row's first cell.
        // ("M1A1 Abrams | United States | 31 | 20" under "Vehicle | Supplied by | Delivered | Lost": so is the figure in
        // a table's column of losses.)
        const rowLabel = columnParty !== undefined || measureColumn === "measure" ? s.slice(0, s.indexOf(" | ")) : null;
        const labelText = rowLabel ?? (label && (seg.line || inList) ? label[1]! : inline ? inline[1]! : null);
        if (labelText) {
          // "Fighter jets", "Armoured personnel carriers": an equipment word from the label's start beats a people word in it.
          const people = nounClassOf(labelText);
          const thing = itemOf(labelText);
          const lc = people && thing && thing.index <= people.index ? null : people;
          const li = specificItemOf(labelText);
          if (lc) cls = lc.cls;
          // "Kyiv death toll rises to 23", "Number of injured climbs to 48" among civilian tolls: civilians.
          if ((cls === "killed" || cls === "wounded") && (placeToll(labelText) || (memory.lastToll === "civilians" && /\b(?:toll|rises|rose|climbs|climbed|jumps|jumped|reaches|reached|hits|grows|tops|increases)\b/i.test(labelText) && !peopleIn(labelText, 0, null).length)) && !/\b(?:soldiers|troops|servicem[ae]n|personnel|military|army)\b/i.test(labelText)) {
            inheritedPred = cls;
            cls = "civilians";
          } else if (li && !lc) {
            cls = "equipment";
            item = li;
          }
        }
      }
      // "January | 1,525 | 47,275" under "Month | Average per day | Month total", captioned "Russian casualties by month":
      // a row label that counts nothing leaves the column of losses to count what the caption counts.
      if (!cls && measureColumn === "measure" && list!.pred && PEOPLE_CLASSES.has(list!.pred)) {
        cls = "personnel";
        inheritedPred = list!.pred;
      }
      // "(+23)" after a cumulative figure is its daily change: the same thing counted.
      if (daily && prev && prev.cls) {
        cls = prev.cls;
        item = prev.item;
      }
      // "A missile strike on Poltava left 14 dead and 21 injured", "Shelling of Kherson killed 3": the dead and injured
      // of a strike on a town, with no soldiers named, are its civilians (in a sentence: a headline without its
      // period may be a link to another story).
      if (!prev && (((cls === "killed" || cls === "wounded") && noun && /^(?:dead|killed|injured|wounded|hurt)\b/i.test(head.slice(noun.index))) || (!cls && !noun && !eq && /\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding)\s+(?:at least\s+|about\s+|some\s+)?$/i.test(s.slice(Math.max(0, q.start - 30), q.start)))) && /[.!?]["”]?\s*$/.test(s) && strikeOnTown(s)) {
        inheritedPred = cls === "killed" || cls === "wounded" ? cls : /\bkill\w*\s+(?:at least\s+|about\s+|some\s+)?$/i.test(s.slice(Math.max(0, q.start - 30), q.start)) ? "killed" : "wounded";
        cls = "civilians";
      }
      // "Russian losses of air-defence systems rose …: we documented 41 in the first half": a bare count after a
      // counting verb is of the losses the sentence named before.
      if (!cls && !noun && !eq && !prev && /\b(?:documented|recorded|counted|confirmed|verified|tallied|logged|registered|identified)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(Math.max(0, q.start - 40), q.start))) {
        const lossesOf = /\b((?:[A-Z][\w'’-]*\s+){1,2})losses of\s+((?:[\w-]+\s+){0,3}?[\w-]+)\b/.exec(s.slice(0, q.start));
        const lostItem = lossesOf ? specificItemOf(lossesOf[2]!) : null;
        if (lostItem) {
          cls = "equipment";
          item = lostItem;
          fateParty = peopleIn(lossesOf![1]!, 0, null).at(-1)?.code ?? null;
          inheritedPred = "lost";
        }
      }
      // "of them", "of those", or a bare number continuing an enumeration.
      let placePartPred: Predicate | null = null;
      const gap = prev ? s.slice(prev.nounEnd, n.start) : "";
      // ("roughly 11,000 of them last autumn and about 3,000 in a second rotation": a part, its time, and the next part;
      // "including 48 over the Bryansk region and 21 over the Kursk region": parts by place.)
      if (!cls && prev && prev.cls && /[,;]|\b(?:and|or|including|plus|while|as well as|with)\b/i.test(gap) && (/^[\s,]*(?:and|or|including|of whom|of which|plus|while|as well as|with)?[\s,]*(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|another|a further)?\s*$/i.test(gap) || /^\s*of (?:them|those|whom)\s+(?:in|last|this|during|over|by)\b[^,;.\d]{0,30}\s+and\s+(?:about|around|some|more than|over|nearly|almost|at least|up to|roughly|another|a further)?\s*$/i.test(gap) || PLACE_PART_GAP.test(gap) || PLACE_WITH_GAP.test(gap) || TIME_PART_GAP.test(gap) || (PLACE_FOR_GAP.test(gap) && /\baccount(?:s|ed)?\s+for\b/i.test(s.slice(0, prev.n.start))))) {
        // After "3,000 casualties, of whom 300 were killed" the part says its own fate; without a verb it shares the total's.
        cls = ["killed", "wounded", "casualties", "captured", "missing"].includes(prev.cls) ? "personnel" : prev.cls;
        if (cls === "personnel" && prev.cls !== "personnel") inheritedPred = prev.cls === "casualties" ? "casualties" : (prev.cls as Predicate);
        item = prev.item;
        // (A part by place has no verb of its own: "followed by" is no deployment.)
        if (PLACE_WITH_GAP.test(gap) || PLACE_FOR_GAP.test(gap) || (cls === "personnel" && PLACE_PART_GAP.test(gap))) placePartPred = inheritedPred ?? prev.pred;
      }
      // "3,000 more", "another 2,000", "24 others": the same kind as the figure before.
      const more = prev && prev.cls && (/^\s*(?:others?|more)\b/i.test(head) || /\b(?:another|a further)\s*$/i.test(s.slice(0, n.start)));
      if (more && prev && (!cls || cls === prev.cls || ((cls === "killed" || cls === "wounded") && prev.cls === "civilians"))) {
        cls = cls === "killed" || cls === "wounded" ? prev.cls : cls ?? prev.cls;
        item = item ?? prev.item;
        // "86,420 dead servicemen and a further 74,000 or so who are missing": the part names its own fate.
        if (!noun && ["killed", "wounded", "casualties", "captured", "missing"].includes(prev.cls!) && OWN_FATE_AFTER.test(head)) cls = "personnel";
      }
      // "Two of the dead were pensioners", "61 of the injured remain in hospital": part of the toll counted before.
      if ((cls === "killed" || cls === "wounded") && !prev && memory.lastToll === "civilians" && PART_OF_TOLL.test(head)) cls = "civilians";
      // "2,088 civilians killed and 9,138 injured": the injured are civilians too.
      if ((cls === "killed" || cls === "wounded") && prev && prev.cls === "civilians" && !/\b(?:soldiers|troops|servicem[ae]n|personnel)\b/i.test(head)) {
        cls = "civilians";
      }
      // "14,534 civilians … have been killed, and 38,472, including 2,366 children, injured": a bare figure whose verb
      // comes after an aside, the people those of the figure before.
      let gappedPred: Predicate | null = null;
      const gapped = !cls && prev && (prev.cls === "civilians" || prev.cls === "personnel") ? GAPPED_AFTER.exec(s.slice(n.end)) : null;
      if (gapped) {
        cls = prev!.cls;
        gappedPred = /^(?:killed|dead)$/i.test(gapped[1]!) ? "killed" : "wounded";
      }
      // "killing two people and injuring five": a bare figure right after a verb that happens to people.
      if (!cls && prev && prev.cls && ["personnel", "civilians"].includes(prev.cls) && /\b(?:killing|killed|wounding|wounded|injuring|injured|capturing|captured|kills|injures|wounds)\s+(?:at least\s+|about\s+|some\s+|another\s+|more than\s+)?$/i.test(s.slice(0, n.start)) && !noun && !eq) {
        cls = prev.cls;
      }
      let numberOfParty: string | null = null;
      let numberOfPred: Predicate | null = null;
      // "bringing its total … to 916,660", "the General Staff's count, which passed 980,000": the figure before, summed up.
      if (!cls && /\b(?:total|tally|count|figure|number)\b[^.;]{0,80}\b(?:to|at|passed|reached|reaches|exceeded|topped|surpassed|stood at|stands at|hit|of|rose to|risen to|climbed to|climbs to|rises to|jumps to|jumped to|grows to|increased to|increases to|(?:could|may|might|would|will) be)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i.test(s.slice(0, n.start))) {
        const numberOf = /\bnumber of\s+(.{3,80})\s+(?:at|to|is|was|stands at|reached|(?:has |had |have )?(?:surpassed|exceeded|topped|passed|reached|hit|risen to|rose to|climbed to|grown to|grew to)|climbs to|rises to|jumps to|jumped to|grows to|increased to|increases to|(?:could|may|might|would|will) be)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i.exec(s.slice(0, n.start));
        const nc = numberOf ? nounClassOf(numberOf[1]!) : null;
        if (nc) {
          cls = nc.cls;
          // "the number of North Korean soldiers killed": the owner and the verb are in the counted phrase.
          // ("the number of people killed in Russia's attack on Kyiv": civilians belong where they were, not to the attacker.)
          numberOfParty = nc.cls === "civilians" ? civilianCountry(numberOf![1]!) : peopleIn(numberOf![1]!, 0, null)[0]?.code ?? null;
          numberOfPred = predicatesIn(numberOf![1]!).find((p) => COMPATIBLE[nc.cls].includes(p.pred))?.pred ?? null;
          // "Number of injured climbs to 48" after civilian tolls: the same civilians.
          if ((nc.cls === "killed" || nc.cls === "wounded") && memory.lastToll === "civilians" && !/\b(?:soldiers|troops|servicem[ae]n|personnel|military)\b/i.test(s)) {
            numberOfPred = nc.cls;
            cls = "civilians";
          }
        } else if (prev && prev.cls && ["personnel", "casualties", "killed"].includes(prev.cls)) cls = prev.cls;
        else if (/\b(?:losses|casualties|killed|dead|troops|soldiers|personnel)\b/i.test(s)) {
          cls = "personnel";
          // "reports Russian losses every morning; its total passed 1,140,000": the side whose losses are summed.
          numberOfParty = ownerOfLosses(s.slice(0, n.start));
        }
        else if (memory.personnel && memory.personnelPred) {
          cls = "personnel";
          numberOfPred = memory.personnelPred;
        }
        // "Q: How many North Korean soldiers have died? A: … puts the number at about 2,000": the question says what.
        if (cls === "personnel" && /\?\s*$/.test(lastSegment)) {
          const asked = predicatesIn(lastSegment).find((p) => ["killed", "wounded", "captured", "missing", "deployed", "casualties"].includes(p.pred));
          if (asked) {
            numberOfPred = asked.pred;
            numberOfParty ??= peopleIn(lastSegment, 0, null).at(-1)?.code ?? null;
          }
        }
      }
      // "the force in Kursk numbered 11,000 to 12,000": the size of a body of troops is a deployment.
      if (!cls && !eq && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), n.start))) {
        cls = "personnel";
        numberOfPred = "deployed";
      }
      // "a first contingent of around 11,000", "a force of 10,000": a body of troops is a deployment.
      if (!cls && !eq && /\b(?:contingent|force|group|batch|wave|deployment|rotation|detachment|corps|army|grouping) of\s+(?:about|some|around|roughly|more than|over|nearly|almost|up to|at least)?\s*$/i.test(s.slice(0, n.start))) {
        cls = "personnel";
        numberOfPred = "deployed";
      }
      // "… 1,000,340 since February 2022 – with 1,140 in the past day": the day's share of the figure before.
      if (!cls && prev && prev.cls && /^\s*(?:in|over|during|for)\s+the\s+(?:past|preceding|previous|last)\s+(?:day|24 hours|week|month)\b/i.test(head)) {
        cls = prev.cls;
        item = prev.item;
        numberOfPred = prev.pred;
        numberOfParty = prev.party;
      }
      // The last figure of the sentence that counted something ("121 drones" before "10 regions"); only a figure
      // with nothing counted of its own looks for it.
      const lastCounted = cls ? null : prev?.cls ? prev : lastCountedOf(readings);
      // "Tanks (3,900, of which destroyed: 2,900, damaged: 170, captured: 550)": a fate's share of the equipment before.
      const fate = !cls && lastCounted?.cls === "equipment" ? FATE_LABEL.exec(s.slice(Math.max(0, q.start - 24), q.start)) : null;
      if (fate) {
        cls = "equipment";
        item = lastCounted!.item;
        numberOfParty = lastCounted!.party;
        numberOfPred = /^(?:abandoned|lost)$/i.test(fate[1]!) ? "lost" : (fate[1]!.toLowerCase() as Predicate);
      }
      // "Of the tanks, roughly 2,900 were destroyed", "Of those, 88 were shot down": a sentence that opens on the
      // whole names what its first figure counts, or points to the figure of the sentence just before.
      if (!cls && !prev) {
        const whole = PARTITIVE_OPENER.exec(s.slice(0, q.start));
        if (whole?.[1]) {
          const wc = nounClassOf(whole[1]);
          const wi = wc ? null : specificItemOf(whole[1]);
          if (wc || wi) {
            cls = wc ? (wc.cls === "civilians" || wc.cls === "equipment" ? wc.cls : "personnel") : "equipment";
            item = wi;
            numberOfParty = peopleIn(whole[1], 0, null)[0]?.code ?? (memory.counted && memory.counted.segment >= segIndex - 3 && memory.counted.cls === cls ? memory.counted.party : null);
          }
        } else if (whole && memory.counted && memory.counted.segment === segIndex - 1 && !["buildings", "territory", "settlements"].includes(memory.counted.cls)) {
          cls = memory.counted.cls === "equipment" || memory.counted.cls === "civilians" ? memory.counted.cls : "personnel";
          item = memory.counted.item;
          // Equipment launched ("attacked Ukraine with 273 drones") is read without its owner: its losses
          // take theirs from the verb and the speaker below.
          if (cls !== "equipment") numberOfParty = memory.counted.party;
        }
      }
      // "about 300 have died", "including about 1,300 over the past day": the people counted before.
      // ("… 2,900 tanks were destroyed and 550 were captured": after equipment a bare figure is equipment, below.)
      if (!cls && prev?.cls !== "equipment" && /^\s*(?:(?:have|had|has|were|are|was)\s+)?(?:been\s+)?(?:killed|died|dead|wounded|injured|captured|taken prisoner|missing)\b/i.test(head)) cls = prev?.cls === "civilians" ? "civilians" : "personnel";
      // "estimated that about 11,000 had arrived in the region", after North Korean troops were counted or named: a bare
      // figure that arrived or was sent is of those troops.
      if (!cls && !noun && !eq && !prev && BARE_ARRIVAL.test(head) && (memory.personnelPred === "deployed" || peopleIn(segments[segIndex - 1]?.text ?? "", 0, null).length > 0)) {
        cls = "personnel";
        bareArrival = true;
      }
      // "about 400 are now thought to have died": a bare figure of the people counted before.
      if (!cls && prev && prev.cls && ["personnel", "civilians", "killed", "wounded", "casualties", "captured", "missing"].includes(prev.cls) && /^\s*(?:(?:are|were|have|had|has|is|was|now|already|reportedly|believed|thought|feared|estimated|said|to|been|be|later|since|still)\s+){0,5}(?:killed|died|dead|wounded|injured|captured|missing|surrendered|lost|held (?:in|as|captive|prisoner))\b/i.test(head)) {
        cls = prev.cls === "civilians" ? "civilians" : "personnel";
      }
      // "destroyed 121 drones over 10 regions, including 27 over Bryansk": the part of the last figure that counted something.
      if (!cls && lastCounted && /\bincluding\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost)?\s*$/i.test(s.slice(0, n.start))) {
        cls = lastCounted.cls;
        item = lastCounted.item;
        if (!prev?.cls) {
          numberOfPred = lastCounted.pred;
          numberOfParty = lastCounted.party;
        }
      }
      // "91 of them", "of which 98 were shot down": part of the figure before.
      if (!cls && prev && prev.cls && (/^\s*of (?:them|those|whom|these|which)\b/i.test(head) || /\b(?:of (?:which|whom|them|those)|among them|out of)\s+(?:about|some|around|roughly|more than|over|at least|nearly|almost|as many as|up to|fewer than|less than|no more than|just over|just under)?\s*$/i.test(s.slice(0, n.start)))) {
        // Parts of buildings or ground ("paid compensation for 300 of them") are not new figures.
        cls = prev.cls === "equipment" ? "equipment" : prev.cls === "civilians" ? "civilians" : prev.cls === "buildings" || prev.cls === "territory" || prev.cls === "settlements" ? null : "personnel";
        item = prev.item;
      }
      // "Air defence shot down 87 of them": the figure before is in the sentence before.
      const before = memory.counted && memory.counted.segment === segIndex - 1 ? memory.counted : null;
      if (!cls && !prev && before && /^\s*of (?:them|those|these)\b/i.test(head) && before.cls !== "buildings" && before.cls !== "territory" && before.cls !== "settlements") {
        cls = before.cls === "equipment" || before.cls === "civilians" ? before.cls : "personnel";
        item = before.item;
        numberOfParty = before.party;
      }
      // "… North Korean soldiers sent to fight in Kursk. Seoul said around 600 of them had been killed": people named
      // without a figure in the sentence before are what "of them" counts.
      // ("Mediazona, which counts Russian soldiers whose deaths have been made public, has named 113,000 of them": people
      // named earlier in the same sentence, and their fate with them.)
      if (!cls && !prev && /^\s*of (?:them|those|these)\b/i.test(head)) {
        const here = s.slice(0, q.start);
        const peopleRe = /\b((?:[A-Z][\w'’.-]*\s+){1,2})(?:soldiers|troops|servicem[ae]n|fighters|conscripts|marines|officers|prisoners)\b/;
        const inSentence = peopleRe.exec(here);
        const people = inSentence ?? peopleRe.exec(lastSegment);
        const side = people ? peopleIn(people[1]!, 0, null).at(-1)?.code ?? null : null;
        if (side) {
          cls = "personnel";
          numberOfParty = side;
          if (inSentence && /^\s*(?:whose deaths|who (?:have |had )?(?:died|been killed|fallen)|who were killed|killed)\b/i.test(here.slice(inSentence.index + inSentence[0].length))) numberOfPred = "killed";
        }
      }
      // "took 380 square kilometres, down from 430 in January": a bare figure compared with the one before.
      if (!cls && prev && prev.cls && COMPARED_WITH.test(s.slice(prev.nounEnd, q.start)) && !noun && !eq) {
        cls = prev.cls;
        item = prev.item;
        numberOfPred = prev.pred;
        numberOfParty = prev.party;
      }
      // "Among the dead, 17,000 were prisoners. Some 12,400 were men mobilised in 2022": parts of a death toll
      // by kind, in its sentence or the one after it.
      const tollBefore = memory.counted && memory.counted.segment >= segIndex - 1 && memory.counted.cls === "killed";
      if (!cls && !noun && !eq && /^\s*(?:were|was)\s/i.test(head) && (AMONG_THE_DEAD.test(s.slice(0, n.start)) || tollBefore)) {
        cls = "killed";
        numberOfParty = memory.personnel;
      }
      // "Among the names are more than 23,000 men recruited from prisons": people by kind in a list of the dead counted
      // just before.
      if (cls === "personnel" && !prev && segIndex - lastKilled <= 3 && AMONG_LIST.test(s)) {
        numberOfPred = "killed";
        numberOfParty = memory.personnel;
        partOfList = true;
      }
      // "deaths come from Bashkortostan (5,386), Tatarstan (4,214)": parts by place in brackets after a toll's noun.
      if (!cls && s[q.start - 1] === "(" && s[n.end] === ")") {
        const toll = TOLL_NOUN.exec(s.slice(0, s.indexOf("(")));
        if (toll) {
          cls = nounClassOf(toll[0])?.cls ?? null;
          numberOfParty = memory.personnel;
        }
      }
      // "about 20 aircraft hit, with as many as 10 destroyed": a bare figure of the equipment before, with its fate.
      if (!cls && prev?.cls === "equipment" && /^\s*(?:(?:were|was|had been|have been)\s+)?(?:destroyed|damaged|downed|shot down|lost|captured|abandoned|disabled|seized)\b/i.test(head)) {
        cls = "equipment";
        item = prev.item;
        numberOfParty = prev.party;
      }
      // "140 Sri Lankans have died": a people's name in the plural is the counted noun, and its owner.
      if (!cls && !eq && CAPITAL_NEXT.test(head)) {
        const people = findParties(head.slice(0, 40)).find((p) => p.kind === "people");
        if (people && /^\s*(?:[\w-]+\s+)?$/.test(head.slice(0, people.start)) && /[a-z]s$/.test(people.text)) {
          cls = "personnel";
          nounStart = people.start;
          nounEnd = n.end + people.end;
          numberOfParty = people.code;
        }
      }
      if (!cls) {
        // "a month of heavy losses, at about 48,000": the clause before "at" names the toll.
        const last = lastClause(s.slice(0, q.start));
        const clause0 = /^\s*(?:at|of)\s+(?:about|some|around|roughly|more than|over|nearly|almost)?\s*$/i.test(last) ? lastClause(s.slice(0, q.start - last.length - 1)) + last : last;
        // "losses had passed 5,000": the qualifier is the verb the toll's clause ends on.
        const clause1 = /^(?:passed|exceeded|surpassed|topped)\b/i.test(s.slice(q.start, n.start)) ? clause0 + s.slice(q.start, n.start) : clause0;
        // "publishes a total of Russian losses every morning; at the start of November it passed 1,150,000": "it" is
        // the toll of the clause before.
        const itToll = IT_PASSED.test(clause1) ? TOLL_BEFORE_IT.exec(s.slice(0, q.start - clause0.length)) : null;
        const clause = itToll ? `${itToll[0]} ${clause1}` : clause1;
        if (itToll && !numberOfParty) numberOfParty = peopleIn(itToll[0].slice(0, itToll[0].search(/[;,]/)), 0, null)[0]?.code ?? null;
        if (/\b(?:casualt(?:y|ies)|losses|deaths|(?<!\bof (?:the )?)dead|death toll|toll|number of (?:dead|killed|wounded|casualties)|(?:dead|killed) (?:and|or) (?:wounded|injured))\b[^.]{0,140}\b(?:to|at|of|reached|reach|reaches|hit|hits|stood at|stands at|stand at|is|was|are|were|amounted to|amount to|amounts to|exceeded|exceed|exceeds|topped|top|tops|surpassed|surpass|surpasses|passed|pass|passes|near|nears|neared|approached|approach|approaches|rose to|rises to|risen to|climbed to)\s*$/i.test(clause)) {
          // "puts Russian tank losses at 4,000": the equipment whose losses they are.
          const equipmentLosses = /\b([\w-]+(?:\s[\w-]+)?)\s+losses\b/i.exec(clause);
          const lostItem = equipmentLosses ? specificItemOf(equipmentLosses[1]!) : null;
          if (lostItem) {
            cls = "equipment";
            item = lostItem;
          }
          // The toll of a strike or an attack counts civilians.
          // (And the toll of a city or region, "Kyiv death toll rises to 23".)
          // (And a toll whose parts are children, or that goes on from a civilian toll: "rose to 35, including two children".)
          else if (/\b(?:civilian|attack|strike|shelling|bombing|bombardment|raid|explosion|blast)/i.test(s) || placeToll(clause) || CHILDREN_AMONG.test(s.slice(n.end)) || memory.lastToll === "civilians") cls = "civilians";
          // "Western estimates put Russian deaths at more than 100,000": deaths are the dead.
          // ("put Ukraine's military dead at between 60,000 and 100,000": so are the dead.)
          else cls = /\b(?:deaths|dead)\b/i.test(clause) && !/\b(?:casualt(?:y|ies)|losses|(?:dead|killed) (?:and|or) (?:wounded|injured))\b/i.test(clause) ? "killed" : "personnel";
        }
      }
      if (cls === "equipment" && !item) item = "other";
      // "recruiting about 30,000 volunteers", "mobilised 300,000 men": people enlisted are not yet a figure of the vocabulary.
      if ((cls === "personnel" || cls === "civilians") && /\b(?:recruit(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|conscript(?:s|ed|ing)?|enlist(?:s|ed|ing)?|train(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|rescued|relocated|hired)\s+(?:(?!and\b)\w+\s+){0,3}$/i.test(lastClause(s.slice(0, q.start)))) cls = null;
      // "received 6,057 bodies from Russia and handed back 78": the other side's dead or prisoners, going the other way.
      let handedBackParty: string | null = null;
      if (!cls && !noun && prev && (prev.cls === "killed" || prev.cls === "captured") && prev.party && HANDED_BACK_BEFORE.test(s.slice(prev.nounEnd, q.start))) {
        cls = prev.cls;
        handedBackParty = opponentOf(prev.party);
      }
      // A roll of the named dead: "accounts for 912 names", "1,010 men we can name" after a count of dead soldiers.
      let namesParty: string | null = null;
      if (memory.lastMetric === "killed" && !n.words) {
        if (!cls && NAMES_NOUN.test(head)) {
          cls = "killed";
          namesParty = memory.personnel;
        } else if (cls === "personnel" && WE_CAN_NAME.test(s.slice(nounEnd, nounEnd + 40))) placePartPred = "killed";
      }
      // "212 residents of the community have been killed defending Ukraine", "killed at the front": people of a town who
      // died fighting are its soldiers, and the side they fought for is theirs.
      let defended: string | null = null;
      if (cls === "civilians" && noun) {
        const fell = FELL_FIGHTING.exec(s.slice(nounEnd, nounEnd + 120));
        if (fell && !/[.;]/.test(s.slice(nounEnd, nounEnd + fell.index))) {
          cls = "personnel";
          defended = fell[1] ? (peopleIn(fell[1], 0, null)[0]?.code ?? null) : null;
        }
      }
      // "the enemy's losses amounted to 39,180 people": people of an army's losses are its soldiers.
      if (cls === "civilians" && noun && /^(?:people|persons)\b/i.test(head.slice(noun.index)) && (ENEMY.test(s) || /\blosses\b/i.test(s.slice(0, n.start)) || (inList && list!.loss))) cls = "personnel";
      // "The soldiers, who are among some 11,000 sent by Pyongyang": a bare figure, its people named before, its verb after.
      if (!cls && !n.words && !noun && !eq && /\b(?:troops|soldiers|servicem[ae]n|personnel|fighters)\b/i.test(s.slice(0, n.start)) && /^\s*(?:(?:had|have|has|were|was|been|already|reportedly)\s+)*(?:sent|deployed|dispatched|transferred|killed|wounded|injured|captured)\b/i.test(head)) {
        cls = "personnel";
      }
      // "Pyongyang sent its men in two waves, roughly 11,000 …": a bare figure after the people it counts.
      if (!cls && !n.words && /,\s*(?:roughly|about|some|around|nearly|almost|more than|over)\s*$/i.test(s.slice(0, n.start)) && /\b(?:troops|soldiers|men|servicemen|personnel|forces)\b/i.test(s.slice(0, n.start)) && !/\b(?:tanks|vehicles|drones|kilomet|villages|settlements|civilians|people)\b/i.test(s)) {
        if (lossWords.some((p) => p.pred === "deployed" && p.end <= n.start)) cls = "personnel";
      }
      // Equipment put to use ("fired 74 drones") stays counted for the parts that follow ("of which 58 were shot down") but is no claim.
      let used = false;
      if (cls === "equipment") {
        // The nearest verb before the figure in its clause decides: a verb of use beats a loss word further back.
        const clauseBefore = lastClause(s.slice(0, q.start));
        // ("The pace has slowed: we recorded 92 tanks lost": "has" before a participle is an auxiliary, no use.)
        const uses = [...clauseBefore.matchAll(NEUTRAL_USE)].filter((u) => !/^ha(?:s|ve)$/i.test(u[0]) || !/^\s+(?:\w+ed|been|seen|shown|grown|fallen|taken|given|become|done|gone|risen|begun)\b/i.test(clauseBefore.slice(u.index + u[0].length)));
        const lastUse = uses[uses.length - 1];
        const lossBefore = lossWords.filter((p) => p.end <= q.start && p.index >= q.start - clauseBefore.length && LOSS_PREDS.has(p.pred));
        const lastLoss = lossBefore[lossBefore.length - 1];
        if (lastUse && (!lastLoss || q.start - clauseBefore.length + lastUse.index > lastLoss.index) && !(inList && list!.loss)) used = true;
        // "20 drones hit targets in five places": equipment that strikes is used, not lost.
        if (STRIKES_AFTER.test(s.slice(nounEnd, nounEnd + 40))) used = true;
        // "66 of 103 drones": the whole is what was sent; the part is what was lost.
        if (prev && /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i.test(s.slice(prev.n.end, n.start))) used = true;
      }
      // "had taken two wounded soldiers prisoner": the verb is split around the figure and its people.
      if (cls !== null && ["wounded", "killed", "personnel"].includes(cls) && TAKEN_BEFORE.test(s.slice(Math.max(0, q.start - 20), q.start)) && PRISONER_AFTER.test(s.slice(nounEnd))) cls = "captured";
      // "one"/"a" count only with their noun at once ("one civilian was killed"), not "one of", "one 20 years old".
      if (n.words && n.value === 1 && !(noun && noun.index <= 12) && !(eq && eq.index <= 40) && !daily) cls = null;
      // Square miles beside square kilometres are the same figure, given once in km².
      if (cls === "territory" && /^\s*(?:square miles?|sq\.? ?mi)/i.test(afterAll) && /\b(?:square kilomet\w*|square km|sq\.? ?km|km2|km²|kilomet(?:er|re)s? squared)/i.test(s.slice(Math.max(0, n.start - 60), n.start))) cls = null;
      // What happened to them (predicate.ts).
      const what = predicateOf({ s, n, q, head, afterAll, leadFigure, dashLead, cls, nounEnd, prev, more: Boolean(more), lossWords, inList, list, gappedPred, numberOfPred, inheritedPred, placePartPred, memory, segIndex });
      let pred = what.pred;
      const { pb, pa, takingBefore } = what;
      // Whose people, equipment or ground (party.ts).
      const { party, mod } = partyOf({ s, n, q, head, cls, item, pred, noun, nounStart, nounEnd, prev, more: Boolean(more), daily, gap, pb, pa, lossWords, inList, list, columnParty, measureColumn, fateParty, numberOfParty, defended, namesParty, handedBackParty, bareArrival, takingBefore, tallyGoesOn, attr, figAttrBase, cands, resolve, speaker, outletParty, docPlace, segments, segIndex, memory, lastEquipmentClaim });
      const hostile = pred === "destroyed" || pred === "killed" || pred === "captured" || pred === "wounded" || pred === "casualties";
      // "with a force that the ministry estimated at more than 10,000 troops": the size of a force is a deployment.
      if (cls === "personnel" && !pred && /\b(?:force|contingent|grouping|expeditionary)\b/i.test(s.slice(0, n.start)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken")) pred = "deployed";
      // "Ukraine's armed forces number about 880,000 troops": the size of a force, its people named after the figure.
      if (cls === "personnel" && !pred && s.includes("number") && FORCE_NUMBERED.test(s.slice(Math.max(0, n.start - 160), q.start))) pred = "deployed";
      // "Roughly 15,000 North Korean troops over two rotations": a side's troops, with no word of loss, are a presence.
      if (cls === "personnel" && !pred && mod.length && /^(?:troops|soldiers|forces|servicem[ae]n|personnel)\b/i.test(head.slice(nounStart)) && !lossWords.some((p) => p.pred !== "deployed" && p.pred !== "taken")) pred = "deployed";
      readings.push({ n, cls, item, pred, party, nounEnd, daily });
      if (cls) memory.counted = { cls, item, party, segment: segIndex };
      // Several sources in one sentence ("X says…; Y says…"): the one in the figure's clause.
      let figAttr = cands.length > 1 ? resolve(chooseAttribution(cands, s, n.start)) ?? attr : attr;
      // "The 47th Mechanized Brigade said it had destroyed 15 Russian tanks": a unit that reports the other side's losses fights for the side opposite.
      // ("Two Ukrainian soldiers were killed, the brigade said": a unit telling its own dead in the passive is no such agent.)
      if (figAttr && !figAttr.known && party && hostile && !/\b(?:were|was|been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|captured|taken prisoner)\b/i.test(s) && /\b(?:brigade|battalion|regiment|division|corps|unit|squadron|air defen[cs]es?|drone (?:unit|company|battalion)|special forces|marines)\b/i.test(figAttr.attributedTo)) {
        const side = opponentOf(party);
        if (side) figAttr = { ...figAttr, sourceParty: side, known: true };
      }
      const metric = used ? null : metricOf({ n, cls, item, pred, party, nounEnd, daily }, cls === "equipment" ? lossContext : inList && list!.loss);
      if (!metric) continue;
      if (metric === "equipment_lost") {
        lastEquipmentLoss = segIndex;
        lastEquipmentClaim = { item, party, segment: segIndex };
      }
      if (metric === "killed" && !partOfList) {
        lastKilled = segIndex;
        lastKilledAttr = figAttr;
      }
      if (partOfList && !figAttr) figAttr = lastKilledAttr;
      // Only figures that become claims teach the article's memory who is being counted.
      if (party && (cls === "personnel" || cls === "killed" || cls === "wounded" || cls === "casualties" || cls === "captured")) memory.personnel = party;
      if (pred && cls === "personnel") memory.personnelPred = pred;
      if (party && (cls === "civilians" || cls === "buildings")) {
        memory.civilians = party;
        memory.civiliansSegment = segIndex;
      }
      if (metric === "civilians_killed" || metric === "civilians_wounded") memory.lastToll = "civilians";
      else if (metric === "killed" || metric === "wounded" || metric === "casualties") memory.lastToll = "military";
      if (metric) memory.lastMetric = metric;
      if (pred && (cls === "territory" || cls === "settlements")) memory.taking = { pred, party, segment: segIndex };
      // "thousands", "hundreds of square miles": vague plurals are optional in the annotated gold and no
      // value of ours can match another reader's; they stay numbers (for breakdowns) but not claims.
      if (n.kind === "vague") continue;
      // "(+0)": no change that day is not a figure anyone charts (the annotated gold marks it ambiguous).
      if (daily && q.value === 0) continue;
      // Planned or possible deployments ("could be sent", "plans to send") are optional in claims.md: left out.
      // Only the figure's own clause says so: "has 11,000 troops there …, and may send more" keeps the 11,000.
      // ("sent about 1,000 deminers … and is preparing to dispatch 5,000 more": a second verb after "and" starts its own clause.)
      if (metric === "troops_deployed" && PLANNED.test(`${lastClause(s.slice(0, q.start))}${s.slice(q.start, n.end + cutAtClause(afterAll).replace(AND_NEW_VERB, "").length)}`)) continue;
      // Combined totals of both sides are optional in claims.md and belong to no party: left out.
      if (/\b(?:on both sides|both sides|of both armies|combined (?:toll|total|losses))\b/i.test(s)) continue;
      // "Russia and North Korea together lost more than 60,000 soldiers": a total of two sides is neither's.
      if (s.includes("together") && TWO_SIDES_TOGETHER.test(lastClause(s.slice(0, q.start)))) continue;
      const factor = cls === "territory" ? territoryFactor(s.slice(n.end, n.end + 30)) : 1;
      const value = q.value * factor;
      // "Russia and Ukraine each handed over 303 prisoners": the same figure for each side.
      // (The pattern backtracks over every word pair: tried only when "each" is there at all.)
      const beforeFigure = s.slice(0, q.start);
      const each = beforeFigure.includes("each") ? /\b(\S+(?:\s\S+)?)\s+and\s+(\S+(?:\s\S+)?)\s+each\b[^,;]*$/.exec(beforeFigure) : null;
      const sides = each ? [peopleIn(each[1]!, 0, null)[0]?.code, peopleIn(each[2]!, 0, null)[0]?.code] : [];
      // "the two sides swapped 146 prisoners of war each": a swap's figure with "each" after it is both sides'.
      const swappedEach = !each && metric === "captured" && party && s.includes("each") && /^\s*(?:of war\s+)?each\b/i.test(s.slice(nounEnd)) && /\b(?:swapped|swap|exchanged|exchange|handed over|released|freed)\b/i.test(lastClause(beforeFigure));
      // "307 servicemen from each side were freed", "the two sides each released 390 people, 270 of them military":
      // a swap's figure for each side is both sides'.
      const eachSide = !each && !swappedEach && metric === "captured" && s.includes("each") && (/^\s*(?:of war\s+)?(?:from|on|by)\s+each\s+side\b/i.test(s.slice(nounEnd)) || /\b(?:the two sides|both sides|each side|the sides)\s+each\b|\beach side\b/i.test(lastClause(beforeFigure)) || (prev !== null && /\b(?:the two sides|each side)\s+each\b|\b(?:the two sides|both sides)\s+each\b/i.test(beforeFigure)));
      const opposite = swappedEach || (eachSide && party) ? opponentOf(party) : null;
      const parties = sides.length === 2 && sides[0] && sides[1] && sides[0] !== sides[1] ? [sides[0], sides[1]] : opposite ? [party, opposite] : eachSide ? ["RU", "UA"] : [party];
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

/** Whether a sentence tells of a strike on a town or region with no soldiers named: its dead are civilians. */
function strikeOnTown(s: string): boolean {
  return /\b(?:strikes?|attacks?|shelling|shelled|bombing|bombardment|missiles?|drones?|glide bombs?|air ?strikes?|raids?)\b/i.test(s) && !/\b(?:soldiers|troops|servicem[ae]n|personnel|fighters|military|brigades?|positions|army)\b/i.test(s) && countryOfPlace(s) !== null;
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

/** Whether an "a"/"an" item and a figure stand in one enumeration: only "and", commas and their items between them. */
function enumeratedWith(s: string, a: NumberMention, n: NumberMention): boolean {
  const between = a.start < n.start ? s.slice(a.end, n.start) : s.slice(n.end, a.start);
  return between.length <= 80 && /(?:,|\band\b)\s*$/.test(between.trimEnd() + " ") && !/[.;:]|\b(?:in|on|at|by|from|near|over|during|after|when|while|said|says)\b/i.test(between);
}

/** The side named right before the last loss noun of a text ("Russian losses", "North Korea's casualties"), or null. */
function ownerOfLosses(before: string): string | null {
  let owner: string | null = null;
  for (const m of before.matchAll(/((?:[A-Z][\w'’.-]*\s+){1,2})(?:combat\s+|military\s+|personnel\s+|total\s+|overall\s+)?(?:losses|casualties|dead)\b/g)) {
    owner = peopleIn(m[1]!.replace(/['’]s\s+$/, " "), 0, null)[0]?.code ?? owner;
  }
  return owner;
}

/** How many table-cell separators (" | ") stand before a position: the figure's column. */
function countBars(s: string, at: number): number {
  let k = 0;
  for (let i = s.indexOf(" | "); i >= 0 && i < at; i = s.indexOf(" | ", i + 3)) k++;
  return k;
}

/** The last reading that counted something. */
function lastCountedOf(readings: Reading[]): Reading | null {
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]!.cls !== null) return readings[i]!;
  return null;
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

const NP_STOP = /\s(?:were|was|are|is|have|has|had|will|would|in|on|at|to|into|since|during|for|from|by|with|after|before|when|while|that|which|who|over|near|across|along|against|made|manufactured|supplied|produced|built|belonging)\s/i;

/** The noun phrase at the start of a text: up to its first verb or preposition, at most 80 characters. */
function nounPhrase(head: string): string {
  const cut = head.slice(0, 80);
  const m = NP_STOP.exec(` ${cut} `.slice(1));
  return m ? cut.slice(0, m.index) : cut;
}

function territoryFactor(after: string): number {
  if (/^\s*(?:square miles?|sq\.? ?mi|mi2|mi²)/i.test(after)) return 2.58999;
  if (/^\s*hectares?/i.test(after)) return 0.01;
  return 1;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

