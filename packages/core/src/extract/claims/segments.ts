import { splitSentences } from "../sentences.js";

/** A sentence or list line of the main text, with its offsets and paragraph. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Index of the line (one paragraph per line of the extracted text) the segment sits on. */
  paragraph: number;
  /** True when the segment is a whole line that looks like a list item or a heading. */
  line: boolean;
}

const MAX_SENTENCE = 1500;

const LIST_LINE = /^\s*(?:[-•*–—▪◦·]|\d+[.)]\s|[a-z][\w ,'’()/-]{0,60}\s[–—-]\s|[a-z][\w ,'’()/-]{0,60}:\s*(?:about |around |some |more than |over |nearly |up to |at least )?[\d~≈]|[a-z][\w ,'’()/-]{0,60}\s\|\s*[\d~≈]|[+\d~≈][\d\s,.]*\s?(?:\(|[a-z]))/i;

/** A table's row flattened to text: cells joined by " | ", three or more. */
const TABLE_ROW = / \| .* \| /;

/**
 * Splits the main text into sentences and list lines with offsets, on the
 * shared sentencex splitter (extract/sentences.ts: a newline always ends a
 * sentence, since loss lists put one figure per line without periods).
 * Initials it splits after ("N. Korean") are joined back.
 */
export function segmentText(text: string): Segment[] {
  const sentences = splitSentences(text);
  // Line starts, to number paragraphs and to tell a whole list line from a sentence.
  const lineStarts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const merged: { start: number; end: number }[] = [];
  const pieces: { start: number; end: number }[] = [];
  // A run-on "sentence" of thousands of characters (a table flattened to text, a spam block) is cut at
  // commas: the rules look around each figure, and scanning whole megasentences per figure is quadratic.
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(" "));
      const end = cut > MAX_SENTENCE / 2 ? start + cut + 1 : start + MAX_SENTENCE;
      pieces.push({ start, end });
      start = end;
      while (start < s.end && text[start] === " ") start++;
    }
    if (s.end > start) pieces.push({ start, end: s.end });
  }
  for (const s of pieces) {
    const last = merged[merged.length - 1];
    // "N. Korean troops", "S. Korea": a single capital and a period is an initial, not a sentence end.
    // ("Slidstvo.Info reported": a period with no space after it, inside a name spelt as a web address, ends nothing.)
    // ("2. The peak": a list's number at the start of its line opens the line; it ends no sentence.)
    if (last && ((/(?:^|\s|\()[A-Z]\.$|^\d{1,2}\.$/.test(text.slice(last.start, last.end)) && lineOf(last.start) === lineOf(s.start)) || (s.start === last.end && /[a-z]\.$/.test(text.slice(last.start, last.end)) && /^[A-Za-z]/.test(text[s.start] ?? "")))) last.end = s.end;
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map(({ start, end }) => {
    const line = lineOf(start);
    const lineEnd = text.indexOf("\n", start);
    const whole = text.slice(lineStarts[line]!, lineEnd < 0 ? text.length : lineEnd).trim();
    const t = text.slice(start, end);
    return {
      text: t,
      start,
      end,
      paragraph: line,
      // ("Date | Ukrainians returned (Coordination Headquarters) | Russians returned (Russian Ministry of Defence) | …": a
      // table's row of three cells or more is a line however long its cells are.)
      line: whole === t.trim() && (LIST_LINE.test(whole) || (whole.length < 90 && !/[.!?]["”’)]?$/.test(whole)) || TABLE_ROW.test(whole)),
    };
  });
}
