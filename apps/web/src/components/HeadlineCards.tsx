import type { Headline } from "@tally/db";
import { formatDate, formatFigure } from "@/lib/format";
import { metricLabel } from "@/lib/labels";
import { compareParties, partyColour, partyName } from "@/lib/parties";
import { claimHref } from "@/lib/view";

/** Each side's latest figure per personnel metric, with who said it and a link to the sentence. */
export function HeadlineCards({ headlines, note }: { headlines: Headline[]; note?: string | undefined }) {
  const byParty = new Map<string, Headline[]>();
  for (const h of headlines) byParty.set(h.party, [...(byParty.get(h.party) ?? []), h]);
  const parties = [...byParty.keys()].sort(compareParties);
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title">Latest reported figures</h2>
      {note ? <p className="muted small">{note}</p> : null}
      <div className="cards">
        {parties.map((p) => (
          <article key={p} className="card" style={{ ["--party" as string]: partyColour(p) }} aria-label={partyName(p)}>
            <h3>
              <span className="swatch" style={{ background: partyColour(p) }} aria-hidden /> {partyName(p)}
            </h3>
            <dl style={{ margin: 0 }}>
              {(byParty.get(p) ?? []).map((h) => (
                <div key={h.metric} style={{ marginTop: "0.4rem" }}>
                  <dt className="metric">{metricLabel(h.metric)}</dt>
                  <dd style={{ margin: 0 }}>
                    <a href={claimHref(h.claim)} className="figure" title="Read the sentence that states it">
                      {formatFigure(h.claim)}
                    </a>
                    <div className="source">
                      {h.claim.attributedTo ?? `${h.claim.outlet ?? "unattributed"}`} · {formatDate(h.claim.asOf ?? h.claim.publishedAt)}
                    </div>
                  </dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
      </div>
    </section>
  );
}
