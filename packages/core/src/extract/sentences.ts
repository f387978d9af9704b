/**
 * Sentences of a main text with exact character offsets, from sentencex
 * (Wikimedia's sentence segmenter, compiled to WebAssembly): right on "U.S.",
 * "Jan. 5", "3 p.m.", "Gen.", "Mr.", which Intl.Segmenter and the small
 * JavaScript splitters cut after.
 *
 * For the claims engineer: `splitSentences(text)` returns `{ text, start, end,
 * run }` with `text === mainText.slice(start, end)`; a newline always ends a
 * sentence (list items and lines of a loss list are sentences of their own),
 * and the lines sentencex read as one sentence share a `run`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { get_sentence_boundaries, initSync } from "sentencex-wasm";

/** A sentence of the text and where it sits. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of sentencex's sentence this piece belongs to: a run of list lines without periods is one. */
  run: number;
}

let ready = false;

/** Instantiates the WebAssembly module on first use (~1 ms; ~15 MB), synchronously, from the package's own file. */
function ensureReady(): void {
  if (ready) return;
  const wasm = createRequire(import.meta.url).resolve("sentencex-wasm/sentencex_wasm_bg.wasm");
  initSync({ module: readFileSync(wasm) });
  ready = true;
}

const SPACE = /\s/;

/** Pushes the non-blank lines of `[a, b)` as sentences of one run. */
function pushLines(text: string, a: number, b: number, run: number, out: Sentence[]): void {
  while (a < b) {
    const nl = text.indexOf("\n", a);
    const lineEnd = nl < 0 || nl >= b ? b : nl;
    let x = a;
    let y = lineEnd;
    while (x < y && SPACE.test(text[x]!)) x++;
    while (y > x && SPACE.test(text[y - 1]!)) y--;
    if (y > x) out.push({ text: text.slice(x, y), start: x, end: y, run });
    a = lineEnd + 1;
  }
}

/** Maps sentencex's code-point indices to JavaScript's UTF-16 ones (they differ after an emoji or a rare CJK sign). */
function utf16Index(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const at: number[] = [];
  let u = 0;
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return (i) => at[Math.min(i, at.length - 1)]!;
}

// A piece that starts in lower case continues the sentence before it ("then he left... and came back");
// so does a figure after an abbreviation sentencex does not know ("approx. 1,200").
const LOWER_START = /^[ \t]*[a-z]/;
const FIGURE_START = /^[ \t]*\d/;
const ENDS_ABBREVIATION = /\b(?:approx|est|incl|ca|no|nos|vs|fig|para|art|ch|vol)\.[ \t]*$/i;
// A name after a title sentencex does not know ("said Ms. Woodward of Britain") goes on with it.
const ENDS_TITLE = /\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Rep|Gov|Lt|Col|Sgt|Maj|Capt|Gen|Adm|Cpl|Pvt|Amb|Rev|Hon)\.[ \t]*$/;
const CAPITAL_START = /^[ \t]*\p{Lu}/u;
// Ends of sentences sentencex does not see, each before a capital:
// - the month "May.", which it takes for an abbreviation before a name ("… last May. Russia's defence ministry said"):
//   May is never short for anything;
// - a note's number after the period ("… since the start of the invasion.1 Moscow has kept going …").
const HIDDEN_ENDS = /\bMay\.(?=[ \t]+\p{Lu})|(?<=\p{Ll}\p{Ll}[.!?]["”’]?)\d{1,2}(?=[ \t]+\p{Lu})/gu;
/** Whether a text may hold one of them at all: looked for once per text. */
const MAY_HIDE_ENDS = /May\.|\p{Ll}[.!?]["”’]?\d/u;

/** A span cut after each hidden end of a sentence. */
function splitAtHiddenEnds(text: string, start: number, end: number, out: [number, number][]): void {
  let from = start;
  for (const m of text.slice(start, end).matchAll(HIDDEN_ENDS)) {
    const cut = start + m.index + m[0].length;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
}

let lastText: string | null = null;
let lastResult: Sentence[] = [];

/**
 * Splits a text into sentences with their character offsets; a newline always
 * ends one. The last text's result is kept: the claims engine and the tone
 * read the sentences of the same text one after the other.
 */
export function splitSentences(text: string): Sentence[] {
  if (text === lastText) return lastResult;
  ensureReady();
  const index = utf16Index(text);
  // sentencex's boundaries, in order; it may leave the blank lines between paragraphs out.
  const spans: [number, number][] = [];
  for (const b of get_sentence_boundaries("en", text) as { start_index: number; end_index: number }[]) {
    const start = index(b.start_index);
    const end = index(b.end_index);
    if (end <= start) continue;
    const last = spans[spans.length - 1];
    const piece = text.slice(start, end);
    const before = last && last[1] === start ? text.slice(last[0], last[1]) : null;
    const joins = before !== null && !before.includes("\n") && (LOWER_START.test(piece) || (FIGURE_START.test(piece) && ENDS_ABBREVIATION.test(before)) || (CAPITAL_START.test(piece) && ENDS_TITLE.test(before)));
    if (joins) last![1] = end;
    else spans.push([start, end]);
  }
  const cut: [number, number][] = MAY_HIDE_ENDS.test(text) ? [] : spans;
  if (cut !== spans) for (const [start, end] of spans) splitAtHiddenEnds(text, start, end, cut);
  const out: Sentence[] = [];
  cut.forEach(([start, end], run) => pushLines(text, start, end, run, out));
  lastText = text;
  lastResult = out;
  return out;
}
