import { formatDate, formatFigure, QUALIFIER_WORDS } from "@/lib/format";
import { itemLabel, metricLabel } from "@/lib/labels";
import { partyColour, partyName } from "@/lib/parties";
import { claimHref, type ChartPoint } from "@/lib/view";

/** What a claim's point says on hover: the figure as stated, whose it is, when, and where to read it. */
export function ClaimTooltipBody({ p }: { p: ChartPoint }) {
  return (
    <div className="tooltip" role="status">
      <div className="fig">
        {formatFigure(p)} <span className="muted small">{p.item ? itemLabel(p.item).toLowerCase() : metricLabel(p.metric).toLowerCase()}</span>
      </div>
      <div>
        <span className="swatch" style={{ background: partyColour(p.party) }} /> {partyName(p.party)}
        <span className="muted"> · {QUALIFIER_WORDS[p.qualifier]}</span>
      </div>
      <div>
        Source: {p.source}
        {p.sourceParty ? <span className="muted"> ({partyName(p.sourceParty)})</span> : null}
      </div>
      {p.outlet ? <div className="muted">Reported by {p.outlet}</div> : null}
      <div>As of {formatDate(p.date)}</div>
      <div>
        <a href={claimHref(p)}>Read the sentence →</a>
        <span className="muted small"> (or click the point)</span>
      </div>
    </div>
  );
}
