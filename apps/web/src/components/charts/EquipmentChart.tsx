"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatDate, formatFigure } from "@/lib/format";
import { partyColour, partyName } from "@/lib/parties";
import { claimHref, type ChartPoint } from "@/lib/view";
import { Legend } from "./Legend";

/** One item's row: the highest figure each party's losses reached, with the claim behind it. */
export interface EquipmentRow {
  item: string;
  label: string;
  /** Party code → the claim with the highest figure for that item. */
  byParty: Record<string, ChartPoint>;
}

/**
 * Equipment losses by item: for each party, the highest figure any source
 * reported in the period (cumulative tallies only grow, so the highest is the
 * latest total; a single day's tally never exceeds it). Bars link to the claim.
 */
export function EquipmentChart({ rows, parties, capped }: { rows: EquipmentRow[]; parties: string[]; capped?: number | undefined }) {
  const data = rows.map((r) => {
    const d: Record<string, unknown> = { label: r.label, item: r.item };
    for (const p of parties) {
      const c = r.byParty[p];
      if (c) {
        d[p] = c.value;
        d[`${p}__claim`] = c;
      }
    }
    return d;
  });
  const height = Math.max(180, rows.length * (parties.length * 14 + 14) + 40);
  return (
    <figure className="chart" aria-label={`Equipment losses, ${rows.length} items`}>
      <h3>Equipment lost, by item</h3>
      <p className="note">
        The highest figure reported for each side in the period
        {capped ? `, among the ${capped.toLocaleString("en-GB")} most recent equipment figures` : ""}. Click a bar for its sentence.
      </p>
      <Legend items={parties.map((p) => ({ label: partyName(p), colour: partyColour(p) }))} />
      <div style={{ width: "100%", height }}>
        <BarChart
          responsive
          style={{ width: "100%", height: "100%" }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          barCategoryGap={6}
        >
          <CartesianGrid stroke="#eee" horizontal={false} />
          <XAxis type="number" tickFormatter={formatCompact} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={118} tick={{ fontSize: 12 }} interval={0} />
          {parties.map((p) => (
            <Bar
              key={p}
              dataKey={p}
              name={partyName(p)}
              fill={partyColour(p)}
              isAnimationActive={false}
              maxBarSize={16}
              onClick={(entry: { payload?: Record<string, unknown> }) => {
                const c = entry.payload?.[`${p}__claim`] as ChartPoint | undefined;
                if (c) window.location.assign(claimHref(c));
              }}
              style={{ cursor: "pointer" }}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: "rgba(0,0,0,0.04)" }}
            content={({ active, payload, label }) => {
              if (!active || !payload?.length) return null;
              return (
                <div className="tooltip">
                  <strong>{label}</strong>
                  {payload.map((e) => {
                    const c = (e.payload as Record<string, unknown>)[`${String(e.dataKey)}__claim`] as ChartPoint | undefined;
                    if (!c) return null;
                    return (
                      <div key={String(e.dataKey)}>
                        <span className="swatch" style={{ background: partyColour(c.party) }} /> {partyName(c.party)}:{" "}
                        <span className="fig">{formatFigure(c)}</span>
                        <div className="muted small">
                          {c.source}, {formatDate(c.date)} · <a href={claimHref(c)}>sentence →</a>
                        </div>
                      </div>
                    );
                  })}
                </div>
              );
            }}
          />
        </BarChart>
      </div>
    </figure>
  );
}
