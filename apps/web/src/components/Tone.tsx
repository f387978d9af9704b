import { formatScore } from "@/lib/format";

/** A tone score as text with its label, coloured by sign; a dash when unmeasured. */
export function Tone({ sentiment }: { sentiment: { score: number; label: string } | null }) {
  if (!sentiment) return <span className="muted">—</span>;
  const colour = sentiment.label === "negative" ? "var(--danger)" : sentiment.label === "positive" ? "var(--ok)" : "var(--muted)";
  return (
    <span style={{ color: colour, whiteSpace: "nowrap" }} title={`tone ${sentiment.label}, ${formatScore(sentiment.score)} on a scale of −1 to +1`}>
      {formatScore(sentiment.score)} <span className="small">{sentiment.label}</span>
    </span>
  );
}
