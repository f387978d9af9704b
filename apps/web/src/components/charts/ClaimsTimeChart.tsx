"use client";

import { Area, CartesianGrid, ComposedChart, ErrorBar, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatTick } from "@/lib/format";
import { monthTicks, paddedDomain } from "@/lib/ticks";
import type { ChartPoint, Series } from "@/lib/view";
import { ClaimTooltipBody } from "./ClaimTooltip";
import { QualifierMark } from "./QualifierMark";
import { Legend } from "./Legend";

interface Props {
  title: string;
  /** One line under the title: what the chart counts and how to read it. */
  note?: string;
  series: Series<ChartPoint>[];
  /** Label of the band in the legend, when the series carry one. */
  bandLabel?: string;
}

type Plotted = ChartPoint & { err: [number, number] | null };

/**
 * Figures over time, one colour per series (party): each claim a point
 * linking to its sentence, and, where given, the monthly spread of the
 * estimates as a shaded band behind the points.
 */
export function ClaimsTimeChart({ title, note, series, bandLabel = "spread of estimates per month" }: Props) {
  const all = series.flatMap((s) => s.points);
  const times = [...all.map((p) => p.t), ...series.flatMap((s) => (s.band ?? []).map((b) => b.t))];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const domain = paddedDomain(min, max);
  const ticks = monthTicks(domain[0], domain[1]);
  const hasBand = series.some((s) => (s.band?.length ?? 0) > 1);
  const count = all.length;

  return (
    <figure className="chart" aria-label={`${title}: ${count} figures`}>
      <h3>{title}</h3>
      {note ? <p className="note">{note}</p> : null}
      <Legend
        items={series.map((s) => ({ label: `${s.label} (${s.points.length})`, colour: s.colour }))}
        band={hasBand ? bandLabel : undefined}
        shapes
      />
      <div className="chart-box">
        <ComposedChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eee" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={formatTick}
            minTickGap={16}
            allowDataOverflow
            tick={{ fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="value"
            domain={[0, "auto"]}
            tickFormatter={formatCompact}
            width={52}
            tick={{ fontSize: 12 }}
            allowDecimals={false}
          />
          {series.map((s) =>
            s.band && s.band.length > 1 ? (
              <Area
                key={`band-${s.key}`}
                data={s.band}
                dataKey="range"
                type="monotone"
                stroke="none"
                fill={s.colour}
                fillOpacity={0.16}
                isAnimationActive={false}
                activeDot={false}
                tooltipType="none"
                legendType="none"
                name={`${s.label} spread`}
              />
            ) : null,
          )}
          {series.map((s) => (
            <Scatter
              key={`pts-${s.key}`}
              name={s.label}
              data={s.points.map((p): Plotted => ({ ...p, err: p.qualifier === "range" && p.low !== null && p.high !== null ? [p.value - p.low, p.high - p.value] : null }))}
              dataKey="value"
              fill={s.colour}
              shape={QualifierMark as never}
              isAnimationActive={false}
            >
              <ErrorBar dataKey="err" direction="y" width={6} stroke={s.colour} strokeWidth={1.5} />
            </Scatter>
          ))}
          <Tooltip
            shared={false}
            cursor={false}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
              return p && "id" in p ? <ClaimTooltipBody p={p} /> : null;
            }}
          />
        </ComposedChart>
      </div>
    </figure>
  );
}
