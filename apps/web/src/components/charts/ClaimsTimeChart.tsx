"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Area, CartesianGrid, ComposedChart, ErrorBar, Scatter, XAxis, YAxis } from "recharts";
import { axisNumberFormat, formatCompact, formatNumber, formatTick } from "@/lib/format";
import { monthDomain, monthTicks } from "@/lib/ticks";
import { bandSteps, niceTicks } from "@/lib/shape";
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
  /** The same figures as a table (the claims page, filtered alike), for reading or export. */
  tableHref?: string | undefined;
}

type Plotted = ChartPoint & { err: [number, number] | null };

/**
 * Figures over time, one colour per series (party): each claim a point
 * linking to its sentence, and, where given, the monthly spread of the
 * estimates as a shaded band behind the points.
 */
export function ClaimsTimeChart({ title, note, series, bandLabel = "range of estimates per month", tableHref }: Props) {
  const all = series.flatMap((s) => s.points);
  const steps = new Map(series.map((s) => [s.key, bandSteps(s.band ?? [])]));
  const times = [...all.map((p) => p.t), ...[...steps.values()].flat().map((b) => b.t)];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const domain = monthDomain(min, max);
  const ticks = monthTicks(domain[0], domain[1]);
  const hasBand = series.some((s) => (s.band?.length ?? 0) > 0);
  const count = all.length;
  // Sources can differ by orders of magnitude (850,000 Russian losses beside
  // 1,200 Ukrainian ones in a day): offer a log scale then, off by default.
  const positive = all.map((p) => p.value).filter((v) => v > 0);
  const lo = Math.min(...positive);
  const hi = Math.max(...positive, ...series.flatMap((s) => (s.band ?? []).map((b) => b.range[1])));
  const wide = positive.length > 1 && hi / lo >= 100;
  const [log, setLog] = useState(false);
  const useLog = wide && log;
  const logTicks = useLog ? powersOfTen(lo, hi) : undefined;
  // The tooltip is the chart's own HTML, not Recharts': it opens on keyboard
  // focus as well as hover, and stays while the pointer moves onto it so that
  // its link can be clicked. Its state lives in ChartTip, so that showing it
  // does not re-render the chart (which would replace the point under a
  // finger between its touch and its click).
  const tipApi = useRef<TipApi | null>(null);
  const show = useCallback((p: ChartPoint, x: number, y: number) => tipApi.current?.show(p, x, y), []);
  const hide = useCallback(() => tipApi.current?.hide(), []);
  const renderMark = useCallback((props: object) => <QualifierMark {...props} onShow={show} onHide={hide} />, [show, hide]);
  const plotted = useMemo(
    () =>
      series.map((s) =>
        s.points.map((p): Plotted => ({ ...p, err: p.qualifier === "range" && p.low !== null && p.high !== null ? [p.value - p.low, p.high - p.value] : null })),
      ),
    [series],
  );
  const linearTicks = niceTicks(Math.max(hi, ...all.map((p) => p.high ?? p.value)));

  return (
    <figure className="chart" aria-label={`${title}: ${formatNumber(count)} ${count === 1 ? "figure" : "figures"}`}>
      <div className="chart-head">
        <h3>{title}</h3>
        {wide ? (
          <button type="button" className="secondary toggle" aria-pressed={useLog} onClick={() => setLog(!log)}>
            {useLog ? "Log scale ✓" : "Log scale"}
          </button>
        ) : null}
      </div>
      {note ? (
        <p className="note">
          {note}
          {tableHref ? (
            <>
              {" "}
              <a href={tableHref}>The figures as a table →</a>
            </>
          ) : null}
        </p>
      ) : null}
      <Legend
        items={series.map((s) => ({ label: `${s.label} (${formatNumber(s.points.length)} ${s.points.length === 1 ? "figure" : "figures"})`, colour: s.colour }))}
        band={hasBand ? bandLabel : undefined}
        shapes
      />
      <div className="chart-box" style={{ position: "relative" }}>
        <ComposedChart responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eee" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
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
            scale={useLog ? "log" : "linear"}
            domain={useLog ? [logTicks?.[0] ?? 1, logTicks?.at(-1) ?? "auto"] : [0, linearTicks.at(-1) ?? "auto"]}
            ticks={useLog ? logTicks : linearTicks}
            allowDataOverflow={useLog}
            tickFormatter={useLog ? formatCompact : axisNumberFormat(linearTicks.at(-1) ?? 0)}
            width={52}
            tick={{ fontSize: 12 }}
            allowDecimals={false}
          />
          {series.map((s) =>
            (s.band?.length ?? 0) > 0 ? (
              <Area
                key={`band-${s.key}`}
                data={steps.get(s.key)}
                dataKey="range"
                type="linear"
                connectNulls={false}
                stroke={s.colour}
                strokeOpacity={0.35}
                strokeWidth={1}
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
          {series.map((s, i) => (
            <Scatter
              key={`pts-${s.key}`}
              name={s.label}
              data={plotted[i]}
              dataKey="value"
              fill={s.colour}
              shape={renderMark as never}
              isAnimationActive={false}
            >
              <ErrorBar dataKey="err" direction="y" width={6} stroke={s.colour} strokeWidth={1.5} />
            </Scatter>
          ))}
        </ComposedChart>
        <ChartTip apiRef={tipApi} />
      </div>
    </figure>
  );
}

/** Powers of ten from at or below `lo` to at or above `hi`: the ticks of a log axis. */
function powersOfTen(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

interface TipApi {
  show(p: ChartPoint, x: number, y: number): void;
  hide(): void;
}

/** The open tooltip of a chart, beside its point; driven through `apiRef` by the points. */
function ChartTip({ apiRef }: { apiRef: RefObject<TipApi | null> }) {
  const [tip, setTip] = useState<{ p: ChartPoint; x: number; y: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const el = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);

  useEffect(() => {
    apiRef.current = {
      show(p, x, y) {
        if (timer.current) clearTimeout(timer.current);
        setWidth(el.current?.parentElement?.clientWidth ?? 600);
        setTip({ p, x, y });
      },
      hide() {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => setTip(null), 250);
      },
    };
    return () => {
      apiRef.current = null;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [apiRef]);

  const keep = () => {
    if (timer.current) clearTimeout(timer.current);
  };
  return (
    <div ref={el}>
      {tip ? (
        <div
          className="chart-tip"
          onMouseEnter={keep}
          onMouseLeave={() => apiRef.current?.hide()}
          style={
            width < 480
              ? // A phone: across the chart, under the point, never wider than the screen.
                { left: 4, right: 4, top: tip.y + 14, width: "auto", maxWidth: "none" }
              : // Beside the point, on whichever side has room.
                {
                  left: tip.x > width / 2 ? undefined : tip.x + 14,
                  right: tip.x > width / 2 ? width - tip.x + 14 : undefined,
                  top: Math.max(0, tip.y - 20),
                }
          }
        >
          <ClaimTooltipBody p={tip.p} />
        </div>
      ) : null}
    </div>
  );
}
