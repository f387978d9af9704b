import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A sentence or list line of the main text, with its offsets and paragraph. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (a block of lines between blank lines or a single line). */
  paragraph: number;
  /** True when the segment is a whole line that looks like a list item or a heading. */
  line: boolean;
}

// One model instance per process: loading it costs ~100 ms, reading a doc ~ms.
let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Sentence spans of one line, from wink-nlp's sentence boundaries (robust to "U.S.", "Jan. 5"). */
function sentencesOfLine(line: string): { start: number; end: number }[] {
  const n = getNlp();
  const doc = n.readDoc(line);
  const tokens = doc.tokens().out() as string[];
  // wink gives token indices; map them back to characters by walking the line.
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const t of tokens) {
    const at = line.indexOf(t, cursor);
    const s = at >= 0 ? at : cursor;
    starts.push(s);
    ends.push(at >= 0 ? s + t.length : s);
    cursor = at >= 0 ? s + t.length : cursor;
  }
  const spans: { start: number; end: number }[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(n.its.span) as unknown as [number, number];
    const start = starts[a];
    const end = ends[b];
    if (start !== undefined && end !== undefined && end > start) spans.push({ start, end });
  });
  if (spans.length === 0 && line.trim()) {
    const lead = line.length - line.trimStart().length;
    spans.push({ start: lead, end: line.trimEnd().length });
  }
  return spans;
}

const LIST_LINE = /^\s*(?:[-•*–—▪◦·]|\d+[.)]\s|[a-z][\w ,'’()/-]{0,60}\s[–—-]\s|[a-z][\w ,'’()/-]{0,60}:\s*[\d~≈]|[+\d~≈][\d\s,.]*\s?(?:\(|[a-z]))/i;

/**
 * Splits the main text into sentences and list lines with offsets. A newline
 * always ends a segment: loss lists put one figure per line without periods.
 */
export function segmentText(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let prevBlank = true;
  const lines = text.split("\n");
  for (const raw of lines) {
    const line = raw;
    const trimmed = line.trim();
    if (!trimmed) {
      if (!prevBlank) paragraph++;
      prevBlank = true;
      lineStart += raw.length + 1;
      continue;
    }
    const isList = LIST_LINE.test(line) || trimmed.length < 90 && !/[.!?]["”’)]?$/.test(trimmed);
    for (const s of sentencesOfLine(line)) {
      out.push({
        text: line.slice(s.start, s.end),
        start: lineStart + s.start,
        end: lineStart + s.end,
        paragraph,
        line: isList,
      });
    }
    // A single line is a paragraph of its own in most extracted texts (one <p> per line).
    paragraph++;
    prevBlank = false;
    lineStart += raw.length + 1;
  }
  return out;
}
