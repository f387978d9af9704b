import { countryGoverningPlace, countryOfPlace, countryOfSource, findParties } from "./parties.js";
import { DASH_ROLE, DATELINE_CITY_LABEL, sideBeforeItsLosses } from "./common.js";
import { MONTH, MONTH_FULL, type PostedDay } from "./months.js";

/** Who a sentence says its figures come from. */
export interface Attribution {
  /** The source as named ("Ukraine's General Staff"). */
  attributedTo: string;
  /** Its country; null for international bodies and sources of no single country. */
  sourceParty: string | null;
  /** Whether the named source resolved to a country or body we know. */
  known: boolean;
  /** Position of the source name in the sentence. */
  start: number;
  end: number;
  /** True for the source another one cites ("ISW, citing a Ukrainian unit"): the original source. */
  cited?: boolean;
}

const PRONOUN_TOTAL = /\b((?:its|their)\s+(?:(?:own|running|latest|official|updated|overall|cumulative)\s+)?(?:total|tally|count))\s+(?:for\s+[^,;.\d]{1,40}?\s+|of\s+[^,;.\d]{1,40}?\s+)?(?:now\s+)?(?:stands|stood|is|was|reached|has reached|rose|has risen)\b/;
const PRONOUN_FIGURE_OF = /\b((?:its|their)\s+(?:(?:own|official|latest|last)\s+){0,2}(?:figure|total|tally|count|estimate))\s+of\s+(?=(?:about\s+|some\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+|at least\s+|up to\s+)?\d)/;
const NAMED_FIGURE = /(?:^|[,;:]\s*)((?:[Tt]he\s+)?(?!(?:The|This|That|These|Its|Their|His|Her|Our|A|An|One|Each|Every|Another)\b)(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)\s+(?:figure|tally|count|estimate)\s+(?:[a-z]+\s+){0,3}?(?:was|is|stands at|stood at|reached)\s/;
// A name's account before a colon: "the Russian MoD's version for the same day:", "Kyiv's figures:".
const OWNED_ACCOUNT = /(?:^|[,;]\s*|\b(?:[Ff]or balance|[Mm]eanwhile|[Bb]y contrast|[Ii]n contrast),?\s+)((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*)['’]s\s+(?:own\s+|official\s+|latest\s+)?(?:version|account|figures|numbers|claims?|tally|count|estimates?|line)\b[^:;.]{0,40}:\s/;
// A body's name as the label of its summary for a day: "Southern Defence Forces, morning summary for 10 March:".
const SUMMARY_LABEL = /^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*),?\s+(?:(?:(?:morning|evening|daily|nightly|latest|weekly|operational)\s+)?(?:summary|update|report|bulletin|data|figures)\s+)?(?:for|as of)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|the\s+(?:day|past day|night|past 24 hours))\s*[:.]/;
// A capitalised name's tally: "The General Staff's running tally of …", "Oryx's count of …".
// ("The UN mission's count of civilians killed": with the body's noun after the name.)
const OWNED_TALLY = /\b((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*(?:\s+(?:mission|ministry|office|agency|service|command|project|group|monitors))?)['’]s\s+(?:(?:own|running|latest|official|daily|updated)\s+){0,2}(?:tally|count|total)\s+(?:of|for)\b/g;
// Verbs of saying, in the forms news English uses.
const SAY =
  "said|says|say|report that|told|tells|claimed|claims|claim|estimated|estimates|estimate|reported|reports|stated|states|announced|announces|confirmed|confirms|believes|believe|believed|assessed|assesses|assess|added|adds|noted|notes|wrote|writes|posted|indicated|indicates|revealed|reveals|disclosed|alleged|alleges|insisted|insists|calculated|calculates|counted|counts|count|tallied|recorded|records|documented|documents|verified|verifies|suggests|suggested|warned|warns|briefed|informed|informs|acknowledged|acknowledges|admitted|admits|declared|declares|asserted|asserts|put|puts|estimating|thinks|think|thought|concluded|concludes|found|finds|shows|showed|show|cited|cites|quoted|quotes|explained|explains|reiterated|boasted|publishes|published|stressed|emphasized|emphasised|highlighted|mentioned|observed|specified|clarified|summed up|updated|listed|lists|identified|identifies|tracked|tracks|registered|logged|compiled|compiles|gave|gives|established|establishes|issued|issues|released its|released a|released new|releases its|releases a|broadcast|aired|televised|credited|credits|speaks of|spoke of|recalled|recalls|judged|judges|claiming|reckons|reckoned|raised the number|raised the toll|raised the death toll|raised its estimate|raised its count|revised the number|revised its estimate|revised the toll";
const OWNED_FIGURE = /\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(?:(?:own|latest|official|estimated|reported|claimed)\s+)?(?=(?:about|some|around|roughly|nearly|almost|more than|over|at least|up to)?\s*\d)/g;
const COUNTED_SPEAKERS = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?:[\w-]+\s+){0,3}(?:soldiers|troops|servicem[ae]n|prisoners|POWs|captives|civilians|residents|people)\b/i;
const SOURCE_IN_BRACKETS = /\(((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|on)){0,9})(?:,\s*[^()]{1,30})?\)\s*$/;
// ("Ukraine's General Staff on 7 January listed …": a date between the subject and its verb.)
const TIME_AFTER_SUBJECT = new RegExp(String.raw`(?<=[A-Za-z'’])\s+(?:on|in|last|early|late)\s+(?:\d{1,2}\s+${MONTH_FULL}|${MONTH_FULL}(?:\s+\d{1,2})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`);
const MONTH_AND_YEAR = new RegExp(String.raw`\b${MONTH}\s+(?:19|20)\d\d\b`, "gi");
const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}\s+${MONTH_FULL}\b|\b${MONTH_FULL}\s+\d{1,2}\b`, "g");
/** A name and its age between commas, before its verb: "Oleksii Reznikov, 56,". */
const NAME_AGED = /(?<![\w'’.-])([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+\d{1,3},\s*$/;
// ("A day later Russia said", "Hours later, the ministry said": so is a span of time after which it spoke.)
const TIME_BEFORE_SUBJECT = /^(?:(?:By|On|In|At|Late|Early|Later)\s+(?:the\s+)?(?:evening|morning|afternoon|night|nightfall|noon|midday|end of the day|[A-Z][a-z]+day)(?:\s+(?:evening|morning|afternoon|night))?|(?:(?:A|One|Two|Three|Four|Several|A few)\s+(?:days?|weeks?|hours?|months?|minutes?)|Hours|Days|Weeks|Months|Minutes|Moments)\s+later|(?:Last|last|This|this|Earlier this|Later that|Earlier that|Late last|Early last)\s+(?:week|month|year|weekend|spring|summer|autumn|winter|[A-Z][a-z]+day))(?:,?\s+)(?=(?:the\s+)?[A-Z]|(?:he|she|it|they)$)/;
const AUX = "(?:has |have |had |was |were |is |are |also |only |still |previously |earlier |later |then |first |initially |originally |officially |publicly |had previously |has previously |has also |have also |had also |would |will |could |may |might |now |further |again |separately |on \\w+ |last \\w+ |in [a-z]\\w* |by last \\w+ |by \\w+ )*";

/** A time before a subject: "on 20 June its spokesman (said)", "on Tuesday the ministry (said)". */
// (And a side fronted before a pronoun: "For Ukraine it estimated …".)
// ("On 12 June Ukraine's General Staff announced": a time that opens the sentence, before a name.)
// ("In February 2025 President Volodymyr Zelensky said": a month, with its year, before the subject.)
// ("Within a fortnight Kyiv said its troops held …": a span of time too.)
const LEADING_TIME = /^(?:(?:on|by|last|early|late)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day|week|month)\s+(?=(?:its|his|her|their|the)\s|(?:it|they|he|she)(?:\s|$))|(?:On|By|Last|Early|Late)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day),?\s+(?=[A-Z])|In\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?,?\s+(?=[A-Z])|(?:[Ff]or|[Aa]s for)\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?=(?:it|they|he|she)(?:\s|$))|(?:Within|After|In)\s+(?:a|one|two|three|four|five|six)\s+(?:days?|weeks?|fortnights?|months?|hours?)\s+(?=[A-Z]))/;
/** The people or things counted, then a capitalised subject: "Russian troops Ukraine's General Staff (says …)". */
// ("the Ukrainian servicemen Moscow's defence ministry says Ukraine has lost": with an article too.)
const CONTACT_CLAUSE = /^(?:(?:the|these|those)\s+)?(?:[A-Z][\w'’-]*\s+)?(?:troops|soldiers|servicem[ae]n|civilians|people|tanks|drones|villages|vehicles|men)\s+(?=[A-Z])/;
/** An initialism with dots ("U.S.", "U.K."), and the mark its dots are hidden behind while a name is matched. */
const INITIALISM = /\b(?:[A-Z]\.){2,}/g;
const DOT_MASK = "\u2024";
/** A match on the masked copy, its groups read from the sentence itself. */
function unmasked(m: RegExpExecArray, sentence: string): RegExpExecArray {
  const out = [...m].map((g) => (g === undefined ? g : g.replaceAll(DOT_MASK, "."))) as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = sentence;
  return out;
}
const PRONOUN = /^(?:it|he|she|they|him|her|them|the source|the official|the statement|the report|officials|the spokesman|the spokesperson)$/i;
// The outlet speaking of itself ("we estimate", "our count") is its own voice: no attribution.
// ("Our colleagues at Mediazona estimate": another outlet, named, speaks.)
// ("We count a Russian naval vessel as hit when imagery shows …": a subject that opens on "we" is the outlet too.)
const OUTLET_SELF = /^(?:we\b.*|i|our\b(?!\s+(?:colleagues|partners|counterparts|friends)\s+(?:at|from|of)\s+[A-Z]).*|(?:by\s+|according to\s+)?this (?:newspaper|magazine|paper|outlet|site|website|publication|analysis|count|column|newsletter|blog|programme|program|podcast|tally|report)(?:['’]s\b.*)?|my\b.*)$/i;

/** A country's own body named as "ours" by one of its outlets: "Our General Staff", "our air force". */
const OUR_BODY = /^our\s+(?:General Staff|(?:defen[cs]e\s+)?ministry(?: of defen[cs]e)?|air force|navy|armed forces|army|military|intelligence)$/i;
const SOURCE_NOUNS =
  /\b(?:ministry|mod|staff|command|intelligence|agency|services?|rescuers|office|officials?|spokes(?:man|woman|person)|governors?|presidents?|ministers?|commanders?|chiefs?|general|military|army|forces|navy|air force|government|authorities|institute|think tank|analysts?|mission|council|department|sources?|observers?|monitors?|estimates?|data|figures|report|statement|bulletin|update|summary|digest|briefing|release|communiqu[eé]|readout|assessment|tally|count|newspapers?|outlets?|channels?|television|TV|radio|broadcaster|blogger|journalist|correspondent|media|press|group|project|center|centre|lawmakers?|legislators?|deput(?:y|ies)|mayors?|head|leader|envoy|ambassador|diplomats?|researchers?|experts?|teams?|administration|secretary|prosecutors?|investigators?|police|service|unit|brigade|spy|spies|the un|the kremlin|kremlin|analysis|model|study|survey|registry|documents?|slides?|papers|headquarters|ombuds(?:man|woman|person)|commissioner|corps|regiment|battalion|division|legion|detachment|squadron|movement|partisans|resistance)\b/i;

function clean(s: string): string {
  // ("* Ukraine's General Staff says …": a bullet is no part of the name.)
  const t = s.replace(/^[\s,;:"“”'‘’(—–*•▪◦·-]+|[\s,;:"“”'‘’—–-]+$/g, "");
  // A closing parenthesis stays when it closes one the name opened: "Main Intelligence Directorate (HUR)".
  const balanced = (t.match(/\(/g)?.length ?? 0) >= (t.match(/\)/g)?.length ?? 0) ? t : t.replace(/\)+$/, "");
  return balanced
    .replace(/^[\s,;:"“”'‘’(—–-]+|[\s,;:"“”'‘’—–-]+$/g, "")
    .replace(/^(?:that|and|but|as|while|which|who|so|meanwhile|however|earlier|also|separately|details|quote|background|when|after|before|because|since|if|although|though|where)\s*:?\s+/i, "")
    .replace(/\s+(?:still|also|now|again|already|reportedly|previously|earlier)$/i, "")
    // ("a loss for which Moscow acknowledged one sailor dead": the named subject of a relative clause, after its pronoun;
    // not "an exchange in which a Ukrainian … tells".)
    .replace(/^.*?\b(?:[Ff]or|[Ii]n|[Oo]f|[Bb]y|[Ff]rom|[Tt]o|[Ww]ith|[Aa]bout|[Oo]n|[Oo]ver)\s+(?:which|whom)\s+(?=[A-Z])/, "")
    // ("For Ukraine the same slide gives …": a side fronted before the source is whose figures, not who gives them.)
    .replace(/^(?:For|As for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?=(?:the|its|their)\s)/, "")
    // ("Pro-Kremlin Telegram channels went further, claiming that …": the verb before the saying is no part of the name.)
    .replace(/\s+(?:went|go|goes|had gone|have gone|has gone)\s+(?:even\s+)?further$/i, "")
    .replace(/\s+(?:on|via|in a post on)\s+(?:Facebook|Telegram|X|Twitter|its website|its Telegram channel)$/i, "")
    .replace(/\s+(?:on|in|late|early|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+day|week|month|year|morning|evening|night)$/i, "")
    .trim();
}

// Verbs of saying are found by a scan of the sentence's words against a table, not by one regex of
// 120 alternatives tried at every position: that scan was most of the extractor's attribution time.
// Each word is in the table in both spellings of its first letter, with whether it is the lower-case one.
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const SAY_WORDS = new Map<string, boolean>();
// Phrases by their first word ("released" → [" its", " a", " new"]): most words start none.
const SAY_PHRASES = new Map<string, string[]>();
for (const v of SAY.split("|")) {
  const space = v.indexOf(" ");
  if (space < 0) {
    SAY_WORDS.set(v, true).set(capitalised(v), false);
    continue;
  }
  const first = v.slice(0, space);
  const rests = [...(SAY_PHRASES.get(first) ?? []), v.slice(space)];
  SAY_PHRASES.set(first, rests).set(capitalised(first), rests);
}
// Words of other lengths are not looked up.
const SAY_LENGTHS = [...SAY_WORDS.keys(), ...SAY_PHRASES.keys(), "given"].map((w) => w.length);
const SAY_MIN = Math.min(...SAY_LENGTHS);
const SAY_MAX = Math.max(...SAY_LENGTHS);

/** A verb of saying in a sentence. */
interface SayVerb {
  start: number;
  end: number;
  /** Written in lower case. Only a verb before its subject must be ("Kyiv Reports" in a headline still speaks). */
  lower: boolean;
}

/** Whether a UTF-16 code unit is a `\w` character. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Every verb of saying of a sentence, in order: single words of SAY, or its phrases ("summed up"); either case
 * for the first letter. The words are the runs of `\w` characters, found by a character scan.
 */
function sayVerbs(sentence: string): SayVerb[] {
  const out: SayVerb[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(sentence.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(sentence.charCodeAt(i))) i++;
    if (i - start < SAY_MIN || i - start > SAY_MAX) continue;
    const w = sentence.slice(start, i);
    const lower = SAY_WORDS.get(w);
    if (lower !== undefined) {
      out.push({ start, end: i, lower });
      continue;
    }
    // "has given a higher figure": "given" is a verb of saying only after its auxiliary (not "given the losses").
    if (w === "given" && /\b(?:has|have|had)\s+$/.test(sentence.slice(Math.max(0, start - 6), start))) {
      out.push({ start, end: i, lower: true });
      continue;
    }
    for (const rest of SAY_PHRASES.get(w) ?? []) {
      const end = i + rest.length;
      if (sentence.startsWith(rest, i) && !isWordChar(sentence.charCodeAt(end))) out.push({ start, end, lower: w[0] === w[0]!.toLowerCase() });
    }
  }
  return out;
}

/** A count named by who keeps it, as the subject of its figure: "The tally kept by the BBC and Mediazona stood at". */
// ("A count of named Russian dead kept by the independent outlet Mediazona and the BBC's Russian service had reached …":
// with what it counts between, and the keeper described before its name.)
const KEPT_BY = /\b(?:tally|count|list|database|ledger|record|register)(?:\s+of\s+[^,;:.!?()"“”\d]{1,60}?)?\s+(?:kept|compiled|maintained|run|collated|assembled|published)\s+by\s+((?:the\s+)?(?:[a-z-]+\s+){0,3}[A-Z][^,;:.!?()"“”]{1,70}?)(?=\s+(?:stood|stands|reached|has reached|had reached|shows|showed|lists|listed|counts|counted|records|recorded|includes|included|holds|held|now|had|has)\b)/g;

/** A claim or estimate with its maker in an aside: "the claim, made by then defence minister Sergei Shoigu in December, was". */
const MADE_BY = /\b(?:claims?|estimates?|figures?|counts?|tally|assessments?|statements?)\s*,\s+(?:made|given|issued|published|released|offered)\s+(?:\w+\s+)?by\s+((?:the\s+)?[^,;:.!?()"“”]{2,80}?)(?=\s+(?:in|on|last|this)\s+[^,;]{1,30},|,)/g;

// The verbs of a passive estimate ("were put at 400,000 by …"), looked for as substrings before the pattern is tried.
const PASSIVE_ESTIMATE_WORDS = [" put at ", " estimated at ", " placed at ", " assessed at ", " reckoned at "];

// Verbs of saying that are also plural nouns ("Western estimates put …").
const NOUN_VERBS = new Set(["estimates", "figures", "reports", "counts", "records"]);

// Auxiliaries and adverbs between a subject and its verb ("has also told"), at the end of the text before the verb.
const AUX_TAIL = new RegExp(`\\s(?:${AUX.slice(3, -2)})*$`);
// "…, the chief of Russia's general staff, said": a comma, auxiliaries, then the verb.
// ("which calls the incursion a “terrorist attack,” said": a comma closed inside quotes.)
const APPOSITIVE_BEFORE = new RegExp(`,["”']?\\s*${AUX}$`);
// ", said North Korea's spy agency.": the source named after its verb, to the end of the clause.
const SOURCE_AFTER_VERB = new RegExp(`(?:${SAY})\\s+([^,;:.!?"“”]+?)(?=\\s*[,;.!?]|\\s*$|\\s+(?:on|in|at|late|early|last)\\s+\\S+\\s*[,.;!?]?\\s*$)`, "y");
// Auxiliary chains are short: the patterns that end at a verb look this far back.
const LOOKBACK = 200;
// What a counter keeps, for "by the IISS count": without one of these words that pattern is not tried.
const COUNT_NOUN = /count|tally|total|estimat|reckoning|calculation|figures|data|reading/;
// "the last estimate South Korea's spy agency made public", "the figures the ministry released".
const ESTIMATE_MADE_BY = /^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:estimates?|figures?|count|tally|report|data|assessment)\s+(?:that\s+)?(.+?)\s+(?:had\s+|has\s+)?(?:made public|published|released|gave|given|issued|put out|provided)\b/i;
/** A count's own verb after a passive source ("… have risen to 46"), where the source's name ends. */
const RISE_VERB = /\s+(?:have|has|had)\s+(?:now\s+)?(?:risen|climbed|reached|grown|increased|jumped|fallen|dropped|passed|exceeded|topped)\b/;
// Words without which the "according to X" family cannot match ("as reported by", "figures from", "in the words of").
/** A verb of citing right before its object, the figures' own source: "cited the latest figures from ", "quoted the ". */
const CITED_BEFORE = /\b(?:cited|quoted|cites|quotes)\s+(?:[^,;.]{0,50}?\b(?:from|by|of)\s+)?(?:the\s+)?$/;
/** A source that "has" a toll at a figure: "the Ukrainian General Staff had Russian losses at 813,000". */
const HAD_TOLL_AT = /(?:^|[,;:]\s*)((?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:had|has|have)\s+(?:[\w'’-]+\s+){0,2}?(?:losses|casualties|toll|dead|deaths|count|tally|total)\s+at\s/;
const ACCORDING_WORDS = /\b(?:according|citing|quoting|per|by|from|words)\b/i;
/** The characters that end the clause before a subject, as character codes (the scan back reads one per character). */
const CLAUSE_PUNCT = new Set([",", ";", ":", '"', "“", "”", "—", "–"].map((c) => c.charCodeAt(0)));
const HYPHEN = 45;
const SPACE = 32;

/**
 * Whether a headline's tail names a source: an official, agency or body ("NIS", "Syrskyi"), or a country or
 * capital alone ("Kyiv"); "Documenting Russian Equipment Losses" holds a demonym but is a title.
 */
function namesSource(np: string): boolean {
  const first = findParties(np)[0];
  if (!first) return false;
  return first.kind !== "people" || np.trim().split(/\s+/).length <= 2;
}

/** Whether a phrase can name a source: a known body or person, a source noun, or a country at its head. */
function sourceLike(np: string): boolean {
  if (SOURCE_NOUNS.test(np)) return true;
  const ps = findParties(np);
  if (ps.some((p) => p.kind !== "people")) return true;
  // "Seoul, Kyiv and Washington", "Ukrainian media": a country at the head of the phrase.
  const first = ps[0];
  if (first !== undefined && np.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length <= 2) return true;
  // "Frontline Memory, a Ukrainian archive": a name with an appositive that is source-like.
  const appositive = np.includes(",") ? /^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3},\s+((?:an?|the)\s.+)$/.exec(np) : null;
  return appositive !== null && sourceLike(appositive[1]!);
}

// "<analyst> analysis of <source> data": the analyst, and whose data it read.
// ("an analysis of data from ISW": the source after "from".)
const ANALYSIS_OF = /^(.*?)\b(?:analysis|reading)\s+(?:of|based on)\s+(?:(?:data|figures|maps?)\s+(?:from|by|of)\s+(.+)|(.*?)\b(?:data|figures|maps?|mapping|reports?|estimates|assessments?)\b)/i;

/** What a source cites that is evidence, not another source: "citing intercepted radio traffic", "citing satellite images". */
const CITED_EVIDENCE = /^(?:(?:its|their|his|her|the)\s+)?(?:own\s+)?(?:intercepted|intercepts?|radio (?:traffic|intercepts?)|satellite (?:images?|imagery|photos?|pictures)|(?:leaked|internal|classified|captured|Russian|Ukrainian)?\s*documents?|footage|videos?|photos?|photographs|images|imagery|social media posts|posts|records|communications|phone calls|prisoner interrogations|interrogations|testimon(?:y|ies)|witness(?:es)?|accounts)\b/i;

/** The agent of a participle, after it: " by Meduza", " on Monday by the project". */
const PASSIVE_AGENT = /^\s+(?:(?:in|on|last|this|earlier)\s+[A-Za-z]+(?:\s+\d{4})?\s+)?by\s+(?=\S)/;
/** A participle's time before its agent: "published in June by", "released last week by". */
const PASSIVE_TIME_BY = /^\s+(?:in|on|last|this|earlier)\s+[A-Za-z]+(?:\s+\d{4})?\s+by\s/;

/** The words that chain one source to another it relies on. */
const CHAIN_WORD = /\b(?:citing|quoting|cited|according to|based on|drawing on|relying on|per)\s/i;

function chained(src: string): string {
  // "the BBC, citing Western officials": the original source is the one cited, if it names one.
  const m = /\b(?:citing|quoting|cited|according to|based on|drawing on|relying on|per)\s+(.+)$/i.exec(src);
  if (!m) return src;
  const cited = clean(m[1]!.replace(/\s+as saying\b.*$/i, ""));
  return sourceLike(cited) && !CITED_EVIDENCE.test(cited) ? cited : clean(src.slice(0, m.index));
}

/** The first of two joint sources, named with an appositive, before ", and": "Mediazona, an independent Russian outlet, ". */
/** An aside after a source's name that says where or by whom it is run: "run from the Netherlands", "based in Kyiv". */
const APPOSITIVE_PARTICIPLE = /^(?:run|based|headquartered|operated|founded|located|set up|funded|backed|staffed)\s+(?:from|in|by|out of|at)\b/i;
const JOINT_BEFORE = /[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s+(?:an?|the)\s[^,;:.]{3,60},\s*$/;

/** A relative clause naming the side a person speaks for: ", who headed the Russian delegation". */
const SPOKE_FOR = /,?\s+who\s+(?:heads|headed|leads|led|chairs|chaired|represents|represented)\s+(?:the\s+)?([A-Z][\w-]+)\s+(?:delegation|side|team|negotiators|negotiating team)\b/;

function make(raw: string, start: number, end: number): Attribution | null {
  let name = clean(raw);
  // "a force that the Defence Ministry estimated": the source follows the last "that".
  // ("UALosses, a project that works like Mediazona's": "that" before a verb opens a clause about the subject.)
  const that = /^.*\bthat\s+(?=(?:the|a|an|its|his|her|their|this|these|those)\s|[A-Z])/.exec(name);
  if (that) name = name.slice(that[0].length);
  // ("7 — villages the Russian ministry says its forces liberated": the counted noun before the subject is no part of it.)
  const counted = /^(?:[a-z][\w-]*\s+){1,5}(?=the\s+[A-Z\w])/.exec(name);
  if (counted && sourceLike(name.slice(counted[0].length))) name = name.slice(counted[0].length);
  // ("Vladimir Medinsky, who headed the Russian delegation in Istanbul, wrote": the side a clause says he speaks for.)
  const spokeFor = name.includes("who") ? SPOKE_FOR.exec(name) : null;
  // Cut at a relative clause: "Zelensky, who visited…".
  name = name.replace(/\s*,?\s+(?:who|which|whose|where)\b.*$/i, "").replace(/\s+that\s+(?!(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we)\s)[a-z].*$/, "");
  // "In its own morning update it put …": a phrase before the subject pronoun is not part of the source.
  // ("In June the group had counted …": so is a phrase before a definite subject.)
  const lead = /^(?:in|on|at|by|from|with|after|through|during|since|over|by the end of|at the end of)\s[^,]*?\s(it|he|she|they|(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$/i.exec(name);
  if (lead) name = lead[1]!;
  // ("at the peak of the incursion Kyiv claimed": a name after the phrase's noun is the subject.)
  const nounThenName = /^(?:the|its|their)\s+[a-z][\w-]*\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$/.exec(name);
  if (nounThenName && sourceLike(nounThenName[1]!)) name = nounThenName[1]!;
  // ("By the evening the State Emergency Service of Ukraine said": a time before the subject is no part of it.)
  name = name.replace(TIME_BEFORE_SUBJECT, "");
  if (/\d|day$/.test(name)) name = name.replace(TIME_AFTER_SUBJECT, "");
  // ("the breakdown published by the project on Oct. 19": an abbreviated month, cut at its dot, is no part of the name.)
  name = name.replace(/\s+(?:on|in)\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/, "");
  if (!name || name.length > 160) return null;
  // ("As reported, the General Staff first counted …": a linking word before a verb of saying names no one.)
  // ("In that statement, published late Monday, it claimed …": nor a preposition left of a phrase before a participle.)
  if (/^(?:as|so|thus|also|but|and|or|yet|if|when|while|here|there|in|on|at|by|from|with|after|before|during|since|under|over|for|of|to)$/i.test(name)) return null;
  // ("In a statement issued for the opening, the ministry said": a phrase of where it was said, before a participle.)
  if (/^(?:in|on|at|by|from|with|after|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:statement|report|post|message|update|briefing|bulletin|video|interview|address|speech|release|note|letter)$/i.test(name)) return null;
  const original = chained(name);
  if (original.split(/\s+/).length > 16) return null;
  // ("Our General Staff reported …" in a Ukrainian paper: the country's own body, not the outlet's voice.)
  if (OUTLET_SELF.test(original) && !OUR_BODY.test(original)) return null;
  // ("Two North Korean soldiers captured by Ukraine … have since said": people counted who speak are the figure, no source.)
  if (COUNTED_SPEAKERS.test(original)) return null;
  if (PRONOUN.test(original)) return { attributedTo: original, sourceParty: null, known: false, start, end };
  // "a Reuters analysis of DeepState data": one party's reading of another's figures has a single country
  // only when both are of the same one (claims.md: "an AFP analysis of ISW data" has none).
  const analysis = ANALYSIS_OF.exec(original);
  if (analysis) {
    // ("an analysis of open-source mapping data by the Institute for the Study of War": the analyst named after "by",
    // reading data of no side, is the source.)
    const maker = analysis[1]!.trim().length <= 3 ? /\bby\s+(?:the\s+)?([A-Z].*)$/.exec(original.slice(analysis[0].length)) : null;
    const of = countryOfSource(analysis[2] ?? analysis[3]!);
    if (maker && !of.found) {
      const c = countryOfSource(maker[1]!);
      return { attributedTo: original, sourceParty: c.code, known: c.found, start, end };
    }
    const by = countryOfSource(analysis[1]!);
    return { attributedTo: original, sourceParty: by.found && of.found && by.code === of.code ? by.code : null, known: true, start, end };
  }
  if (!sourceLike(original) && !/^(?:[A-Z][\w'’.-]+\s?){1,3}$/.test(original)) return null;
  // ("Ukrainian media, citing military sources": sources of no country cited by a country's outlets are its own.)
  const cited = countryOfSource(original);
  const citing = cited.found || original === name ? null : countryOfSource(name.slice(0, Math.max(0, name.search(CHAIN_WORD))));
  const c = citing?.found ? citing : cited;
  // "Visually confirmed losses", "Independently verified figures": an adverb at a line's start is no source ("Italy" is).
  if (/^[A-Z][a-z]+ly$/.test(original) && !c.found) return null;
  const side = !c.found && spokeFor ? findParties(spokeFor[1]!).find((p) => p.code !== null)?.code : undefined;
  if (side) return { attributedTo: original, sourceParty: side, known: true, start, end };
  return { attributedTo: original, sourceParty: c.code, known: c.found, start, end };
}

/** A chunk of an appositive chain before ", said": a name, a title or a relative clause. */
function appositiveSource(before: string): { name: string; start: number } | null {
  const chunks = before.split(/\s*,\s*/);
  const kept: string[] = [];
  let role: string | null = null;
  for (let i = chunks.length - 1; i >= 0 && kept.length < 2; i--) {
    // ("DeepState, a Ukrainian group of volunteer analysts that maps the front line …, says": a relative clause
    // inside a chunk describes the source; the name is what comes before it.)
    // ("The highest US estimate came from Gen. Mark Milley, the chairman …": the name after "came from".)
    // ("Occupation officials also publish their own tolls: Denis Pushilin, Moscow's appointee in Donetsk, said": a colon
    // or a semicolon ends the clause before the name.)
    const raw = chunks[i]!.trim();
    const clauseEnd = /^.*[:;]\s+(?=\S)/.exec(raw);
    const c = raw.slice(clauseEnd?.[0].length ?? 0).replace(/^(?!(?:which|who|whose|that)\b)(.+?)\s+(?:that|which|who|whose)\s.*$/i, "$1").replace(/^.*\b(?:came|comes|come) from\s+(?=[A-Z])/, "");
    if (!c) break;
    // "Yonhap, citing the NIS, reported": the cited source is the original one.
    if (/^(?:citing|quoting)\b/i.test(c)) {
      kept.unshift(c);
      continue;
    }
    // "Russia's Defence Ministry, for its part, claimed": an aside between source and verb.
    // ("Russian Defence Minister Sergei Shoigu, in his first video appearance since the revolt, said".)
    // ("British Defence Intelligence, in one of its regular updates, put …".)
    if (/^in (?:one of |another of |the latest of )?(?:a|its|their|his|her) (?:[\w-]+ ){0,3}(?:updates?|reports?|statements?|assessments?|bulletins?|briefings?|interviews?|posts?|address(?:es)?|appearances?|remarks|speech(?:es)?|comments|messages?|videos?)\b/i.test(c)) continue;
    if (/^(?:for (?:its|their|his|her) part|in turn|however|meanwhile|in (?:a|its|their) statements?|in response|separately|also|too|though|in contrast|by contrast|as well|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(c)) continue;
    // Relative and participial clauses belong to the source but do not name it.
    // ("…, working with volunteers, have confirmed": any participle opens such a clause.)
    // (Except one that says whom the person speaks for: ", who headed the Russian delegation,".)
    if (/^who\s/.test(c) && SPOKE_FOR.test(`, ${c}`)) {
      role = c;
      continue;
    }
    // ("The Oryx open-source project, run from the Netherlands, had … documented": so do asides on where it is run.)
    if (APPOSITIVE_PARTICIPLE.test(c) || /^(?:which|who|whose|where|according|[a-z]+ing)\b/.test(c) || /^(?:Speaking|Adding|Writing|Referring|Using|Drawing|Relying|Working|Applying|Comparing|Combining|Counting|Based)\b/.test(c)) continue;
    if (/\d/.test(c) && !/\b\d+(?:st|nd|rd|th)\b/.test(c)) break;
    if (c.split(/\s+/).length > 12) {
      // The last words of a longer clause may still be the source: "… came from Gen. Mark Milley, the chairman …".
      const tailName = /((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)$/.exec(c);
      if (tailName && kept.length && findParties(tailName[1]!).some((p) => p.kind === "source")) kept.unshift(tailName[1]!);
      break;
    }
    kept.unshift(c);
    if (clauseEnd) break;
    if (!sourceLike(c) && !/^(?:[A-Z][\w'’.-]+\s?){1,4}$/.test(c) && !/^(?:the|a|an|its|his|her|their)\b/i.test(c)) break;
  }
  while (kept.length && /^(?:citing|quoting)\b/i.test(kept[0]!)) kept.shift();
  const name = kept.join(", ") + (role && kept.length ? `, ${role}` : "");
  if (!name || !(sourceLike(name) || /\b[A-Z][a-z]+/.test(name))) return null;
  // The span runs from the first kept chunk to the verb, relative clauses included.
  return { name, start: Math.max(0, before.lastIndexOf(kept[0]!)) };
}

/** A sentence's opening subject before its first verb in lower case: "Russia's defence ministry" (called …). */
function leadingSubject(sentence: string): { name: string; end: number } | null {
  const m = /^((?:[A-Z][\w'’.()-]*|the|of|and|for|on)(?:\s+(?:[A-Z][\w'’.()-]*|the|of|and|for|on|defen[cs]e|ministry|general|staff|air|force|forces|military|army|intelligence|agency|service|office|spokes\w+))*)\s+[a-z]/.exec(sentence);
  return m ? { name: m[1]!, end: m[0].length - 1 } : null;
}

/**
 * The title set off after a source's name: ", head of the city's military administration,". At the sentence's end
 * a title needs its office ("…, according to Ihor Taburets, the governor of the Cherkasy region.").
 * ("According to the military chief, the Ukrainian armed forces lost more than 76,000 …": a clause with its own verb
 * is what the source said, no title of it.)
 */
function titleAfter(rest: string): RegExpExecArray | null {
  const title = /^,\s*((?:head|chief|spokes\w+|commander|governor|mayor|minister|director|secretary|deputy|adviser|advisor|an?|the|its|his|her)\b[^,;:.!?"“”]{2,90})(?:,(?!\d)|[.!?]["”]?$)/i.exec(rest);
  // ("According to him, the agency believes about 15,000 …": a clause with a verb, or a figure, is what was said.)
  return title && !/\b(?:lost|loses|killed|destroyed|took|captured|had|has|have|were|was|is|are|believes?|believed|says?|said|estimates?|estimated|thinks?|thought)\b|\d/i.test(title[1]!) && (title[0].endsWith(",") || TITLE_OFFICE.test(title[1]!)) ? title : null;
}

/** An office in a title: "the governor of the Cherkasy region". */
/** A headline's source named last, after a colon or a dash: "… 600 deaths: NIS", "… — mayor Vitali Klitschko". */
const HEADLINE_TAIL = new RegExp(String.raw`(?::|\s[–—-])\s*([A-Z][\w.'’ -]{1,40}|${DASH_ROLE}\b[\w.'’ -]{0,45})$`);
const TITLE_OFFICE = /\b(?:head|chief|spokes\w+|commander|governor|mayor|minister|director|secretary|deputy|adviser|advisor|official|officer|ombudsman|prosecutor|president|premier|administrator)\b/i;

/** Every source a sentence names for its figures, in order of position. */
export function findAttributions(sentence: string): Attribution[] {
  const cands: Attribution[] = [];
  const add = (a: Attribution | null) => {
    if (a && !cands.some((c) => c.start === a.start)) cands.push(a);
  };
  // "according to X", "citing X", "X's figures", "data from X".
  // ("according to a U.S. official": the dots of an initialism are no end of the name; matched on a copy with them
  // masked, one character for one, and read back from the sentence.)
  const masked = sentence.includes(".") ? sentence.replace(INITIALISM, (w) => w.replaceAll(".", DOT_MASK)) : sentence;
  if (ACCORDING_WORDS.test(sentence)) for (const mm of masked.matchAll(/\b(?:according to|citing|quoting|per(?!\s+(?:cent|head|capita|day|week|month|year|person|people|soldier|hour|kilomet\w*|km|square|mile|hundred|thousand|million|\d)\b)|as reported by|(?:given out|given|released|published|issued|provided|announced|compiled|collected|gathered|confirmed|verified|cited|documented|recorded|counted|tallied|tracked|listed)(?:\s+(?:in|on|last|this|earlier)\s+[A-Za-z]+(?:\s+\d{4})?)? by|as estimated by|as stated by|reported by|estimated by|figures (?:from|by|released by|published by|provided by)|data (?:from|by|released by|published by|provided by)|estimates? (?:from|by)|an estimate by|a report by|a statement (?:from|by)|statistics (?:from|by)|information from|by the (?:count|tally|maps?|mapping|figures|data|estimates?|reckoning|calculations?) of|in the words of)\s+([^,;:.!?()"“”]+(?:\([^)]*\))?[^,;:.!?"“”]*?)(?=[,;:.!?"“”]|\s+(?:that|which|who|on(?!\s+[A-Z][a-z]+\s+by\b)|in(?!\s+[A-Z][a-z]+\s+by\b)|as|and the|while|to)\b|$)/gi)) {
    const m = masked === sentence ? mm : unmasked(mm, sentence);
    // "According to Tymur Tkachenko, head of the city's military administration, …": the title says who he is.
    const app = titleAfter(sentence.slice(m.index + m[0].length));
    // "Figures from Ukraine's military show Russia lost …": the name ends at the verb its clause goes on with.
    // "according to the last estimate South Korea's spy agency made public": the maker of the estimate.
    // "…, citing intercepted radio traffic, estimated": evidence cited is no source; the one citing it speaks.
    if (/^(?:citing|quoting|according to)\s/i.test(m[0]) && CITED_EVIDENCE.test(m[1]!)) continue;
    const madeBy = ESTIMATE_MADE_BY.exec(m[1]!);
    // ("Deaths reported by the authorities on both banks of the Dnipro have risen to 46": the name ends where the
    // sentence's own verb begins.)
    const rise = madeBy ? null : RISE_VERB.exec(m[1]!);
    // ("according to an estimate published on Monday by Meduza": a participle before "by" is passive; its agent speaks.)
    // ("US officials quoted by The New York Times": who relays a source's words is not the source.)
    const passive = madeBy ? undefined : sayVerbs(m[1]!).find((v) => v.lower && v.start > 0 && PASSIVE_AGENT.test(m[1]!.slice(v.end)) && !/^(?:quoted|cited)$/i.test(m[1]!.slice(v.start, v.end)));
    const verb = madeBy ? undefined : passive ?? sayVerbs(m[1]!).find((v) => v.lower && v.start > 0) ?? (rise ? { start: rise.index } : undefined);
    const agentAt = passive ? passive.end + PASSIVE_AGENT.exec(m[1]!.slice(passive.end))![0].length : -1;
    const name = madeBy ? madeBy[1]! : agentAt >= 0 ? m[1]!.slice(agentAt) : verb ? m[1]!.slice(0, verb.start).trimEnd() : m[1]!;
    const nameStart = m.index + m[0].length - m[1]!.length + (madeBy ? m[1]!.indexOf(madeBy[1]!) : agentAt >= 0 ? agentAt : 0);
    const raw = app && !verb ? `${name}, ${app[1]!}` : name;
    const a = make(raw, nameStart, verb ? nameStart + name.length : m.index + m[0].length + (app ? app[0].length : 0));
    // ("According to him": a pronoun, resolved later to the source named before.)
    // ("Reuters reported, citing a Ukrainian military source, that …": the one cited is the original source.)
    if (a && (sourceLike(a.attributedTo) || /^(?:[A-Z][\w'’.-]+\s?){1,4}$/.test(a.attributedTo) || /^(?:him|her|them)$/i.test(a.attributedTo))) add(/^(?:citing|quoting)\s/i.test(m[0]) ? { ...a, cited: true } : a);
  }
  // ("Western estimates of North Korean losses run from 4,000 to 6,000", "sets out U.S. estimates of casualties": the
  // estimates of a side or a body named before them are its.)
  if (sentence.includes(" estimates of ")) for (const m of sentence.matchAll(/\b((?:[A-Z][\w.'’-]*\s){1,2})estimates\s+of\b/g)) {
    if (/^(?:The|These|Those|Such|Its|Their|His|Her|Our|Some|Most|All|Other|Earlier|Later|New|Official|Current)\s/.test(m[1]!)) continue;
    const a = make(`${m[1]!}estimates`, m.index, m.index + m[0].length - 3);
    if (a) add(a);
  }
  // "By the IISS count, …", "by Kyiv's own tally": the counter is the source.
  if (COUNT_NOUN.test(sentence) && (sentence.includes("by ") || sentence.includes("By "))) for (const m of sentence.matchAll(/\b[Bb]y\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*?)(?:'s|’s)?\s+(?:own\s+)?(?:count|tally|estimates?|reckoning|calculations?|figures|data|reading)\b/g)) {
    // ("by AFP's reading of the ISW maps": one party's reading of another's figures, named whole.)
    const readingOf = m[0].endsWith("reading") ? /^\s+of\s+[^,;:.!?()"“”]{2,60}/.exec(sentence.slice(m.index + m[0].length)) : null;
    const end = m.index + m[0].length + (readingOf?.[0].length ?? 0);
    const a = make(readingOf ? sentence.slice(m.index + m[0].indexOf(m[1]!), end) : m[1]!, m.index, end);
    if (a) add(a);
  }
  // "The General Staff's running tally of Russian warships rose to 26": the owner of a tally is its source.
  if (COUNT_NOUN.test(sentence) && (sentence.includes("'s ") || sentence.includes("’s "))) for (const m of sentence.matchAll(OWNED_TALLY)) {
    const a = make(m[1]!, m.index, m.index + m[0].length);
    if (a) add(a);
  }
  // ("The Russian Ministry of Defense has not claimed any new settlements since May 24, and its total for the offensive
  // stands at 13": a pronoun's total is its owner's count, though the owner says nothing new.)
  if (sentence.includes("its ") || sentence.includes("their ")) {
    // ("Russia has not updated its own figure of 498 dead, which it gave on 2 March": or its figure of a count.)
    const m = PRONOUN_TOTAL.exec(sentence) ?? PRONOUN_FIGURE_OF.exec(sentence);
    if (m) add({ attributedTo: m[1]!, sourceParty: null, known: false, start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length });
  }
  // ("the only official number is President Zelensky's 31,000 dead": a known source's figure, named by its possessive;
  // "Russia's 600,000 troops" are a side's, not a source's.)
  if (sentence.includes("'s ") || sentence.includes("’s ")) for (const m of sentence.matchAll(OWNED_FIGURE)) {
    if (findParties(m[1]!)[0]?.kind !== "source") continue;
    const a = make(m[1]!, m.index, m.index + m[1]!.length);
    if (a) add(a);
  }
  // ("Children killed since 24 February 2022: at least 575 (Office of the Prosecutor General)": a key figure's source
  // in brackets at its line's end.)
  if (sentence.endsWith(")")) {
    const m = SOURCE_IN_BRACKETS.exec(sentence);
    const a = m ? make(m[1]!, m.index + 1, m.index + 1 + m[1]!.length) : null;
    if (a && sourceLike(a.attributedTo)) add(a);
  }
  // ("The Ukrainian General Staff figure this morning was 294,140": a name's figure, without the possessive.)
  if (sentence.includes("figure") || COUNT_NOUN.test(sentence)) {
    const m = NAMED_FIGURE.exec(sentence);
    const a = m ? make(m[1]!, m.index + m[0].indexOf(m[1]!), m.index + m[0].length) : null;
    if (a) add(a);
  }
  // "For balance, the Russian MoD's version for the same day: the Ukrainians lost up to 565 servicemen": what follows
  // the colon is the owner's account.
  if (sentence.includes(":")) {
    const m = OWNED_ACCOUNT.exec(sentence);
    const a = m ? make(m[1]!, m.index + m[0].indexOf(m[1]!), m.index + m[0].length) : null;
    if (a) add(a);
  }
  // ("Southern Defence Forces, morning summary for 10 March. Over the past day the enemy lost …", "Southern Defence
  // Forces for 12 March: 48 enemy personnel …": a channel's label names the body whose summary follows.)
  if (sentence.includes(" for ") || sentence.includes(" as of ")) {
    const m = SUMMARY_LABEL.exec(sentence);
    const a = m ? make(m[1]!, 0, m[0].length) : null;
    if (a) add(a);
  }
  // "X cited Y as saying": Y is the original source.
  // ("It quotes Ukraine's deputy defence minister Hanna Maliar as saying": in the present too.)
  if (sentence.includes("cite") || sentence.includes("quote")) for (const m of sentence.matchAll(/\b(?:cited|quoted|cites|quotes)\s+([^,;:.!?"“”]{3,100}?)\s+as\s+(?:saying|stating|reporting|claiming|estimating)\b/g)) {
    const a = make(m[1]!, m.index + m[0].length - m[1]!.length - 0, m.index + m[0].length);
    if (a) add({ ...a, cited: true });
  }

  // "Valery Gerasimov, the chief of Russia's general staff, said": the appositive chain before ", said".
  // The pattern opens with a comma: a sentence without one is not scanned.
  const verbs = sayVerbs(sentence);
  if (sentence.includes(",")) {
    for (const v of verbs) {
      if (!v.lower) continue;
      const from = Math.max(0, v.start - LOOKBACK);
      const m = APPOSITIVE_BEFORE.exec(sentence.slice(from, v.start));
      if (!m) continue;
      const app = appositiveSource(sentence.slice(0, from + m.index));
      if (app) add(make(app.name, app.start, v.end));
    }
  }
  // "X said", "X has told reporters", "X estimates": find each verb, then walk back to its clause's start.
  // (One regex with a lazy subject before the verb backtracked badly on long sentences.)
  for (const v of verbs) {
    if (v.start === 0 || !/\s/.test(sentence[v.start - 1]!)) continue;
    // "losses documented by Oryx": a participle before "by" is passive; the source is after "by".
    // ("A study published in June by CSIS estimated": also with a time between the participle and "by".)
    if (sentence.startsWith(" by ", v.end) || PASSIVE_TIME_BY.test(sentence.slice(v.end, v.end + 40))) continue;
    const before = sentence.slice(0, v.start);
    // Auxiliaries and adverbs between subject and verb: "has also told", "said on Monday" is after.
    const aux = AUX_TAIL.exec(before.slice(-LOOKBACK));
    const subjectEnd = before.length - (aux ? aux[0].length : 0);
    // "Pyongyang is believed to have sent…", "Damage was recorded": a passive of a verb of saying names no source.
    // ("The Russian ministry is claiming that …": a progressive is no passive.)
    if (aux && /\b(?:is|are|was|were|been|be)\s+(?:\w+\s+)?$/.test(aux[0]) && !sentence.endsWith("ing", v.end)) continue;
    // "Western estimates put …", "official figures show …": a noun that is followed by the verb is no verb itself.
    // ("The highest US estimate came from …": a noun before its own verb.)
    if (/^(?:estimate|count|report|record)$/i.test(sentence.slice(v.start, v.end)) && /^\s+(?:came|comes)\b/.test(sentence.slice(v.end, v.end + 8))) continue;
    // ("sets out U.S. estimates of casualties": the word before "of" is a noun too.)
    if (NOUN_VERBS.has(sentence.slice(v.start, v.end).toLowerCase()) && /^\s+(?:put|puts|show|shows|showed|suggest|suggests|suggested|say|says|said|indicate|indicates|of)\b/.test(sentence.slice(v.end, v.end + 12))) continue;
    // "The Kramatorsk claim came a week after …": a claim named by its place is a noun.
    if (sentence.slice(v.start, v.end) === "claim" && /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w'’-]*\s+){1,2}$/.test(before.slice(-40)) && /^\s+(?:came|comes|was|is|has|had|appeared|remains|proved|turned|went|drew|follows|followed|of|by)\b/.test(sentence.slice(v.end, v.end + 12))) continue;
    // ("asked him to comment on the claim of …", "its count"): after an article or a possessive pronoun the word is a noun.
    if (/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before.slice(-8))) continue;
    // "The Kremlin has not disclosed its losses": a denied saying names no source of the figures.
    const tail = before.slice(-40);
    if ((tail.includes("not") || tail.includes("never") || tail.includes("n't") || tail.includes("n’t")) && /\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$/i.test(tail)) continue;
    let head = before.slice(0, subjectEnd);
    // "The think tank's estimates": after a possessive the word is a noun, not a verb of saying.
    if (head.endsWith("'s") || head.endsWith("’s")) continue;
    // ("Reznikov, 56, also said": a name with its age set off by commas.)
    const aged = head.endsWith(",") || head.endsWith(", ") ? NAME_AGED.exec(head) : null;
    if (aged) {
      add(make(aged[1]!, aged.index, v.end));
      continue;
    }
    // "those of Oryx, which had documented …": the relative pronoun stands for the name before its comma.
    // ("every figure from Russia's defence ministry, which said": a body's name in lower case after its owner, too.)
    const rel = head.endsWith("which") || head.endsWith("who") ? /([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+(?:[a-z-]+\s+)?(?:ministry|staff|office|agency|service|command|committee|group|project|team|institute|website|tracker|monitor|mission|centre|center))?),\s+(?:which|who)$/.exec(head.slice(-120)) : null;
    const nameFrom = rel ? Math.max(0, head.length - 120) + rel.index : 0;
    if (rel) head = head.slice(0, nameFrom + rel[1]!.length);
    // ("Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, who said": the whole chain before "who".)
    const chain = rel ? appositiveSource(head) : null;
    // ("North Korean soldiers, shown in an image released by Ukraine's intelligence service, which said": a chunk that
    // only ends on the name is a clause about something else; the name alone said it.)
    if (rel && chain && chain.name.includes(",") && !chain.name.endsWith(`, ${rel[1]!}`) && /^(?!(?:the|a|an|its|his|her|their|our|one|head|chief|deputy|former)\b)[a-z]/.test(chain.name.slice(chain.name.lastIndexOf(", ") + 2))) {
      add(make(rel[1]!, nameFrom, v.end));
      continue;
    }
    if (chain && chain.name.includes(",")) {
      add(make(chain.name, chain.start, v.end));
      continue;
    }
    // The subject runs from the last punctuation before it ("Russia lost 1,000, Ukraine's General Staff said").
    let from = 0;
    for (let i = head.length - 1; i >= 0; i--) {
      // A spaced hyphen ends a wire dateline as a dash would: "MOSCOW, Aug 10 (Wire) - Russia's ministry said".
      const c = head.charCodeAt(i);
      if (CLAUSE_PUNCT.has(c) || (c === HYPHEN && head.charCodeAt(i - 1) === SPACE && head.charCodeAt(i + 1) === SPACE)) {
        from = i + 1;
        break;
      }
    }
    from = Math.max(from, nameFrom);
    while (from < head.length && head[from] === " ") from++;
    let raw = head.slice(from).trimEnd();
    // "Russia's defence ministry called the raid a reprisal, and said its forces …": a second verb of the
    // sentence's subject speaks for it.
    // ("Mediazona, an independent Russian outlet, and the BBC's Russian service have confirmed": a joint subject, the
    // first named with an appositive.)
    const joint = raw.startsWith("and ") ? JOINT_BEFORE.exec(head.slice(Math.max(0, from - 120), from)) : null;
    if (joint) {
      from -= joint[0].length;
      raw = head.slice(from).trimEnd();
    }
    if (/^(?:and|but)(?:\s+(?:then|also|later))?$/.test(raw)) {
      const subject = leadingSubject(sentence);
      if (subject && sourceLike(subject.name)) add(make(subject.name, 0, v.end));
      continue;
    }
    if (raw.length < 2 || raw.length > 160) continue;
    // "a force that the Defence Ministry estimated": the source starts after the last "that".
    // ("… that Kiev's forces had held and whose capture the ministry first announced": or after "whose" and its noun.)
    // ("The Kramatorsk claim came a week after Moscow acknowledged": or after a subordinating word.)
    // ("the strike on Kryvyi Rih, in which Ukrainian officials said": or after a relative's preposition and "which",
    // when a source's noun follows; "a radio exchange in which a Ukrainian tells a warship" names no source.)
    const which = /^.*\b(?:in|of|during|under|for|by|from|at|on)\s+which\s+(?=\S)/i.exec(raw);
    const that = which && SOURCE_NOUNS.test(raw.slice(which[0].length)) ? which : /^.*\b(?:that|whose\s+[\w-]+|after|before|because|although|until|once)\s+(?=\S)/i.exec(raw);
    // ("A classified U.S. assessment that surfaced online in recent weeks estimates": "that" before a verb of its own
    // opens a clause about the subject before it, which speaks.)
    const relative = that && /\bthat\s+$/i.test(that[0]) && /^(?!(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we|our|some|many|most|all)\b)[a-z]+(?:ed|s)\b/.test(raw.slice(that[0].length)) ? /^(.*?)\s+that\s+[a-z]/i.exec(raw) : null;
    // (Not a count: "the count that matters to the battalion is the one published by …" names its source later.)
    if (relative && sourceLike(relative[1]!) && !/\b(?:count|tally|figure|number|total)s?$/i.test(relative[1]!)) raw = relative[1]!;
    else if (that) {
      raw = raw.slice(that[0].length);
      from += that[0].length;
    }
    // ("on 20 June its spokesman said": a time before the subject.)
    const time = LEADING_TIME.exec(raw);
    if (time) {
      raw = raw.slice(time[0].length);
      from += time[0].length;
    }
    // "41,980: Russian troops Ukraine's General Staff says were killed": after the people counted, a relative clause
    // without "that" opens on its own subject.
    const contact = CONTACT_CLAUSE.exec(raw);
    if (contact) {
      raw = raw.slice(contact[0].length);
      from += contact[0].length;
    }
    // "Russia lost 1,000 soldiers, Ukraine said": a clause holding a figure is not a source ("on 7 January" is no figure).
    // ("A declassified U.S. intelligence assessment shared with Congress in December 2023 put …": nor is a month's year;
    // "Russian tank losses since 2022 he put at …" is the figure's own clause.)
    if (/\d/.test(raw) && !/\b\d+(?:st|nd|rd|th)\b/.test(raw) && /\d/.test(raw.replace(DAY_AND_MONTH, "").replace(MONTH_AND_YEAR, ""))) continue;
    // "declined to comment on reports that …": after a preposition or a verb the word is a noun, not a verb of saying.
    if (/\b(?:on|of|to|about|with|for|in|at|by|from|the|a|an|these|those|its|their|his|her)$/i.test(raw) || /\b(?:declined|refused|denied|dismissed|rejected|questioned|disputed|ignored)\b/i.test(raw)) continue;
    const a = make(raw, from, v.end);
    // The source's whole clause, relative clauses included, up to its verb is the source's, not the figure's.
    if (a) add({ ...a, start: from });
  }
  // ", said X." / "says X" ending a sentence or a clause.
  for (const v of verbs) {
    if (!v.lower || (v.start > 0 && !/[,"”]\s*$/.test(sentence.slice(Math.max(0, v.start - LOOKBACK), v.start)))) continue;
    SOURCE_AFTER_VERB.lastIndex = v.start;
    const m = SOURCE_AFTER_VERB.exec(sentence);
    if (!m) continue;
    // "reported 15 Ukrainian tanks destroyed": what follows the verb is the report, not its source.
    if (/^(?:that|it|this|the figure|about|more|some|up|on|in)\b|^\d/i.test(m[1]!)) continue;
    // ", said North Korea had lost …" is a reported clause, not a source.
    if (/\b(?:had|has|have|was|were|is|are|lost|killed|would|will)\b/i.test(m[1]!)) continue;
    // "put Russian casualties at about 950": a verb's object with a figure in it is no source ("the 47th Brigade" may be).
    if (/\d/.test(m[1]!) && !/\b\d+(?:st|nd|rd|th)\b/.test(m[1]!)) continue;
    const end = m.index + m[0].length;
    // (", said Ihor Taburets, the governor of the Cherkasy region.": his title says who he is.)
    const app = /^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}$/.test(m[1]!) ? titleAfter(sentence.slice(end)) : null;
    add(make(app ? `${m[1]!}, ${app[1]!}` : m[1]!, end - m[1]!.length, app ? end + app[0].length : end));
  }
  // "Ukraine's losses were put at 400,000 by a US study": a passive estimate names its source after "by".
  if (sentence.includes(" by ") && PASSIVE_ESTIMATE_WORDS.some((w) => sentence.includes(w))) {
    for (const m of sentence.matchAll(/\b(?:put|estimated|placed|assessed|reckoned)\s+at\s+(?:[^,;:]|,\d){1,40}?\s+by\s+((?:the\s+|an?\s+)?[^,;:.!?()"“”]{2,80}?)(?=[,;:.!?"“”]|\s+(?:in|on|as|and|while|which|who)\b|$)/gi)) {
      const end = m.index + m[0].length;
      add(make(m[1]!, end - m[1]!.length, end));
    }
  }
  // ("The tally kept by the BBC and Mediazona stood at 56,312": a tally, list or count named by who keeps it.)
  if (sentence.includes(" by ")) for (const m of sentence.matchAll(KEPT_BY)) {
    const a = make(m[1]!, m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    if (a && a.known) add(a);
  }
  // ("Moscow's last comprehensive claim, made by then defence minister Sergei Shoigu in December 2023, was that …": a
  // claim whose maker an aside names.)
  if (sentence.includes(" by ")) for (const m of sentence.matchAll(MADE_BY)) {
    const a = make(m[1]!, m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    if (a && a.known) add(a);
  }
  // "X's estimate", "Ukrainian figures"; "… to respond to the Russian Defense Ministry's claim that Ukraine had lost …".
  // ("asked about the Russian defence ministry's claim that …": a side's body in lower case after its adjective too.)
  if (/['’]s\s/.test(sentence)) for (const m of sentence.matchAll(/\b((?:[A-Z][\w.-]*\s){0,4}[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s){1,3}(?:defen[cs]e\s+|foreign\s+|interior\s+)?(?:ministry|military|army|government|intelligence|general staff))(?:'s|’s)\s+(?:(?:own|latest|official|earlier|new|recent|last|public|January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,2}(?:estimates?|figures?|data|counts?|tally|assessments?|reports?|statements?|intelligence|numbers|calculations?|bulletin|update|analysis|claims?|assertions?|version|account|findings)\b/g)) {
    const a = make(m[1]!, m.index, m.index + m[0].length);
    if (a && a.known) add(a);
  }
  // ("On the other side, the Ukrainian General Staff had Russian losses at 813,000": who "has" a toll at a figure gives it.)
  if (sentence.includes(" at ")) {
    const m = HAD_TOLL_AT.exec(sentence);
    const at = m ? m.index + m[0].indexOf(m[1]!) : 0;
    const a = m ? make(m[1]!, at, at + m[1]!.length) : null;
    if (a && a.known) add(a);
  }
  // ("… to comment on the claim of the Ukrainian General Staff that Russian losses exceeded 770,000": whose claim it is.)
  if (sentence.includes(" that ")) for (const m of sentence.matchAll(/\b(?:claims?|assertions?|estimates?|statements?)\s+(?:of|by)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and)){0,6})\s+that\b/g)) {
    const a = make(m[1]!, m.index + m[0].indexOf(m[1]!), m.index + m[0].length);
    if (a && a.known) add(a);
  }
  // Headlines name their source last or first: "… 600 deaths: NIS", "… – General Staff", "Syrskyi: Ukraine controls …".
  // ("… attack on the capital — mayor Vitali Klitschko", "… — city military administration": a role in lower case.)
  const tail = HEADLINE_TAIL.exec(sentence);
  if (tail && !/\d/.test(tail[1]!)) {
    const a = make(tail[1]!, tail.index + tail[0].length - tail[1]!.length, sentence.length);
    if (a && (namesSource(a.attributedTo) || SOURCE_NOUNS.test(a.attributedTo))) add(a);
  }
  // ("Ukraine's air force: 52 of 80 drones downed": a possessive then a role in lower case is a name too.)
  // ("Air force: 563 drones downed": a role in lower case after a capital, when it is a source's noun.)
  // ("06:51 - Ukraine air force: all 13 Shahed drones … shot down": after a ticker's time stamp too.)
  const stamp = /^\d{1,2}[:.]\d{2}\s*[-–—|]?\s*/.exec(sentence)?.[0].length ?? 0;
  let lead = /^([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}|[A-Z][\w.-]+['’]s(?:\s[a-z]+){1,3}|[A-Z][\w.-]+['’]s(?:\s[A-Z][\w.'’-]+){1,2}|[A-Z][a-z]+(?:\s[a-z]+){1,2}):\s/.exec(sentence.slice(stamp));
  // ("Kyiv: 11 dead, 124 injured" in a live ticker: a town's figures under its name; no one speaks.)
  // ("Russian losses: Ukraine's General Staff said …": a topic label naming what is counted is no speaker; nor is a
  // side named before its losses, "Russia: visually confirmed losses by type".)
  if (lead && sideBeforeItsLosses(lead[1]!, sentence.slice(stamp + lead[0].length))) lead = null;
  // ("London: Russia ended 2024 holding more Ukrainian land …": a city before a story's long first sentence is its
  // dateline; "Moscow: Ukraine lost 500 soldiers" over a story may be the capital speaking.)
  if (lead && DATELINE_CITY_LABEL.test(lead[1]!) && sentence.length > 100) lead = null;
  if (lead && !/^(?:Details|Quote|Background|Update|Read|Watch|Live|Breaking|Analysis|Opinion|Photos?|Video)$/i.test(lead[1]!) && !/\b(?:losses|casualties|deaths|dead|toll|gains|figures|numbers|tally|count|strikes|attacks|exchanges?|swaps?|lost|destroyed|killed|wounded|captured|downed)$/i.test(lead[1]!) && !(/^\s*(?:at least\s+|about\s+)?\d/.test(sentence.slice(stamp + lead[0].length)) && countryOfPlace(lead[1]!) !== null && !/\b(?:authorities|officials|administration|police|governor|mayor|council|services?)\b/i.test(lead[1]!))) {
    const a = make(lead[1]!, stamp, stamp + lead[0].length);
    // "General Staff: Russia has lost…": a headline's source may be named in full only further down.
    if (a && (a.known || SOURCE_NOUNS.test(a.attributedTo))) add(a);
  }
  // "Russian gains in 2024: 4,168 km² (ISW)": a list line or caption that cites its source in closing brackets.
  if (sentence.endsWith(")") || sentence.endsWith(").")) {
    const cite = /\(([A-Z][\w .'’&-]{1,40})\)\.?$/.exec(sentence);
    if (cite && namesSource(cite[1]!) && findParties(cite[1]!)[0]!.kind !== "people") add(make(cite[1]!, cite.index + 1, cite.index + 1 + cite[1]!.length));
  }
  // "Russia's Defense Ministry offered its own count, saying …": the sentence's subject speaks.
  const participle = cands.length ? null : /,\s+(?:saying|adding|claiming|noting|stating|estimating|reporting|writing)\b/.exec(sentence);
  if (participle) {
    const subject = leadingSubject(sentence.slice(0, participle.index));
    if (subject && sourceLike(subject.name)) add(make(subject.name, 0, subject.end));
  }
  // "Writing in Forbes, David Axe estimated …": a person of no known country speaks through the outlet named.
  if (cands.some((c) => !c.known) && /\b(?:[Ww]riting|[Ss]peaking) (?:in|for|to|on)\s/.test(sentence)) {
    const via = /\b(?:[Ww]riting|[Ss]peaking) (?:in|for|to|on)\s+(?:the\s+)?([A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3})/.exec(sentence);
    const outlet = via ? countryOfSource(via[1]!) : null;
    if (outlet?.found) for (const c of cands) if (!c.known) Object.assign(c, { sourceParty: outlet.code, known: true });
  }
  // ("Polish MEP Tomasz Wierzbicki cited the latest figures from Ukraine's General Staff, which puts …", "He also quoted
  // the DeepState mapping group, which says …": the one a speaker cites is the figures' source, as after "citing".)
  if (cands.length > 1 && /\b(?:cited|quoted|cites|quotes)\s/.test(sentence)) for (const c of cands) if (c.known && CITED_BEFORE.test(sentence.slice(Math.max(0, c.start - 80), c.start))) c.cited = true;
  // ("Several Russian military bloggers, while disputing Kyiv's figure, acknowledged …": whose figure is disputed does not
  // speak.)
  return cands.filter((c) => !DISPUTED_BEFORE.test(sentence.slice(Math.max(0, c.start - 30), c.start))).sort((a, b) => a.start - b.start);
}

/** A verb of disputing right before a source's name: "while disputing ", "rejected ". */
const DISPUTED_BEFORE = /\b(?:disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|question(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|contest(?:s|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing))\s+(?:the\s+)?$/i;

/**
 * A heading that is nothing but a source's name ("Ukraine's General Staff", "Pentagon"): that source, or null.
 * A people or country alone ("Russia", "Independent estimates") names no source.
 */
export function headingSource(line: string): Attribution | null {
  const name = line.trim();
  const first = findParties(name)[0];
  if (!first || first.kind === "people" && !SOURCE_NOUNS.test(name.slice(first.end))) return null;
  // The whole line is the name: nothing but the party, possessives and a source noun or two.
  // ("By Jane Doe, Reuters", "Photo: AP" are credits, not headings.)
  if (name.split(/\s+/).length > 6 || !/^[A-Z][\w'’. -]+$/.test(name) || /^By\s/.test(name)) return null;
  // "North Korean forces", "Russian troops": a section about a side's soldiers, not in their voice ("Armed Forces" may be).
  if (/\s(?:forces|troops|soldiers|units|army|military)$/.test(name)) return null;
  return { attributedTo: name, sourceParty: first.code, known: true, start: 0, end: name.length };
}

/**
 * A reposted channel's header, "Rybar (Russian military blogger) · 18 May, 17:02 (Moscow) · 1.1M views": the channel
 * named first speaks the post under it. Null unless the name is of a source or side we know.
 */
export function postHeaderSource(line: string): Attribution | null {
  const m = POST_HEADER.exec(line);
  // ("By Jane Doe · …", "Published on June 18, 2025, at 7:12 pm (Paris) · Reading time 4 min. · …": a byline or the
  // page's own date line, no channel.)
  if (!m || /^(?:By|Published|Updated|Posted|Last updated|First published|Modified)\s/.test(m[1]!)) return null;
  const name = m[1]!.replace(/\s*\([^)]*\)\s*$/, "");
  const c = countryOfSource(m[1]!);
  return c.found ? { attributedTo: name, sourceParty: c.code, known: true, start: 0, end: name.length } : null;
}
const POST_HEADER = /^\s*([A-Z][^·•|]{1,100}?)\s+[·•]\s+[^·•]{0,40}\d[^·•]{0,40}\s+[·•]\s+[^·•]{1,40}$/;

/**
 * A relayed post's header of a name and a time, "Sumy Regional Military Administration, 08:15", "Air Force (09:55)":
 * the source named speaks the post under it, and the day written before the time, if any, is the post's. Null unless
 * the name is of a source or side we know.
 */
export function timedPostSource(line: string): { source: Attribution; posted: PostedDay | null } | null {
  const m = TIMED_POST_HEADER.exec(line);
  if (!m || /^(?:By|Published|Updated|Posted|Last updated|First published|Modified|Today|Yesterday)\b/.test(m[1]!)) return null;
  const name = m[1]!.replace(/\s*[✓✔☑]\uFE0F?\s*$/u, "").replace(/\s*\([^)]*\)\s*$/, "").trim();
  const c = countryOfSource(m[1]!);
  // ("Kursk regional government 7 Aug, 08:52": a region's government is of the country that governs it.)
  const governing = c.found ? null : /\b(?:government|administration|governor|authorities|council|head)\b/i.test(name) ? countryGoverningPlace(name) : null;
  const code = governing ?? (c.found ? c.code : undefined);
  if (code === undefined) return null;
  const posted = m[2] ? { day: Number(m[2]), month: m[3]!, year: m[4] ? Number(m[4]) : null } : null;
  return { source: { attributedTo: name, sourceParty: code, known: true, start: 0, end: name.length }, posted };
}
// ("Kursk regional government 7 Aug, 08:52 👁": a day and month may come before the time, a views mark after it.)
// ("Atesh (@atesh_channel) ✓ 6 Aug 2025, 18:22 👁 61.2K", "FSB Public Relations Center (relay) 6 Aug 2025, 11:05":
// a handle, a mark and a year may come too, and a count of views after the mark.)
// Groups: the name, then the day, month and year written before the time.
const TIMED_POST_HEADER = /^\s*([A-Z][^,·•|:;.!?]{2,100}?)(?:,\s*|\s+[–—-]\s+|\s+\(|\s+(?=\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d))(?:(\d{1,2})\s+([A-Z][a-z]{2,8})\.?(?:\s+((?:19|20)\d\d))?,?\s+)?\d{1,2}[:.]\d{2}\)?(?:\s*[\p{Extended_Pictographic}\uFE0F]+(?:\s*[\d.,]+\s*[KkMm]?)?)?\s*$/u;

/** The source a sentence names for its figures, or null when it speaks in the outlet's own voice. */
export function findAttribution(sentence: string): Attribution | null {
  return chooseAttribution(findAttributions(sentence), sentence, null);
}

/**
 * The source of a figure at `at` among a sentence's sources: one in the same
 * clause (between semicolons) first, then one of a known country, then the earliest.
 */
export function chooseAttribution(cands: Attribution[], sentence: string, at: number | null): Attribution | null {
  if (cands.length === 0) return null;
  let pool = cands;
  if (at !== null) {
    // A clause ends at a semicolon, a contrast (", while Ukraine says …"), a spaced dash ("Moscow says troops being
    // shifted – Kyiv reports 3,000 km² regained": a wire's summary line of several stories) or ", and" ("Kyiv says …,
    // and Seoul's spy agency says Pyongyang sent roughly 3,000 more").
    const from = Math.max(sentence.lastIndexOf(";", at), sentence.lastIndexOf(", while ", at), sentence.lastIndexOf(", whereas ", at), sentence.lastIndexOf(" – ", at), sentence.lastIndexOf(" — ", at), sentence.lastIndexOf(", and ", at)) + 1;
    const ends = [sentence.indexOf(";", at), sentence.indexOf(", while ", at), sentence.indexOf(", whereas ", at), sentence.indexOf(" – ", at), sentence.indexOf(" — ", at), sentence.indexOf(", and ", at)].filter((k) => k >= 0);
    const to = ends.length ? Math.min(...ends) : sentence.length;
    const inClause = cands.filter((c) => c.start >= from && c.start < to);
    if (inClause.length) pool = inClause;
    // ("US officials told newspapers that 70,000 Ukrainians had been killed, Ukraine's General Staff puts Russian losses
    // at about 410,000": a source that opens a clause of its own after a comma, right before the figure, speaks for it.)
    const nearest = pool.filter((c) => c.known && c.end <= at).sort((a, b) => b.start - a.start)[0];
    if (nearest && pool.some((c) => c.known && c.end <= nearest.start) && /,\s*$/.test(sentence.slice(0, nearest.start)) && !/[,;]/.test(sentence.slice(nearest.end, at))) pool = [nearest];
    // ("about 450 square kilometres by DeepState's count and a little over 500 by AFP's reading": a count named right
    // after its figure, with no other figure between, is that figure's.)
    const byCount = pool.find((c) => c.start > at && /^[Bb]y\s/.test(sentence.slice(c.start, c.start + 3)) && /^[^\d]{0,30}[\d.,]+[^\d]{0,60}$/.test(sentence.slice(at, c.start)));
    if (byCount) return byCount;
  }
  // ("As Ukrpress reported, the General Staff put total Russian losses … at …": an "as" clause names who relays the
  // figures; the source that opens the main clause right after it gave them.)
  const relays = pool.filter((c) => isRelayBefore(c, pool, sentence));
  if (relays.length && relays.length < pool.length) pool = pool.filter((c) => !relays.includes(c));
  return [...pool].sort((a, b) => Number(b.known) - Number(a.known) || Number(b.cited ?? false) - Number(a.cited ?? false) || a.start - b.start)[0]!;
}

/** A source named in an opening "As X reported," with another source opening the clause after its comma. */
function isRelayBefore(c: Attribution, cands: readonly Attribution[], sentence: string): boolean {
  if (!AS_RELAY.test(sentence.slice(0, c.end + 2))) return false;
  const next = cands.find((d) => d.start > c.end);
  return next !== undefined && /^\s*,\s*$/.test(sentence.slice(c.end, next.start));
}
const AS_RELAY = /^\W*As\s+[^,;:]{2,80}?\s+(?:has\s+|had\s+)?(?:reported|said|wrote|noted|told|announced|stated|informed|mentioned)(?:\s+(?:earlier|previously|on\s+\w+|last\s+\w+))?,\s?$/;
