"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { axisNumberFormat, formatDate, formatFigure, formatNumber } from "@/lib/format";
import { partyColour, partyName } from "@/lib/parties";
import { niceTicks } from "@/lib/shape";
import { claimHref, type ChartPoint } from "@/lib/view";
import { Legend } from "./Legend";

/** A party's bar for one item: the claim with the highest figure, and how many figures it was chosen from. */
export type EquipmentBar = ChartPoint & { claims: number };

/** One item's row: the highest figure each party's losses reached, with the claim behind it. */
export interface EquipmentRow {
  item: string;
  label: string;
  /** Party code → its bar. */
  byParty: Record<string, EquipmentBar>;
}

/** "the highest of 12 figures", "the only figure". */
function outOf(n: number): string {
  return n === 1 ? "the only figure" : `the highest of ${formatNumber(n)} figures`;
}

/**
 * Equipment losses by item: for each party, the highest figure any source
 * reported among the claims the filters select (cumulative tallies only grow,
 * so the highest is the latest total; a single day's tally never exceeds it).
 * Bars link to the claim; the same figures follow as a table, for screen
 * readers and for reading exact values.
 */
export function EquipmentChart({ rows, parties, tableHref }: { rows: EquipmentRow[]; parties: string[]; tableHref?: string | undefined }) {
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
  const ticks = niceTicks(Math.max(0, ...rows.flatMap((r) => Object.values(r.byParty).map((c) => c.value))));
  const height = Math.max(180, rows.length * (parties.length * 14 + 14) + 40);
  return (
    <figure className="chart" aria-label={`Equipment losses, ${rows.length} ${rows.length === 1 ? "item" : "items"}`}>
      <h3>Equipment lost, by item</h3>
      <p className="note">
        The highest figure reported for each side among the figures the filters select: tallies only grow, so it is the
        latest total. Click a bar for its sentence.
        {tableHref ? (
          <>
            {" "}
            <a href={tableHref}>Every equipment figure as a table →</a>
          </>
        ) : null}
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
          <XAxis type="number" domain={[0, ticks.at(-1) ?? "auto"]} ticks={ticks} tickFormatter={axisNumberFormat(ticks.at(-1) ?? 0)} tick={{ fontSize: 12 }} />
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
                const c = entry.payload?.[`${p}__claim`] as EquipmentBar | undefined;
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
                    const c = (e.payload as Record<string, unknown>)[`${String(e.dataKey)}__claim`] as EquipmentBar | undefined;
                    if (!c) return null;
                    return (
                      <div key={String(e.dataKey)}>
                        <span className="swatch" style={{ background: partyColour(c.party) }} /> {partyName(c.party)}:{" "}
                        <span className="fig">{formatFigure(c)}</span> <span className="muted small">({outOf(c.claims)})</span>
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
      <EquipmentTable rows={rows} parties={parties} />
    </figure>
  );
}

/** The chart's figures as a table, folded away under the bars: what a screen reader reads instead of them. */
function EquipmentTable({ rows, parties }: { rows: EquipmentRow[]; parties: string[] }) {
  return (
    <details className="chart-table">
      <summary>The figures as a table</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Equipment lost: the highest figure reported per item and side</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {parties.map((p) => (
                <th key={p} scope="col" className="num">
                  {partyName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item} data-item={r.item}>
                <th scope="row">{r.label}</th>
                {parties.map((p) => {
                  const c = r.byParty[p];
                  return (
                    <td key={p} className="num" data-party={p}>
                      {c ? (
                        <>
                          <a href={claimHref(c)}>{formatFigure(c)}</a>
                          <div className="muted small">
                            {c.source}, {formatDate(c.date)}; {outOf(c.claims)}
                          </div>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
