import * as chrono from "chrono-node/en";
import { MONTH, MONTH_FULL, MONTH_INDEX, type PostedDay } from "./months.js";

/** A date found in a sentence, with the precision the words allow. */
export interface DateMention {
  start: number;
  end: number;
  /** "2025", "2025-09" or "2025-09-15". */
  date: string;
  /** The word that introduces it ("as of", "since", "in"…), lower case, or "". */
  lead: string;
  /** Whether it dates a verb of saying ("told lawmakers on April 30"): the day the source gave its figures. */
  statement?: boolean;
}

// A date right after a verb of saying and its object: "said on Monday", "told lawmakers on April 30"; or the day a count
// was published ("published on 29 December"; not "a report published in December 2022", the time it covers).
const SAID_BEFORE = /\b(?:said|says|told(?: [\w’'-]+){0,3}|reported|announced|stated|estimated|claimed|wrote|added|confirmed|briefed(?: [\w’'-]+){0,3})\s+(?:on|in|late|early|last|this)?\s*$/i;
const PUBLISHED_BEFORE = /\b(?:published|released|issued|posted)\s+$/i;

const pad = (n: number) => String(n).padStart(2, "0");

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a UTC noon reference date. */
export function referenceDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  // Asked for every dated sentence of an article, always with its one publication date.
  if (publishedAt === lastReference.publishedAt) return lastReference.date;
  const date = parseReference(publishedAt);
  lastReference = { publishedAt, date };
  return date;
}

let lastReference: { publishedAt: string | null; date: Date | null } = { publishedAt: null, date: null };

function parseReference(publishedAt: string): Date | null {
  const [y, m, d] = publishedAt.split("-").map(Number);
  if (!y) return null;
  return new Date(Date.UTC(y, (m ?? 7) - 1, d ?? (m ? 15 : 1), 12));
}

// chrono picks the nearest year for "April 26 of this year"; this refiner pins
// the year the words name, relative to the reference date.
const thisYearRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      const tail = context.text.slice(r.index + r.text.length, r.index + r.text.length + 20);
      const m = /^,?\s+(?:of\s+)?(this|last|next)\s+year\b/i.exec(tail);
      if (m) {
        const base = context.reference.instant.getFullYear();
        const y = m[1]!.toLowerCase() === "this" ? base : m[1]!.toLowerCase() === "last" ? base - 1 : base + 1;
        r.start.assign("year", y);
        r.text = context.text.slice(r.index, r.index + r.text.length + m[0].length);
      }
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(thisYearRefiner);
// Times of day ("at 3 p.m.") date nothing and their parser is the costliest of chrono's (a third of its
// time on news sentences): without it a time is plain text, and "on Monday at 3 p.m." still gives Monday.
parser.parsers = parser.parsers.filter((p) => p.constructor.name !== "ENTimeExpressionParser");
/** chrono's parsers in use, by name; a test checks that exactly the time parser is left out (a rename upstream would keep it). */
export const DATE_PARSERS: readonly string[] = parser.parsers.map((p) => p.constructor.name);

// (A month may close its sentence before an endnote marker: "in May.[2]". "overnight" is not among them: chrono reads no date in it, and a fifth of the sentences it was asked held no other.)
const DATEISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[\s,;:)[\]]|$)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|week|weeks|month|months|year|years|ago|weekend|fortnight|spring|summer|autumn|fall|winter)\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const LEAD = /\b(as of|since|by|in|on|until|till|through|throughout|during|from|at the end of|end of|as at|last|this|over)\s*$/i;

