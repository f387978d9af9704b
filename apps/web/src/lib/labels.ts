import type { Item, Metric } from "@tally/core";

/** Human names of the claim metrics (claims.md), for headings, legends and selects. */
export const METRIC_LABELS: Record<Metric, string> = {
  troops_deployed: "Troops deployed",
  killed: "Killed",
  wounded: "Wounded",
  casualties: "Casualties",
  captured: "Captured",
  missing: "Missing",
  equipment_lost: "Equipment lost",
  territory_km2: "Territory (km²)",
  settlements: "Settlements",
  civilians_killed: "Civilians killed",
  civilians_wounded: "Civilians wounded",
  buildings_damaged: "Buildings damaged",
};

/** Human names of equipment items. */
export const ITEM_LABELS: Record<Item, string> = {
  tanks: "Tanks",
  ifv: "Infantry fighting vehicles",
  apc: "Armoured personnel carriers",
  afv: "Other armoured vehicles",
  vehicles: "Other vehicles",
  artillery: "Artillery",
  mlrs: "Rocket launchers (MLRS)",
  air_defense: "Air defence",
  radars: "Radars",
  ew: "Electronic warfare",
  aircraft: "Aircraft",
  helicopters: "Helicopters",
  drones: "Drones",
  ships: "Ships",
  engineering: "Engineering",
  other: "Other",
};

/** A metric's label, tolerating strings from outside the vocabulary. */
export function metricLabel(m: string): string {
  return (METRIC_LABELS as Record<string, string>)[m] ?? m;
}

/** An item's label, tolerating null and strings from outside the vocabulary. */
export function itemLabel(i: string | null | undefined): string {
  if (!i) return "";
  return (ITEM_LABELS as Record<string, string>)[i] ?? i;
}
