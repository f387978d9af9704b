import type { Item } from "../../schemas/claim.js";
import type { Attribution } from "./attribution.js";
import type { NounClass, Predicate } from "./metrics.js";
import type { NumberMention } from "./numbers.js";
import { findParties } from "./parties.js";

// Patterns and helpers shared by the claims engine's parts (index.ts, tables.ts, party.ts, …).

export const FORCE = /^(?:'s|’s)?\s+(?:armed\s+)?(?:forces|troops|units|army|military|soldiers|servicemen|marines|paratroopers|brigades?|air defen[cs]es?|drones|navy|air force|side|fighters|assault groups?|Group of Forces|grouping|defenders|defen[cs]e forces)\b(?!\s+(?:intelligence|spokes\w+|officials?|sources?|command\b|commanders?|analysts?|experts?|bloggers?|press|media|chiefs?|leadership|agency|department|ministry))/i;
export const ENEMY = /\b(?:enemy|enemy's|adversary|adversary's|opponent|invaders?|occupiers?|occupation forces|the aggressor|Kyiv regime|neo-Nazis|Nazis|militants)\b/i;
export const LOSS_PREDS = new Set<Predicate>(["casualties", "destroyed", "damaged", "captured", "killed", "lost"]);

/** Context a list header ("During 9 months of fighting, the enemy lost:") hands to its lines. */
export interface ListContext {
  attr: Attribution | null;
  party: string | null;
  pred: Predicate | null;
  asOf: string | null;
  loss: boolean;
  /** A table whose columns are sides ("Category | Russia | Ukraine"): the side of each column, by cell. */
  columns: (string | null)[] | null;
  /** A table whose columns are fates of people ("Region | Killed | Injured"): each column's predicate. */
  fates: (Predicate | null)[] | null;
  /** Whether its caption counts civilians. */
  civilian: boolean;
  /**
   * A table with a column of losses beside columns of something else ("Vehicle | Delivered | Lost", "Month | Average
   * per day | Month total"): per column, whether its figures are the losses (`measure`) or not claims (`skip`).
   */
  measures: ("measure" | "skip" | null)[] | null;
  /** A table's column of sources ("Source", "Reported by"): its index. */
  sourceColumn: number | null;
}

/** One figure's reading before it becomes a claim. */
export interface Reading {
  n: NumberMention;
  cls: NounClass | null;
  item: Item | null;
  pred: Predicate | null;
  party: string | null;
  /** Where the counted noun ends, relative to the sentence. */
  nounEnd: number;
  daily: boolean;
}

export function cutAtClause(s: string): string {
  const m = /[;:(]|,(?!\d{3})|\s[–—]\s|\.(?:\s|$)/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

export function lastClause(s: string): string {
  const idx = Math.max(s.lastIndexOf(","), s.lastIndexOf(";"), s.lastIndexOf("("), s.lastIndexOf(" — "), s.lastIndexOf(" – "));
  return idx >= 0 ? s.slice(idx + 1) : s;
}

/** Parties of people (not sources) in a stretch, as [code, position]. */
export function peopleIn(s: string, offset: number, exclude: Attribution[] | null): { code: string | null; at: number }[] {
  return findParties(s)
    .filter((p) => p.kind === "people" || p.kind === "source")
    .map((p) => ({ code: p.code, at: p.start + offset }))
    .filter((p) => !exclude || exclude.every((a) => p.at < a.start || p.at >= a.end));
}