// A figure written right after a date, with no comma between ("In May 92 tanks were lost", "on May 12 40 drones",
// "in March 2024 92 tanks"): chrono reads it as a two-digit year or gives up on the date. News write years in four
// digits, so the figure is hidden from chrono (same length, offsets kept); a one- or two-digit day after a month stays.
const FIGURE_AFTER_DATE = [
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(\\d{1,3})\\b(?![.,:/]\\d)`, "g"),
  new RegExp(`\\b${MONTH}\\s+(3[2-9]|[4-9]\\d|\\d{3})\\b(?![.,:/]\\d)`, "g"),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{1,3})\\b(?![.,:/]\\d)`, "g"),
  new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:19|20)\\d{2}\\s+(\\d{1,3})\\b(?![.,:/]\\d)`, "g"),
  // "In June, 1,343 civilians were injured": after a month and its comma a figure is no day.
  new RegExp(`\\b${MONTH},\\s+(\\d{1,3}(?:,\\d{3})*)\\b(?![.:/]\\d)`, "g"),
];

/** The sentence as chrono should read it: figures glued to a date hidden behind "#"s of the same length. */
function withFiguresHidden(sentence: string): string {
  let out = sentence;
  for (const re of FIGURE_AFTER_DATE) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index + m[0].length - m[1]!.length;
      out = out.slice(0, at) + "#".repeat(m[1]!.length) + out.slice(at + m[1]!.length);
    }
  }
  return out;
}

/** A superlative just before a period: "the deadliest attack on the city this year", "the most since". */
const SUPERLATIVE_BEFORE = /\b(?:deadliest|largest|biggest|highest|lowest|worst|heaviest|longest|fastest|slowest|most\s+\w+|record)\b[^.;,]{0,50}$/i;

/** "said then", "at the time": a saying dated by the time the text named just before (see findDates' `then`). */
export const AT_THE_TIME = /\b(?:said|says|reported|claimed|estimated|counted|put|gave)\s+then\b|\bat the time\b/i;

/** A clause that looks ahead: "is expected to dispatch …", "will send …", "plans to …". */
const FORECAST_BEFORE = /\b(?:(?:is|are|was|were)\s+(?:expected|set|due|planned|scheduled|likely)\s+to|will|plans?\s+to|planning\s+to|aims?\s+to)\b/i;

/** A month's name alone: "August", "Aug.". */
const MONTH_NAME = new RegExp(`^${MONTH},?$`);

/**
 * Dates in a sentence resolved against the publication date; yearless dates lean to the past. `theMonth`
 * ("2025-07") is the month the article last named outright, for "during the month" and "by the end of the
 * month" in a sentence that names none of its own (see monthNamed); `samePeriod` the month of the figures just
 * before, for "over the same period"; `then` the month named just before, for "said then" and "at the time".
 */

export function findDates(sentence: string, publishedAt: string | null, theMonth: string | null = null, samePeriod: string | null = null, then: string | null = null): DateMention[] {
  const ref = referenceDate(publishedAt) ?? new Date(Date.UTC(2025, 0, 1, 12));
  const out: DateMention[] = [];
  let results: chrono.ParsedResult[] = [];
  try {
    // chrono is the costliest step of the extractor: skip sentences with no date-like word at all.
    if (DATEISH.test(sentence)) results = parser.parse(withFiguresHidden(sentence), { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    // "May " before a hidden figure: the mention ends at its last word.
    const text = r.text.trimEnd();
    if (out.some((d) => r.index < d.end)) continue;
    // Bare times ("5:30", "3 p.m.") and durations are not dates.
    if (!r.start.isCertain("day") && !r.start.isCertain("month") && !r.start.isCertain("year") && !r.start.isCertain("weekday")) continue;
    if (/^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i.test(text.trim())) continue;
    // "in the past few months", "over the last two weeks": a stretch up to the report, not a date.
    if (/\b(?:past|last|previous|preceding|recent|next)\s+(?:few|several|couple of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months|years)\b/i.test(sentence.slice(Math.max(0, r.index - 25), r.index + text.length + 10))) continue;
    // "over the past day", "in the last 24 hours": a daily tally is dated to the report; so is a weekly one
    // ("over the past week": claims.md dates a weekly summary to the last day of its week).
    // ("reported last August that …": a month after "last" is the last such month, a date.)
    if (/\b(?:past|last|previous|preceding)\s+(?:day|24 hours)\b|\bpast\s+(?:week|seven days)\b/i.test(text) || (/\b(?:past|last|previous|preceding)\s+$/i.test(sentence.slice(Math.max(0, r.index - 10), r.index)) && !MONTH_NAME.test(text))) continue;
    // ("shot down six helicopters during the march", "they will march on Moscow": in lower case and without a day or a
    // year the word is a noun or a verb, no month.)
    if (/\b(?:march|may)\b(?!\s+\d)/.test(text) && !/\d/.test(text)) continue;
    // ("… at least 177 prisoners of war since February 2022, most of them last year": the date of an uncounted part.)
    if (/\b(?:most|many|some|half|several|a few|the majority|a third|two-thirds) of (?:them|those|these|whom|which)\s+(?:in\s+|during\s+|since\s+)?$/i.test(sentence.slice(Math.max(0, r.index - 30), r.index))) continue;
    // ("Three years after Russian troops withdrew from Bucha": a span after an event, not a span from the report.)
    if (/^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b/i.test(text)) continue;
    // "3/8" numbers a post in a thread more often than it dates anything.
    if (/^\d{1,2}\/\d{1,2}$/.test(text.trim())) continue;
    // "24 February 2022 to 30 June 2025", "from July to September": a closed span is dated by its end.
    const span = r.end && (r.end.isCertain("day") || r.end.isCertain("month")) ? r.end : null;
    const known = span ?? r.start;
    let year = known.get("year") ?? ref.getUTCFullYear();
    const month = known.get("month") ?? 1;
    const day = known.get("day") ?? 1;
    // A yearless date later than the publication is last year's ("Aug. 6" in a January article).
    if (!known.isCertain("year")) {
      const candidate = Date.UTC(year, month - 1, day, 12);
      if (candidate > ref.getTime() + 2 * 86400_000) year -= 1;
    }
    let date: string;
    if (known.isCertain("day") || known.isCertain("weekday") || /\b(?:today|yesterday|tonight|overnight|last night)\b/i.test(text)) {
      let d = known.date();
      // "on Monday" in a Saturday's paper is the Monday before it: news weekdays lean past too.
      if (!known.isCertain("day") && known.isCertain("weekday") && d.getTime() > ref.getTime() + 86400_000) d = new Date(d.getTime() - 7 * 86400_000);
      date = known.isCertain("year") || known.isCertain("weekday") || /\b(?:today|yesterday)\b/i.test(text)
        ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
        : `${year}-${pad(month)}-${pad(day)}`;
    } else if (known.isCertain("month")) date = `${year}-${pad(month)}`;
    else date = `${year}`;
    // ("from 24.02.2022 to 04.07.2025": a date written with dots is day first, though chrono reads its end month first.)
    // ("from 24.02.22 to 12.06.25", "on 12.06.2025": so is one alone, and with a year of two digits.)
    const dotted = /(?:^|\D)(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d{2})\s*$/.exec(text);
    if (dotted && Number(dotted[2]) <= 12 && Number(dotted[1]) <= 31) date = `${dotted[3]!.length === 2 ? `20${dotted[3]}` : dotted[3]}-${pad(Number(dotted[2]))}-${pad(Number(dotted[1]))}`;
    // "since the February 2022 invasion", "since the start of": the lead word may sit a few words back.
    const back = sentence.slice(Math.max(0, r.index - 30), r.index);
    const lead0 = span ? "" : sinceBefore(sentence, r.index) || /\bsince\s+(?:the\s+)?$/i.test(back) ? "since" : (LEAD.exec(sentence.slice(Math.max(0, r.index - 20), r.index))?.[1]?.toLowerCase() ?? "");
    // chrono reads stray digits as years now and then ("5/8 6" → year 5): keep only dates of this era.
    const y = Number(date.slice(0, 4));
    if (!/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(date) || y < 1900 || y > 2100) continue;
    // "the highest monthly toll in three years", "the deadliest attack on the city this year": a comparison's span
    // dates no figure; nor does a duration chrono reads forward.
    if (/^(?:in|within|over|for)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)$/i.test(text) || (/^this\s+(?:year|month|week)$/i.test(text) && SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, r.index - 60), r.index)))) continue;
    // ("… and is expected to dispatch some 10,000 in total by December": a forecast's date dates no figure reported.)
    if (!known.isCertain("year") && (lead0 === "by" || lead0 === "in") && FORECAST_BEFORE.test(sentence.slice(0, r.index).split(/[;:]|,\s/).at(-1)!)) continue;
    const lead = lead0 === "since" && whenClauseAfter(sentence, r.index, r.index + text.length) ? "when" : lead0;
    const statement = SAID_BEFORE.test(sentence.slice(Math.max(0, r.index - 50), r.index)) || (/^on\s/i.test(text) && PUBLISHED_BEFORE.test(sentence.slice(Math.max(0, r.index - 20), r.index)));
    // "This year some 2,800 servicemen returned", "killed so far this year": a count of the year so far is as of the
    // report. ("Earlier this year, the ministry said …" is a moment of the year: the year.)
    if (/^this year$/i.test(text) && !/\b(?:earlier|early|later|late|in|during)\s+$/i.test(sentence.slice(Math.max(0, r.index - 10), r.index)) && publicationAsOf(publishedAt)) date = publicationAsOf(publishedAt)!;
    out.push({ start: r.index, end: r.index + text.length, date, lead, ...(statement ? { statement } : {}) });
  }
  // ("Russia's 2025 gains", "the 2024 toll": a year before what it counts dates it.)
  for (const m of sentence.matchAll(YEAR_BEFORE_COUNT)) {
    if (out.some((d) => m.index >= d.start && m.index < d.end)) continue;
    out.push({ start: m.index, end: m.index + 4, date: m[1]!, lead: "in" });
  }
  // Bare years chrono leaves alone: "in 2024", "since 2022", "early 2025".
  for (const m of sentence.matchAll(/\b(in|since|by|during|throughout|of|for|early|late|mid-?|end of|start of|beginning of|summer|winter|spring|autumn|fall)\s+((?:19|20)\d{2})\b/gi)) {
    const s = m.index + m[0].length - m[2]!.length;
    if (out.some((d) => s >= d.start && s < d.end)) continue;
    // "since the start of 2025" opens a period, like "since 2025"; so does "since the first units arrived in the autumn
    // of 2024".
    // ("volunteers who signed contracts after the start of 2024": so does "after".)
    let lead = /\b(?:since|after)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) || sinceBefore(sentence, m.index) ? "since" : m[1]!.toLowerCase();
    if (lead === "since" && whenClauseAfter(sentence, s, s + 4)) lead = "when";
    // "by the end of 2024" is its December; "the start of 2025" its January.
    const month = lead === "end of" ? "-12" : lead === "start of" || lead === "beginning of" ? "-01" : "";
    out.push({ start: s, end: s + 4, date: `${m[2]!}${month}`, lead });
  }
  // "in late May", "in early March 2024", "mid-June": chrono reads no month with a word of its part before it.
  for (const m of sentence.matchAll(PART_OF_MONTH)) {
    const end = m.index + m[0].length;
    if (out.some((d) => m.index < d.end && end > d.start)) continue;
    const date = monthNamed(m[0].slice(m[0].indexOf(m[1]!)), publishedAt);
    if (date) out.push({ start: m.index, end, date, lead: "in" });
  }
  if (sentence.includes("month")) {
    // chrono leaves "the month of May" alone (it reads a bare "May" as a verb unless "in" comes before it).
    for (const m of sentence.matchAll(/\bmonth of (May)\b(?:,?\s+((?:19|20)\d{2})\b)?/g)) {
      const s = m.index + m[0].indexOf("May");
      if (out.some((d) => s >= d.start && s < d.end)) continue;
      out.push({ start: s, end: m.index + m[0].length, date: monthNamed(m[0], publishedAt)!, lead: "in" });
    }
    monthAnaphora(sentence, out, theMonth);
  }
  if (sentence.includes("year") || sentence.includes("twelve months") || sentence.includes("12 months")) yearAnaphora(sentence, out, publishedAt);
  // "43 houses had been damaged over the same period": the month of the figures just before, when they named one.
  if (samePeriod) for (const m of sentence.matchAll(/\b(?:over|during|in|for)\s+the\s+same\s+period\b/gi)) {
    if (!out.some((d) => d.start < m.index + m[0].length && d.end > m.index)) out.push({ start: m.index, end: m.index + m[0].length, date: samePeriod, lead: "in" });
  }
  // "… said then that Russian losses exceeded 5,000": the month named just before, when the sentence names none.
  if (then && !out.length) {
    const m = AT_THE_TIME.exec(sentence);
    if (m) out.push({ start: m.index, end: m.index + m[0].length, date: then, lead: "in" });
  }
  // ("GENEVA, Jan. 10 (OPB) -- At least 2,043 civilians were killed … in 2024": a wire's dateline dates the report, not
  // its figures, when the sentence names a date of its own.)
  const dateline = out.length > 1 && out[0]!.start < 40 ? DATELINE.exec(sentence) : null;
  const dated = dateline ? out.filter((d) => d.start >= dateline[0].length) : out;
  return (dated.length ? dated : out).sort((a, b) => a.start - b.start);
}

/** A wire's dateline: "LVIV, Ukraine, March 28 (Meridian) - ", "GENEVA, Jan. 10 (OPB) -- ". */
export const DATELINE = /^[A-Z][A-Z .'’-]{2,},(?:[^.;]|\.(?=\s*\d)){0,60}?\)\s*(?:--|[-–—])\s+/;

/** A part of a named month: "in late May", "early March 2024", "mid-June". */
const PART_OF_MONTH = new RegExp(String.raw`\b(?:in\s+)?(?:early|late|mid-?|the middle of)\s*(${MONTH_FULL}\b(?:,?\s+(?:19|20)\d{2}\b)?)`, "g");

// "286 civilians were killed during the month", "captured 35 villages over the month", "the month's casualties",
// "by the end of the month": the month named before, not the month of publication.
const THE_MONTH = /\b(?:during|over|for|in|throughout|across)\s+the\s+(?:same\s+)?month\b(?!\s+(?:of|before|after|earlier|prior|ahead)\b)|\b(?:by|at)\s+the\s+end\s+of\s+the\s+month\b|\bthe\s+month['’]s\b|\bthat\s+month\b/gi;

/** Adds the dates of "the month" phrases: the sentence's own month before the phrase, else `theMonth`. */
function monthAnaphora(sentence: string, out: DateMention[], theMonth: string | null): void {
  for (const m of sentence.matchAll(THE_MONTH)) {
    const end = m.index + m[0].length;
    const own = out.findLast((d) => d.end <= m.index && d.date.length >= 7 && d.lead !== "since" && d.lead !== "from")?.date.slice(0, 7) ?? theMonth;
    if (!own) continue;
    // (chrono reads "the end of the month" as the end of the month of publication: the phrase's own date replaces it.)
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && out[k]!.end > m.index) out.splice(k, 1);
    const closing = /\bend of\b/i.test(m[0]);
    out.push({ start: m.index, end, date: closing ? lastDayOf(own) : own, lead: closing ? "by" : "in" });
  }
}

/** A year before what it counts: "Russia's 2025 gains", "the 2024 toll". */
const YEAR_BEFORE_COUNT = /\b((?:19|20)\d{2})\s+(?:gains|losses|toll|tolls|total|totals|tally|advances|casualties|death toll)\b/g;

// "lost about 1,800 tanks during the year", "over the twelve months": the year the sentence names before the phrase,
// else the year of the report, or, in its first fortnight of January, the year just ended (a year-end summary).
const THE_YEAR = /\b(?:during|over|for|in|throughout|across)\s+the\s+(?:whole\s+|entire\s+|same\s+)?(?:year|twelve months|12 months)\b(?!\s+(?:of|before|after|earlier|prior|ahead|to)\b)/gi;

/** Adds the dates of "the year" phrases. */
function yearAnaphora(sentence: string, out: DateMention[], publishedAt: string | null): void {
  const pub = publicationAsOf(publishedAt);
  for (const m of sentence.matchAll(THE_YEAR)) {
    const end = m.index + m[0].length;
    if (out.some((d) => d.start < end && d.end > m.index)) continue;
    const own = out.findLast((d) => d.end <= m.index && d.lead !== "since" && d.lead !== "from")?.date.slice(0, 4);
    const year = own ?? (pub ? (pub.slice(5, 7) === "01" && Number(pub.slice(8, 10) || "1") <= 15 ? String(Number(pub.slice(0, 4)) - 1) : pub.slice(0, 4)) : null);
    if (year) out.push({ start: m.index, end, date: year, lead: "in" });
  }
}

/** "2025-05" → "2025-05-31". */
function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${pad(new Date(Date.UTC(y!, m!, 0)).getUTCDate())}`;
}

