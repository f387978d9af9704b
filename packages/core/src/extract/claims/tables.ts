import type { Claim } from "../../schemas/claim.js";
import { findAttributions, type Attribution } from "./attribution.js";
import { asOfFor, findDates, type DateMention } from "./dates.js";
import { nounClassOf, predicatesIn, type Predicate } from "./metrics.js";
import { countryOfSource, opponentOf } from "./parties.js";
import { OFFICIAL_PUBLISHER, squashName } from "../official.js";
import { ENEMY, FORCE, LOSS_PREDS, WESTERN_ARMS, YEAR, countBars, peopleIn, strikeOnTown, type ListContext } from "./common.js";
import { monthNumberOf } from "./months.js";

// Lists and tables: a header line ending in a colon, or a table's row of column names, opens a list whose lines
// inherit its context (side, verb, date, source, and per column what a figure counts).

// "Russia - 21,500, of which: …": a section line of an equipment-loss list names whose losses follow.
const SECTION_LINE = /^\s*([A-Z][\w .'’-]{2,30}?)\s+[-–—]\s+[\d,]+(?:,\s+of which\b|\s*$)/;
/** A table column's header that names losses, and one that names something else counted beside them. */
const LOSS_HEADER = /\b(?:lost|losses|destroyed|damaged|captured|abandoned|killed|dead|deaths|wounded|casualties|total)\b/i;
const NOT_LOSS_HEADER = /\b(?:delivered|supplied|pledged|promised|ordered|donated|sent|in service|inventory|stocks?|pre-war|prewar|before the war|average|per day|daily|a day|rate|share|percent|ratio|produced|built)\b|%/i;
/** Equipment the West supplied: in this war, Ukraine's. */
/** A header of a military unit's results of its fighting: "Results of combat work over the past day:". */
const COMBAT_RESULTS = /\b(?:results? of (?:the\s+)?(?:combat|military) (?:work|operations|activity|action)|combat (?:results|work results|tallies))\b/i;
/** A table column that names each row's source. */
const SOURCE_HEADER = /^(?:sources?|reported by|estimated by|according to|claimed by|by)$/i;

/** What a list header needs from the sentence loop. */
export interface HeaderInput {
  /** The header line. */
  s: string;
  /** Whether it is a table's row of column names ("Category | Total"). */
  tableHead: boolean;
  /** The attributions found in it. */
  cands: Attribution[];
  /** The last few sentences before it. */
  prevText: string;
  /** The segment just before it (a table's caption). */
  lastSegment: string;
  /** The side that speaks. */
  speaker: string | null;
  attr: Attribution | null;
  /** The list open before it, if any. */
  prevList: ListContext | null;
  /** The claim of losses the segment just before it made, if it made one (for a header that breaks it down). */
  lossBefore: Claim | null;
  /** The side whose losses were counted last in the article. */
  lastLossParty: string | null;
  /** Whether a table is the outlet's own count (its caption or the note under it says so). */
  ownTable: boolean;
  /** Its dates, read on demand. */
  dates: () => DateMention[];
  publishedAt: string | null;
}

/** A header that breaks a count down: "Their breakdown by type:", "By category:". */
// ("Its cumulative list, as of Tuesday morning, read:": the list of the losses just counted.)
const BREAKDOWN_HEADER = /\b(?:break-?down|broken down|by (?:type|category|class|kind))\b|\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:list|tally|totals?|count)\b[^:]{0,60}\b(?:read|reads|was|were|shows?|showed|stood|stands)\s*:\s*$/i;
/** A header that announces losses: "Losses by group of forces:", "The breakdown of losses:". */
const LOSSES_HEADER = /^\W*(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties)\b/i;
/** A header that introduces a side's military report: "the General Staff's Friday report", "the ministry's daily list". */
const REPORT_BODY = /\b(?:General Staff|(?:defen[cs]e\s+)?ministry|MoD)(?:['’]s)?\b[^:]{0,60}?\b(?:report|list|bulletin|update|summary|figures|tally|totals?|count)\b/i;

/** The side whose military report a header introduces: its source's, else the one side it names. */
function reportSideOf(attr: Attribution | null, ownPpl: { code: string | null }[]): "UA" | "RU" | null {
  const side = attr?.sourceParty ?? (new Set(ownPpl.map((p) => p.code)).size === 1 ? ownPpl[0]!.code : null);
  return side === "UA" || side === "RU" ? side : null;
}

/** What is left of a header that only names its source ("According to …:", "Source: …:"). */
const SOURCE_ONLY = /^\W*(?:according to|source|as reported by|per)?\W*$/i;

/** People a list of prisoners coming home names in its header. */
const RETURNED_PEOPLE = /\b(?:prisoners?|POWs?|defenders|servicem[ae]n|soldiers|captives|captivity|exchange|swap)\b/i;

/** A header that only points back: "They are estimated at:", "These are as follows:", "The figures are:". */
const POINTING_HEADER = /^\W*(?:they|these|those|the (?:figures|losses|numbers|totals))\s+(?:are|were|stand|stood|include|included|amount|amounted)(?:\s+(?:estimated|put|given|listed|approximately|roughly))?(?:\s+(?:at|to|as follows))?\s*:\s*$/i;
/** A header that breaks what came before down "as follows". */
const FOLLOWS_HEADER = /\bas follows\s*:\s*$/i;
/** A column of ground: "Area captured", "Ground taken", "Gains". */
const AREA_COLUMN = /\b(?:area|ground|territory|gains?|gained|captured|taken|seized|advance)\b/i;

/** The context a list header ("During 9 months of fighting, the enemy lost:") or a table's column names hand to its lines. */

export function listOfHeader(h: HeaderInput): ListContext {
  const { s, tableHead, cands, prevText, lastSegment, speaker, attr, prevList, lastLossParty, lossBefore, dates } = h;
  // "… reports the combat losses of the enemy. The numbers in brackets are the losses of the past day:"
  // a header that names no side takes it from the sentence before.
  const ownPpl = peopleIn(s, 0, cands);
  const enemy = ENEMY.test(s) || (!ownPpl.length && ENEMY.test(prevText));
  // A table's caption names the side ("Russian equipment losses documented by Oryx"), not its source.
  // ("Russian gains per month, square kilometres (Brussels Courier analysis of ISW maps)": who made the table, in
  // brackets, is no side.)
  const caption = tableHead ? lastSegment.replace(/\([^)]*\)/g, (m) => " ".repeat(m.length)) : "";
  // ("Total combat losses of the Russian army …, the General Staff of the Armed Forces of Ukraine reports. ¶ According to
  // the General Staff, the Defence Forces have also destroyed:": the side whose losses the sentence above counts, not
  // its source's.)
  // ("Russian gains in Ukraine by month": not where the caption says the things counted were.)
  const ppl = ownPpl.length ? ownPpl : tableHead ? peopleIn(caption, 0, findAttributions(caption)).filter((p) => !/\b(?:in|across|inside|over|from)\s+(?:the\s+)?$/i.test(caption.slice(Math.max(0, p.at - 10), p.at))) : peopleIn(prevText, 0, findAttributions(prevText));
  // ("Total combat losses of the enemy … ¶ According to the General Staff of the Armed Forces of Ukraine:": a header
  // that only names its source lists what the line above it says.)
  const sourceOnly = !tableHead && cands.length > 0 && SOURCE_ONLY.test(cands.reduceRight((t, a) => t.slice(0, a.start) + t.slice(a.end), s));
  // ("… reported the total combat losses of the enemy from 24 February to 20 June. They are estimated at:": a header
  // that only points back at the losses of the sentence before lists them.)
  const pointsBack = !tableHead && !sourceOnly && POINTING_HEADER.test(s);
  // ("Among those returned are soldiers, sailors and border guards. By component of the Defence Forces, the group is
  // made up as follows:": a header that only breaks down "as follows" lists what the sentence before counted.)
  const followsOn = !tableHead && !sourceOnly && !pointsBack && FOLLOWS_HEADER.test(s) && !predicatesIn(s).length;
  const predText = tableHead || sourceOnly || pointsBack || followsOn ? `${lastSegment} ${s}` : s;
  const preds = predicatesIn(predText);
  // ("By service, the defenders released today are:": prisoners coming home, listed by service; "received" alone
  // may head a list of supplies.)
  // ("Prisoner exchanges between Ukraine and Russia, 2024 ¶ Date | Ukrainians returned | Russians returned": a
  // table's caption may name the prisoners its columns' returns are.)
  const homecoming = RETURNED_PEOPLE.test(tableHead || followsOn ? predText : s) && preds.some((p) => p.pred === "returned" && !/^received$/i.test(p.word));
  // ("Prisoner exchanges … ¶ Date | Ukrainians returned | Russians returned": the prisoners a homecoming names are
  // whom it returns, not a capture of its own.)
  const pred = (homecoming && preds.every((p) => !LOSS_PREDS.has(p.pred) || p.pred === "captured") ? "returned" : null) ?? preds.find((p) => LOSS_PREDS.has(p.pred))?.pred ?? null;
  // ("Weekly Russian gains on the axis have risen steadily since mid-August:": ground taken, by the side named.)
  const taking = preds.some((p) => p.pred === "taken" || p.pred === "captured");
  const lastPpl = ppl[ppl.length - 1];
  // "Ukrainian defenders have destroyed:", "destroyed by Russian forces:": a side named with its forces as the
  // agent of a hostile verb heads a list of the other side's losses.
  const agentSide = !enemy && lastPpl && ownPpl.length && pred && pred !== "lost" && pred !== "casualties" && FORCE.test(s.slice(lastPpl.at, lastPpl.at + 60).replace(/^\S+/, ""));
  // ("Western-supplied armour …": what the West supplied in this war, Ukraine fields.)
  // ("Losses by group of forces:" after "Ukrainian forces lost 13,000 servicemen, … Russian troops liberated …": a
  // header of losses that names no side goes on with the losses counted before, not the last people named.)
  const lossesGoOn = !ownPpl.length && !tableHead && lastLossParty !== null && LOSSES_HEADER.test(s);
  // ("…they had logged 338 Russian vehicles lost … ¶ Their breakdown by type:": a header that breaks down the losses
  // counted just before lists more of them, on the same side and day.)
  const breakdown = !ownPpl.length && !tableHead && !pred && lossBefore !== null && BREAKDOWN_HEADER.test(s) ? lossBefore : null;
  // ("here are the main lines of the General Staff's Friday report, as published by the ministry in Kyiv:": a side's
  // military report lists the other side's losses.)
  const reportSide = !enemy && !agentSide && REPORT_BODY.test(s) ? reportSideOf(attr, ownPpl) : null;
  const headerParty: string | null = enemy ? opponentOf(speaker) : agentSide ? opponentOf(lastPpl.code) : reportSide ? opponentOf(reportSide) : WESTERN_ARMS.test(tableHead ? `${lastSegment} ${s}` : s) ? "UA" : lossesGoOn ? lastLossParty : breakdown ? (breakdown.party ?? null) : (lastPpl?.code ?? prevList?.party ?? null);
  // "Category | Russia | Ukraine": a column per side.
  // ("Ukrainians returned (Coordination Headquarters) | Russians returned (Russian Ministry of Defence)": who gave a
  // column's figures, in brackets, is not whose they are.)
  const cellSides = tableHead ? s.split(" | ").map((c) => {
    const p = peopleIn(c.replace(/\([^)]*\)/g, ""), 0, null);
    return p.length === 1 ? p[0]!.code : null;
  }) : [];
  const columns = new Set(cellSides.filter((c) => c)).size >= 2 ? cellSides : null;
  // "Region | Killed | Injured": a column per fate of people.
  const cellFates: (Predicate | null)[] = tableHead ? s.split(" | ").map((c, k) => {
    if (k === 0) return null;
    const nc = nounClassOf(c.trim());
    return nc && ["killed", "wounded", "captured", "missing"].includes(nc.cls) ? (nc.cls as Predicate) : null;
  }) : [];
  const fates = cellFates.some((f) => f) ? cellFates : null;
  const cellMeasures = tableHead ? s.split(" | ").map((c, k) => (k === 0 ? null : LOSS_HEADER.test(c) ? "measure" : NOT_LOSS_HEADER.test(c) ? "skip" : null)) : [];
  const measures = cellMeasures.includes("skip") && cellMeasures.includes("measure") ? cellMeasures : null;
  // "Month | km² gained by Russia | Share of occupied area (%)": a column whose name says it counts ground.
  const cellGround = tableHead ? s.split(" | ").map((c, k) => {
    if (k === 0 || NOT_LOSS_HEADER.test(c)) return null;
    const nc = nounClassOf(c.trim());
    if (nc?.cls === "territory" || nc?.cls === "settlements") return nc.cls;
    // ("Area taken (km²)": the unit in brackets names ground too.)
    // ("Month | Area captured" under "Russian gains in Ukraine by month, 2024 (square kilometres, DeepState)": or in the
    // caption over a column of area taken.)
    return /km²|km2|sq\.? ?km|square kilomet/i.test(c) || (AREA_COLUMN.test(c) && /km²|km2|sq\.? ?km|square kilomet/i.test(lastSegment)) ? "territory" : null;
  }) : [];
  // (Every list context has the same fields in the same order: one shape for the engine.)
  return {
    attr: h.ownTable ? null : attr ?? prevList?.attr ?? null,
    party: headerParty,
    pred: pred ?? (taking ? "taken" : null) ?? prevList?.pred ?? null,
    // ("Visually confirmed losses, 24 February 2022 to 30 June 2025 ¶ Category | Russia | Ukraine": a table's caption
    // dates its rows.)
    asOf: dates().length ? asOfFor(dates(), s.length, h.publishedAt) : (tableHead ? captionAsOf(lastSegment, h.publishedAt) : breakdown?.asOf) ?? prevList?.asOf ?? null,
    // ("Results of combat work over the past day: ¶ 46 occupiers killed; ¶ 5 artillery systems;": a command's results
    // of its fighting are what it inflicted.)
    loss: (pred !== null && pred !== "returned") || reportSide !== null || breakdown !== null || COMBAT_RESULTS.test(s) || (prevList?.loss ?? false),
    columns,
    fates,
    // ("The eight deadliest attacks on Zaporizhzhia city in 2025 ¶ Date | Where | What hit | Killed | Injured": or a
    // caption of strikes on a town.)
    civilian: fates !== null && (/\b(?:civilian|residents|people|children)/i.test(lastSegment) || strikeOnTown(lastSegment)),
    measures,
    ground: cellGround.some((c) => c) ? cellGround : null,
    years: tableHead ? columnYears(s) ?? captionYears(s, lastSegment) : null,
    // ("Civilians killed, by region and period ¶ Region | 2022–2023 | 2024 (to 31 Oct)": a caption may say the rows
    // count civilians.)
    counts: tableHead ? (countedBy(lastSegment) === "civilians" ? "civilians" : null) : countedBy(s),
    sourceColumn: tableHead ? (() => {
      const k = s.split(" | ").findIndex((c) => SOURCE_HEADER.test(c.trim()));
      return k > 0 ? k : null;
    })() : null,
    taker: taking && !enemy ? lastPpl?.code ?? null : null,
    columnSources: columns ? columnSourcesOf(s, columns) : null,
    columnAsOf: tableHead ? columnAsOfIn(s, h.publishedAt) : null,
  };
}

/**
 * What a table row's columns give its claims:
 * - the year a column names dates a row labelled by a month ("January | 330 | 90" under "Month (2025) | Captured, km² |
 *   Same month 2024, km²"; "May | 449" though "May" reads as a verb to the date reader), or moves the row's own date
 *   into that year;
 * - a column naming a period dates a row of no date of its own by the period's end ("Belgorod | 147 | 118" under
 *   "Region | 2022–2023 | 2024 (to 31 Oct)");
 * - a column naming its source in brackets gives its figures that source ("3 January 2024 | 230 | 248" under "Date |
 *   Ukrainians returned (Coordination Headquarters) | Russians returned (Russian Ministry of Defence)").
 */
export function takeColumns(list: ListContext, row: string, pending: readonly { at: number; index: number }[], claims: Claim[], rowDated: () => boolean): void {
  const rowMonth = monthNumberOf(row.slice(0, row.indexOf(" | ")).trim());
  for (const p of pending) {
    const column = countBars(row, p.at);
    const c = claims[p.index]!;
    const year = list.years?.[column];
    const end = list.columnAsOf?.[column];
    if (year && rowMonth) c.asOf = `${year}-${rowMonth}`;
    else if (year && /^\d{4}-\d\d/.test(c.asOf ?? "") && rowDated()) c.asOf = year + c.asOf!.slice(4);
    else if (end && !rowMonth && !rowDated()) c.asOf = end;
    const source = list.columnSources?.[column];
    if (source) {
      c.sourceParty = source.sourceParty;
      c.attributedTo = source.attributedTo;
    }
  }
}

/** The day or year each column's name ends its period on ("2022–2023" → 2023, "2024 (to 31 Oct)" → 2024-10-31), or null when none names one. */
function columnAsOfIn(header: string, publishedAt: string | null): (string | null)[] | null {
  const cells = header.split(" | ");
  // (A key and its value, "Year of manufacture: | 1989", are no row of column names.)
  if (cells.length < 3) return null;
  const ends = cells.map((cell, k) => {
    if (k === 0) return null;
    const day = findDates(cell, publishedAt).filter((d) => d.lead !== "since" && d.lead !== "from").at(-1)?.date;
    return day ?? cell.match(YEAR)?.at(-1) ?? null;
  });
  return ends.some((d) => d) ? ends : null;
}

/**
 * The source each column of sides names in brackets ("Ukrainians returned (Coordination Headquarters) | Russians
 * returned (Russian Ministry of Defence)"), or null when none does: a source of a country we know is that country's; a
 * state body we do not, the side of the column it reports (each side announces its own people's return).
 */
function columnSourcesOf(header: string, columns: (string | null)[]): (Attribution | null)[] | null {
  const sources = header.split(" | ").map((cell, k): Attribution | null => {
    const name = /\(([^()]{3,80})\)/.exec(cell)?.[1]?.trim();
    if (!name || !columns[k]) return null;
    const known = countryOfSource(name);
    const code = known.found ? known.code : OFFICIAL_PUBLISHER.test(name) ? columns[k]! : null;
    return known.found || code ? { attributedTo: name, sourceParty: code, known: true, start: 0, end: 0 } : null;
  });
  return sources.some((a) => a) ? sources : null;
}

/**
 * Whether a table's caption says the table is the outlet's own analysis ("Russian gains per month (Brussels Courier
 * analysis of ISW maps)", "(authors' count from governors' posts)"): its rows speak in the outlet's voice, not in the
 * voice of the paragraph before it.
 */
export function ownAnalysisCaption(caption: string): boolean {
  // ("Civilians killed, by region and period (authors' count from governors' posts)": a paper's authors count too.)
  return /\((?:[^)]*\s)?(?:analysis|calculations?|our|authors?['’]?\s+(?:own\s+)?(?:count|tally|compilation))\b[^)]*\)/i.test(caption);
}

/**
 * Whether the note under a table names the outlet's own count as its one source ("Source: Khortytsia Data count."
 * under a table of Khortytsia Data's): its rows speak in the outlet's voice, as under an own-analysis caption.
 */
export function ownSourceNote(note: string | undefined, outlet: string | null): boolean {
  const named = note ? SOURCE_NOTE.exec(note)?.[1] : undefined;
  const own = outlet ? squashName(outlet) : "";
  return named !== undefined && own.length >= 4 && !/[;,]|\band\b/.test(named) && OWN_WORK.test(named) && squashName(named).includes(own);
}
const SOURCE_NOTE = /\bSources?:\s*([^.]+)/;
/** What an outlet's own work on figures is called. */
const OWN_WORK = /\b(?:count|tally|analysis|calculations?|estimates?|database|tracker|research)\b/i;

/** The people a list header counts ("Russian personnel losses …, by month:"), or null. */
function countedBy(header: string): ListContext["counts"] {
  const nc = nounClassOf(header)?.cls;
  return nc === "personnel" || nc === "casualties" || nc === "killed" || nc === "wounded" || nc === "civilians" ? nc : null;
}

/** The year each column's name gives ("Month (2025) | Captured, km² | Same month 2024, km²"), or null when none names one. */
function columnYears(header: string): (string | null)[] | null {
  const cells = header.split(" | ").map((c) => c.match(YEAR)?.[0] ?? null);
  // (The first cell's year is the year of the rows, so of every column that names none.)
  const rows = cells[0] ?? null;
  const years = cells.map((y, k) => (k === 0 ? null : y ?? rows));
  return years.some((y) => y) ? years : null;
}

/** "Russian gains in Ukraine by month, 2024 (…)" over "Month | Area captured": the caption's one year is every column's. */
function captionYears(header: string, caption: string): (string | null)[] | null {
  const years = new Set(caption.match(YEAR) ?? []);
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  return header.split(" | ").map((_, k) => (k === 0 ? null : year));
}

/** Whether a line is a section line of an equipment-loss list ("Russia - 21,500, of which: …") that names a side. */
export function isSectionLine(s: string, lossesBefore = false): boolean {
  const m = SECTION_LINE.exec(s) ?? (lossesBefore ? SIDE_HEADING.exec(s) : null);
  return m !== null && peopleIn(m[1]!, 0, null).some((p) => BELLIGERENT_SIDES.has(p.code ?? ""));
}

/** The context a section line hands to the lines under it: the side it names, whose losses they are. */
export function sectionList(s: string, attr: Attribution | null): ListContext {
  const name = (SECTION_LINE.exec(s) ?? SIDE_HEADING.exec(s))![1]!;
  return { attr: attr ?? null, party: peopleIn(name, 0, null)[0]!.code, pred: null, asOf: null, loss: true, columns: null, fates: null, civilian: false, measures: null, ground: null, years: null, counts: null, sourceColumn: null, taker: null, columnSources: null, columnAsOf: null };
}

// ("Here is my count …, visually confirmed … ¶ Ukraine ¶ Tanks: 37 … ¶ Russia ¶ Tanks: 102": a side's name alone on
// its line, under a count of losses, heads that side's lines.)
const SIDE_HEADING = /^\s*((?:Ukraine|Russia|Ukrainian|Russian)(?:\s+(?:side|forces|army|losses|equipment losses))?)\s*:?\s*$/;
const BELLIGERENT_SIDES: ReadonlySet<string> = new Set(["UA", "RU"]);
/** Words of a count of losses before a side's heading. */
export const LOSSES_COUNTED_BEFORE = /\b(?:losses|lost|destroyed|count|tally|(?:visually\s+)?confirmed|documented)\b/i;

/** The date a table's caption gives its rows ("…, 24 February 2022 to 30 June 2025": the end of the span), or null. */
function captionAsOf(caption: string, publishedAt: string | null): string | null {
  const dates = findDates(caption, publishedAt).filter((d) => d.lead !== "since" && d.lead !== "from");
  return dates.length ? dates.at(-1)!.date : null;
}
