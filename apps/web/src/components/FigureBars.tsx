import type { SourceFigure } from "@tally/db";
import { formatDate, formatFigure, formatNumber } from "@/lib/format";
import { partyColour, partyName } from "@/lib/parties";
import { claimHref } from "@/lib/view";

/**
 * One period's figures side by side: a bar per source from zero to its
 * figure on a scale shared by the period, a whisker across a stated range,
 * and an open end for "at least" (the true figure may lie further right).
 * Plain HTML, so it reads without JavaScript and wraps on a phone.
 */
export function FigureBars({
  figures,
  label,
  sourceParty,
}: {
  figures: SourceFigure[];
  label: (source: string) => string;
  sourceParty: (source: string) => string | null;
}) {
  const top = Math.max(...figures.map((f) => f.high ?? f.value), 1);
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / top) * 100))}%`;
  const sorted = [...figures].sort((a, b) => b.value - a.value);
  return (
    <ul className="figure-bars">
      {sorted.map((f) => {
        const sp = sourceParty(f.source);
        const colour = partyColour(sp);
        return (
          <li key={f.claimId}>
            <div className="who">
              <span className="swatch" style={{ background: colour }} aria-hidden /> {label(f.source)}
              <span className="muted small"> {sp ? `(${partyName(sp)})` : ""}</span>
            </div>
            <div className="bar-track" aria-hidden>
              <div className={`bar ${f.qualifier}`} style={{ width: pct(f.value), background: colour }} />
              {f.qualifier === "range" && f.low !== null && f.high !== null ? (
                <div className="whisker" style={{ left: pct(f.low), width: `calc(${pct(f.high)} - ${pct(f.low)})`, borderColor: colour }} />
              ) : null}
            </div>
            <div className="what">
              <a href={claimHref({ id: f.claimId, articleId: f.articleId })} title={f.sentence}>
                <strong>{formatFigure(f)}</strong>
              </a>
              <span className="muted small"> {formatDate(f.asOf)}</span>
            </div>
          </li>
        );
      })}
      <li className="scale muted small" aria-hidden>
        <span />
        <span className="bar-track" style={{ background: "none" }}>
          0<span style={{ float: "right" }}>{formatNumber(top)}</span>
        </span>
        <span />
      </li>
    </ul>
  );
}
