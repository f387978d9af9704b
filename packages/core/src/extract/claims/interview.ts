import type { Attribution } from "./attribution.js";
import { countryOfSource } from "./parties.js";
import type { Segment } from "./segments.js";

/**
 * A printed interview: the interviewer's questions stand as paragraphs of their own that end in "?", and the
 * paragraphs after each question are the answer of the person the standfirst names ("Lieutenant Colonel Yurii
 * Koval, who commands a drone battalion …"). What an answer says in the first person ("our crews destroyed …",
 * "my battalion has lost …") is that person's claim, though no sentence names them.
 */
export interface Interview {
  subject: Attribution;
  /** Whether a paragraph is part of an answer: after the first question, and not itself a question. */
  answers(paragraph: number): boolean;
}

// The article says it is one, in its first lines: "Interview by …", "in an interview with …".
const INTERVIEW_CUE = /\binterview(?:ed)?\b/i;
// Or it is laid out in turns: "Q: …" paragraphs answered by "A: …" ones.
const QA_TURNS = /(?:^|\n)Q:\s[^\n]*\?\s*\n+A:\s/;
// Titles before the subject's name, skipped to reach the name.
const TITLE = "(?:(?:Lieutenant|Colonel|General|Major|Captain|Commander|Sergeant|Brigadier|Admiral|Minister|Deputy|President|Ambassador|Governor|Mayor|Lt\\.|Col\\.|Gen\\.|Maj\\.|Capt\\.|Sgt\\.|Dr\\.?|Professor|Prof\\.)\\s+)*";
const SUBJECT = new RegExp(`^\\W*${TITLE}([A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+){1,2})\\b`, "u");
/** First-person words of an answer: what the subject says of themselves or their unit. */
export const FIRST_PERSON = /\b(?:I|we|my|our|us|me)\b/i;

/**
 * The interview a text is, or null: at least three question paragraphs, a cue word in its first lines and a
 * named subject in its first paragraph. The subject's country is their name's if known, else where the text's
 * places are (`docPlace`): an interview is given where the subject serves.
 */
export function findInterview(text: string, segments: readonly Segment[], docPlace: string | null): Interview | null {
  if (!INTERVIEW_CUE.test(text.slice(0, 600)) && !QA_TURNS.test(text)) return null;
  const questions: number[] = [];
  let paragraph = -1;
  let joined = "";
  const close = () => {
    if (paragraph >= 0 && joined.length < 400 && /\?["”]?\s*$/.test(joined)) questions.push(paragraph);
  };
  for (const seg of segments) {
    if (seg.paragraph !== paragraph) {
      close();
      paragraph = seg.paragraph;
      joined = "";
    }
    joined += `${joined ? " " : ""}${seg.text}`;
  }
  close();
  if (questions.length < 3) return null;
  const first = segments[0];
  const name = first ? SUBJECT.exec(first.text) : null;
  if (!name) return null;
  const known = countryOfSource(name[0]);
  const subject: Attribution = { attributedTo: name[0].replace(/^\W+/, ""), sourceParty: known.found ? known.code : docPlace, known: known.found || docPlace !== null, start: 0, end: 0 };
  const asked = new Set(questions);
  const firstQuestion = questions[0]!;
  return { subject, answers: (p) => p > firstQuestion && !asked.has(p) };
}
