"use client";

import { CartesianGrid, Line, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatScore, formatTick, formatDate } from "@/lib/format";
import { monthDomain, monthTicks } from "@/lib/ticks";
import type { Series, TonePoint } from "@/lib/view";
import { Legend } from "./Legend";

/**
 * Mean tone per period, one line per group (an outlet, or a source country).
 * The scale is fixed at −1…+1 so that two charts can be compared by eye, and
 * the zero line marks neutral.
 */
export function ToneChart({
  title,
  note,
  series,
  bucket = "month",
  span,
}: {
  title: string;
  note?: string | undefined;
  series: Series<TonePoint>[];
  /** What one point averages over; quarters' points sit mid-quarter. */
  bucket?: "month" | "quarter";
  /** Times the axis must cover (a neighbouring chart's too), so that charts set side by side share their dates. */
  span?: number[];
}) {
  const times = [...series.flatMap((s) => s.points.map((p) => p.t)), ...(span ?? [])];
  const domain = monthDomain(Math.min(...times), Math.max(...times));
  const ticks = monthTicks(domain[0], domain[1]);
  return (
    <figure className="chart" aria-label={title}>
      <h3>{title}</h3>
      {note ? <p className="note">{note}</p> : null}
      <Legend items={series.map((s) => ({ label: s.label, colour: s.colour }))} />
      <div className="chart-box">
        <ScatterChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eee" vertical={false} />
          <XAxis dataKey="t" type="number" domain={domain} ticks={ticks} tickFormatter={formatTick} minTickGap={16} allowDataOverflow tick={{ fontSize: 12 }} />
          <YAxis type="number" domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tickFormatter={(v: number) => formatScore(v)} width={44} tick={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#999" strokeDasharray="3 3" />
          {series.map((s) => (
            <Line
              key={s.key}
              data={withGaps(s.points, bucket)}
              dataKey="score"
              name={s.label}
              stroke={s.colour}
              strokeWidth={2}
              dot={false}
              activeDot={false}
              tooltipType="none"
              legendType="none"
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {/* Points as a scatter over the lines: each month's mean gets its own tooltip. */}
          {series.map((s) => (
            <Scatter key={`pts-${s.key}`} data={s.points} dataKey="score" name={s.label} fill={s.colour} isAnimationActive={false} shape="circle" />
          ))}
          <Tooltip
            cursor={false}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const e = active ? payload?.[0] : undefined;
              const raw = e?.payload as { score?: number; n?: number; payload?: TonePoint } | undefined;
              // Recharts hands over either the datum or a point wrapping it.
              const p = raw && typeof raw.score === "number" && typeof raw.n === "number" ? (raw as TonePoint) : raw?.payload;
              if (!e || !p) return null;
              const s = series.find((x) => x.points.includes(p));
              return (
                <div className="tooltip">
                  <span className="swatch" style={{ background: s?.colour ?? "#888" }} /> {s?.label ?? String(e.name)}
                  <div className="fig">{formatScore(p.score)}</div>
                  <div className="muted">
                    {bucket === "quarter" ? quarterLabel(p.t) : formatDate(new Date(p.t), "month")} · mean of {formatNumber(p.n)}{" "}
                    {p.n === 1 ? "text" : "texts"}
                  </div>
                </div>
              );
            }}
          />
        </ScatterChart>
      </div>
    </figure>
  );
}

/** "Q1 2025" for an instant in that quarter. */
function quarterLabel(t: number): string {
  const d = new Date(t);
  return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
}

/**
 * The points of a line with a break wherever a bucket or more has no texts:
 * a line drawn across a silent year would suggest a tone nobody measured.
 */
function withGaps(points: TonePoint[], bucket: "month" | "quarter"): { t: number; score: number | null }[] {
  const limit = (bucket === "quarter" ? 92 : 31) * 1.5 * 86_400_000;
  const out: { t: number; score: number | null }[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.t - prev.t > limit) out.push({ t: (prev.t + p.t) / 2, score: null });
    out.push({ t: p.t, score: p.score });
  });
  return out;
}
