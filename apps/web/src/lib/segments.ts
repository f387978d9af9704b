/** Where a claim's sentence sits in its article's text. */
export interface Placed {
  id: string;
  sentence: string;
  start: number;
  end: number;
}

/** A run of the text: plain, or a sentence carrying one or more claims. */
export type Segment = { kind: "text"; text: string } | { kind: "mark"; text: string; ids: string[] };

/**
 * Cuts an article's text into plain runs and marked sentences. Claims that
 * share a sentence share one mark. Offsets are trusted only when they point
 * at the claim's sentence; otherwise the sentence is looked up in the text,
 * and a claim found nowhere is returned in `unplaced` rather than marking
 * the wrong words.
 */
export function markSegments<T extends Placed>(text: string, claims: readonly T[]): { segments: Segment[]; unplaced: T[] } {
  const unplaced: T[] = [];
  const spans: { start: number; end: number; ids: string[] }[] = [];
  for (const c of claims) {
    let start = c.start;
    let end = c.end;
    if (text.slice(start, end) !== c.sentence) {
      const at = text.indexOf(c.sentence);
      if (at < 0) {
        unplaced.push(c);
        continue;
      }
      start = at;
      end = at + c.sentence.length;
    }
    spans.push({ start, end, ids: [c.id] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping sentences merge into one mark: nested marks would be unreadable.
  const merged: typeof spans = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.ids.push(...s.ids);
    } else merged.push({ ...s, ids: [...s.ids] });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) segments.push({ kind: "text", text: text.slice(at, m.start) });
    segments.push({ kind: "mark", text: text.slice(m.start, m.end), ids: m.ids });
    at = m.end;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return { segments, unplaced };
}
