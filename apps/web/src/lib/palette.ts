/**
 * Colours for groups that are not parties (outlets): Tableau 10, minus the
 * hues closest to the party colours' blue and vermilion would still clash
 * somewhere, so outlets never share a chart with party colours.
 */
const CATEGORICAL = ["#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#E15759", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7", "#BAB0AC"];

/** The i-th categorical colour, cycling. */
export function categoricalColour(i: number): string {
  return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length] ?? "#888";
}