// A month named outright, capitalised: "in July", "31 July", "October 2025", "Sept. 3". (Lower-case "may" and
// "march" are verbs.) Found by its name alone; what stands around it is read from the text on either side.
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)`, "g");
const OPENS_PERIOD = /\b(?:since|from|until|till|before|after)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$/i;
const YEAR_AFTER = /^(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?,?\s+((?:19|20)\d{2})\b/;
const COMPARED = /\b(?:up from|down from|than|compared (?:with|to)|versus|vs\.?|as in|since|from|start of|beginning of)\b/i;

/**
 * The last month a sentence names outright as a time something happened ("in July", "on 31 July", "for October
 * 2025"), as "YYYY-MM", or null; a month that opens or closes a period ("since May") or is compared with ("up from
 * 380 in April") names none. A yearless month after the publication is last year's.
 */
export function monthNamed(sentence: string, publishedAt: string | null): string | null {
  let found: string | null = null;
  const ref = referenceDate(publishedAt);
  for (const m of sentence.matchAll(MONTH_WORD)) {
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    // ("gained 505 km² in May, up from about 380 km² in April": the month compared with is not the one reported.)
    if (OPENS_PERIOD.test(before) || COMPARED.test(before.split(/[;(]|,\s/).at(-1)!)) continue;
    const month = MONTH_INDEX[m[0].slice(0, 3).toLowerCase()]!;
    const stated = YEAR_AFTER.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1];
    let year = stated ? Number(stated) : (ref?.getUTCFullYear() ?? null);
    if (year === null) continue;
    if (!stated && ref && Date.UTC(year, month - 1, 1) > ref.getTime()) year -= 1;
    found = `${year}-${pad(month)}`;
  }
  return found;
}

/** "since the beginning of its full-scale invasion on Feb. 24, 2022": "since" governs a date up to a phrase later. */
function sinceBefore(sentence: string, at: number): boolean {
  return /\bsince\b[^,.;]{0,60}$/i.test(sentence.slice(Math.max(0, at - 70), at));
}

/**
 * "has not given a toll since September 2022, when Shoigu put it at 5,937": the clause after "when" happened on the
 * date. (Not "Since 2022, when the invasion began, Russia has lost …": a clause that opens the sentence is an aside.)
 */
function whenClauseAfter(sentence: string, start: number, end: number): boolean {
  return start > 12 && /^\s*,?\s*when\b/i.test(sentence.slice(end));
}

/** The date of a relayed post's day ("6 Aug 2025", "7 Aug" of attribution.ts timedPostSource), or null. */
export function dayOfPost(posted: PostedDay, publishedAt: string | null): string | null {
  const month = MONTH_INDEX[posted.month.slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  const { day } = posted;
  const ref = referenceDate(publishedAt);
  let year = posted.year ?? ref?.getUTCFullYear();
  if (year === undefined) return null;
  // (A post of "28 Dec" on a page of 3 January is of the year before; one of a day or two after the page's date is of
  // its year, posted across a time zone or gathered late.)
  if (posted.year === null && ref && Date.UTC(year, month - 1, day) > ref.getTime() + 60 * 86_400_000) year -= 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The publication date as an asOf value ("YYYY-MM-DD"), or null. */
export function publicationAsOf(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(publishedAt) ? publishedAt : null;
}

/**
 * The date a figure refers to. A date between the figure and its neighbours
 * is its own ("590 km² now, down from 1,376 in late August": August is the
 * second figure's); a date before the sentence's first figure governs them
 * all; otherwise the publication date.
 */
export function asOfInRegion(sentence: string, allDates: DateMention[], figureAt: number, from: number, to: number, firstFigureAt: number, publishedAt: string | null): string | null {
  // ("holding two soldiers since January, when they were captured": a "when" clause dates only the figures in it.)
  const dates = allDates.some((d) => d.lead === "when") ? allDates.map((d) => (d.lead === "when" && d.start > figureAt ? { ...d, lead: "since" } : d)) : allDates;
  // ("held 1,000 km² of the Kursk region, where it launched an offensive in August": a relative clause's date is its own.)
  // ("In the Kursk region, where Ukrainian units crossed the border in August, Ukrainian losses have exceeded 42,000": so
  // is one closed before the figure. From the date's last character: chrono may end a mention on the comma after it.)
  const relativeBefore = (d: DateMention) => d.end <= figureAt && /,\s*(?:where|which|who|whose)\b[^,;]*$/i.test(sentence.slice(0, d.start)) && /,/.test(sentence.slice(d.end - 1, figureAt));
  let own = dates.filter((d) => d.start >= from && d.end <= to && !(d.start > figureAt && RELATIVE_CLAUSE.test(sentence.slice(figureAt, d.start))) && !relativeBefore(d));
  own = spanEnds(sentence, own);
  // "634 in July, up from 556 in June and 507 in May": a date right after a figure is that figure's, not
  // the next one's across a comparison or a conjunction ("in June and 507").
  // ("430 square kilometres in January, 360 in February": chrono may end a month's mention on the comma after it; right
  // after the figure before, with no break between, and with a date of the figure's own after it, the date is still
  // the figure before's. "…, or in August, when it took 459" opens a clause of its own; "856 injured in August,
  // including 14 children" has no date of its own.)
  const ownAfter = own.some((d) => d.start > figureAt);
  if (from > 0) own = own.filter((d) => !(d.end <= figureAt && (HANDED_ON.test(sentence.slice(d.end, figureAt)) || (ownAfter && sentence[d.end - 1] === "," && !HANDED_ON.test(sentence.slice(from, d.start))))));
  // ("swapped 307 Russian servicemen for 307 Ukrainian ones, and on Sunday another 303": a date after ", and" opens
  // the next clause, the next figure's.)
  // ("Ukraine held some 1,300 square kilometres there; by 31 March Ukrainian units held about 80": nor does one after a
  // semicolon.)
  own = own.filter((d) => !(d.start > figureAt && (/,\s+and\s+(?:(?:on|in|by|during)\s+)?$/i.test(sentence.slice(figureAt, d.start)) || sentence.slice(figureAt, d.start).includes(";"))));
  // "As of 30 June, 13,580 killed … and 34,168 injured since 2022": a period that starts on a date ends on
  // the date the sentence opened with, if it named one outright.
  // ("US officials told newspapers last August that nearly 70,000 … had been killed, …, and Russia's ministry has
  // claimed more than 444,000": the day one source spoke dates no figure of another clause.)
  const lead = dates.filter((d) => d.end <= firstFigureAt && !(d.statement && /;|,\s+(?:and\s+)?(?:the\s+)?[A-Z]/.test(sentence.slice(d.end, figureAt))) && !relativeBefore(d));
  const openEnded = own.length > 0 && own.every((d) => d.lead === "since" || d.lead === "from");
  // "3 jets and 2 helicopters were downed in March": a date closing an enumeration dates all of it,
  // but not across a comparison ("590 now, down from 1,376 in August").
  // ("held 1,000 km² of the Kursk region, where it launched an offensive in August": nor across a relative clause.)
  // (Read only when a rule below needs it: most figures are dated before.)
  const trailing = dates.filter((d) => d.start >= to);
  // ("at least 12,300 civilians have been killed, including more than 650 children, and over 27,000 injured, as of 30
  // November": "more than" before a figure is a qualifier, no comparison; "far more than Ukraine's air force possessed
  // in 2022" is one.)
  const closes = (): boolean => trailing.length > 0 && !/\b(?:down from|up from|compared (?:with|to)|from|(?<!\b(?:more|fewer|less)\s)than|\b(?:more|fewer|less)\s+than(?!\s+\d)|versus|vs\.?|while|whereas|but)\b/i.test(sentence.slice(figureAt, trailing[0]!.start)) && !RELATIVE_CLAUSE.test(sentence.slice(figureAt, trailing[0]!.start));
  // ("The UN mission said this month that at least 286 civilians were killed and 1,388 injured across Ukraine in
  // July": the day a source spoke gives way to the date that closes the figures' enumeration, in the same clause.)
  if (own.length && own.every((d) => d.statement && d.end <= figureAt) && closes() && trailing[0]!.lead !== "since" && trailing[0]!.lead !== "from" && !/[,;:](?!\d)|\b(?:after|before|when|since|until|as)\b/i.test(sentence.slice(figureAt, trailing[0]!.start))) return asOfFor(spanEnds(sentence, trailing), figureAt, publishedAt);
  if (own.length && !openEnded) return asOfFor(own, figureAt, publishedAt);
  const outright = lead.filter((d) => OUTRIGHT_LEADS.has(d.lead));
  // The day the source gave its figures dates those with no date of their own.
  const statement = dates.filter((d) => d.statement && d.start >= figureAt);
  // ("Zelensky had said in February that 46,000 … had been killed and some 380,000 wounded since 2022": a period that
  // runs to the day its source spoke ends on that day.)
  const spoke = lead.filter((d) => d.statement);
  if (openEnded) return outright.length ? asOfFor(outright, figureAt, publishedAt) : statement.length ? statement[0]!.date : spoke.length ? asOfFor(spoke, figureAt, publishedAt) : publicationAsOf(publishedAt);
  if (lead.length) return asOfFor(lead, figureAt, publishedAt);
  if (statement.length) return statement[0]!.date;
  if (closes()) return asOfFor(trailing, figureAt, publishedAt);
  return publicationAsOf(publishedAt);
}

/** "in January and February", "from July to September": a span counts to its last month. */
function spanEnds(sentence: string, dates: DateMention[]): DateMention[] {
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    return !(next && /^\s*(?:and|to|through|until|till|-|–|—)\s*$/i.test(sentence.slice(d.end, next.start)));
  });
}

// (Open up to the date: "757 bodies, which Moscow said were of Ukrainian servicemen, in the repatriation on December 20"
// closes its relative clause before the date, which is the figure's again.)
// ("… 800 square kilometres of the Kursk region, having lost part of the ground it took in August": a perfect
// participle's clause is one too.)
const RELATIVE_CLAUSE = /,\s*(?:where|which|who|whose|having)\b(?:[^,;]|,(?=\d))*$/i;
const HANDED_ON = /[,;]|\b(?:and|while|whereas|but|up from|down from|compared (?:with|to)|versus|vs\.?|than)\b/i;
const OUTRIGHT_LEADS = new Set(["as of", "as at", "by"]);

/** The date a figure refers to: the date mention that governs it, else the publication date. */
export function asOfFor(dates: DateMention[], figureAt: number, publishedAt: string | null): string | null {
  if (dates.length === 0) return publicationAsOf(publishedAt);
  // "since Aug. 6" starts a period that runs to the report: the figure is as of publication.
  const usable = dates.filter((d) => d.lead !== "since" && d.lead !== "from");
  if (usable.length === 0) return publicationAsOf(publishedAt);
  // The nearest date, preferring "as of"/"by" leads, which name the figure's date outright.
  const score = (d: DateMention) => Math.abs((d.start < figureAt ? d.end : d.start) - figureAt) - (d.lead === "as of" || d.lead === "by" || d.lead === "as at" ? 1000 : 0);
  return [...usable].sort((a, b) => score(a) - score(b))[0]!.date;
}
