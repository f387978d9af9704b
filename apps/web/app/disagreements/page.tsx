import type { Metadata } from "next";
import { ITEMS, METRICS, ItemSchema, MetricSchema, PartySchema, type Metric } from "@tally/core";
import { disagreements, headlineFigures, listParties, type Disagreements, type SourceFigure } from "@tally/db";
import { ClaimsTimeChart } from "@/components/charts/ClaimsTimeChart";
import { load } from "@/components/DataProblem";
import { PageFailed, PageIntro } from "@/components/Page";
import { FigureBars } from "@/components/FigureBars";
import { FilterForm } from "@/components/FilterForm";
import { EmptyState, FilterProblems, NoClaimsYet } from "@/components/Notices";
import { firstValues, formValues, parseFilters, toQuery, type SearchParams } from "@/lib/filters";
import { formatDate, formatFigure, formatNumber } from "@/lib/format";
import { itemLabel, metricLabel } from "@/lib/labels";
import { compareParties, LEADING_PARTIES, partyColour, partyName } from "@/lib/parties";
import { pointTime } from "@/lib/shape";
import type { ChartPoint, Series } from "@/lib/view";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Disagreements" };

const DEFAULT_METRIC: Metric = "casualties";

/** Each source's figures as chart series, one per source country (party colours), so the chart matches the rest of the dashboard. */
function chartSeries(d: Disagreements): Series<ChartPoint>[] {
  const bySource = new Map(d.sources.map((s) => [s.key, s]));
  const groups = new Map<string | null, ChartPoint[]>();
  for (const p of d.periods) {
    for (const f of p.figures) {
      const t = pointTime(f.asOf);
      if (t === null) continue;
      const s = bySource.get(f.source);
      const sp = s?.sourceParty ?? null;
      const list = groups.get(sp) ?? [];
      list.push({
        t,
        date: f.asOf,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        id: f.claimId,
        articleId: f.articleId,
        party: d.party,
        metric: d.metric,
        item: null,
        source: s?.attributedTo ?? (s?.outlet ? `${s.outlet} (own reporting)` : f.source),
        sourceParty: sp,
        outlet: s?.outlet ?? null,
      });
      groups.set(sp, list);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareParties(a, b))
    .map(([sp, points]) => ({
      key: sp ?? "none",
      label: sp ? `${partyName(sp)}'s sources` : "Sources of no single country",
      colour: partyColour(sp),
      points: points.sort((a, b) => a.t - b.t),
    }));
}

export default async function DisagreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { raw, problems } = parseFilters(sp);
  const all = firstValues(sp);
  const { filters: dates } = parseFilters({ from: all.from, to: all.to });

  const result = await load("the disagreements", async () => {
    const [headlines, parties] = await Promise.all([headlineFigures(db()), listParties(db())]);
    const metric = MetricSchema.safeParse(raw.metric ?? DEFAULT_METRIC);
    const m: Metric = metric.success ? metric.data : DEFAULT_METRIC;
    // Without a party, the first leading party that has figures for the metric.
    const withData = headlines.filter((h) => h.metric === m).map((h) => h.party).sort(compareParties);
    const party = PartySchema.safeParse((raw.party ?? withData[0] ?? "RU").toUpperCase());
    const p = party.success ? party.data : "RU";
    const item = m === "equipment_lost" && raw.item ? ItemSchema.safeParse(raw.item) : null;
    const d = await disagreements(db(), { metric: m, party: p, item: item?.success ? item.data : undefined, from: dates.from, to: dates.to, limit: 24 });
    return { d, parties, pairs: headlines.map((h) => ({ metric: h.metric, party: h.party })) };
  });

  const intro = (
    <PageIntro title="Disagreements">
      For one metric and one side, every source&apos;s figure month by month, the months where they disagree most first. A
      source&apos;s figure in a month is the latest it gave.
    </PageIntro>
  );
  if (!result.ok) return <PageFailed intro={intro} failure={result} />;
  const { d, parties, pairs } = result.data;
  const others = pairs.filter((x) => x.metric !== d.metric || x.party !== d.party);
  const partyOptions = [...new Set<string>([...LEADING_PARTIES, ...parties])].sort(compareParties);
  const sources = new Map(d.sources.map((s) => [s.key, s]));
  // The query keys sources by their lower-cased name; show them as written.
  const sourceLabel = (key: string) => {
    const s = sources.get(key);
    return s?.attributedTo ?? (s?.outlet ? `${s.outlet} (own reporting)` : key);
  };
  const series = chartSeries(d);
  const disputed = d.periods.filter((p) => p.sources > 1);
  const single = d.periods.filter((p) => p.sources <= 1);
  const what = `${d.metric === "equipment_lost" && raw.item ? itemLabel(raw.item) : metricLabel(d.metric)} — ${partyName(d.party)}`;

  return (
    <>
      {intro}
      <FilterForm
        action="/disagreements"
        fields={d.metric === "equipment_lost" ? ["metric", "item", "party", "from", "to"] : ["metric", "party", "from", "to"]}
        values={{ ...formValues(raw, dates), metric: d.metric, party: d.party }}
        metrics={METRICS}
        items={ITEMS}
        parties={partyOptions}
        outlets={[]}
        anyMetric={false}
        anyParty={false}
      />
      <FilterProblems problems={problems.filter((p) => /^(metric|party|item|from|to):/.test(p))} />
      {others.length > 0 ? (
        <p className="small">
          <span className="muted">Also reported: </span>
          {others.map((x, i) => (
            <span key={`${x.metric}-${x.party}`}>
              {i > 0 ? " · " : ""}
              <a href={`/disagreements?metric=${x.metric}&party=${x.party}`}>
                {metricLabel(x.metric)} — {partyName(x.party)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {parties.length === 0 ? (
        <NoClaimsYet filtered={false} />
      ) : d.periods.length === 0 ? (
        <EmptyState title={`No figures for ${what}`}>
          <p>Pick another metric or side above{others.length > 0 ? ", or one of those reported" : ""}.</p>
        </EmptyState>
      ) : (
        <>
          <div>
            <ClaimsTimeChart
              title={`${what}: each source's figures`}
              note={`${formatNumber(d.sources.length)} ${d.sources.length === 1 ? "source" : "sources"}, coloured by their country. Ranges show as whiskers; hover for the source, click for the sentence.`}
              series={series}
              tableHref={`/claims${toQuery({ metric: d.metric, party: d.party, item: raw.item, from: raw.from, to: raw.to })}`}
            />
          </div>
          <h2>Months where sources disagree, widest first</h2>
          <p className="muted small">
            Each bar runs from zero to the source&apos;s figure, on a scale shared within the month. A bar fading out is an
            &ldquo;at least&rdquo; (the true figure may be higher); a pale one is approximate; a whisker spans a stated range.
            Click a figure for its sentence.
          </p>
          {disputed.length === 0 ? (
            <p className="muted">No month has figures from more than one source yet.</p>
          ) : (
            <div className="periods">
              {disputed.map((p) => (
                <section key={p.period} className="period" aria-label={`${formatDate(p.period)}: ${p.sources} sources`}>
                  <h3>
                    {formatDate(p.period)}
                    <span className="spread">
                      {formatNumber(p.sources)} sources · from {formatNumber(p.low)} to {formatNumber(p.high)} · a gap of{" "}
                      <strong>{formatNumber(p.spread)}</strong>
                      {p.low > 0 ? ` (×${formatNumber(Math.round((p.high / p.low) * 10) / 10)})` : ""}
                    </span>
                  </h3>
                  <FigureBars figures={p.figures} label={sourceLabel} sourceParty={(s) => sources.get(s)?.sourceParty ?? null} />
                </section>
              ))}
            </div>
          )}
          {single.length > 0 ? (
            <>
              <h2>Months with a single source</h2>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Months in which one source alone gave a figure</caption>
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col" className="num">
                        Figure
                      </th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {single.flatMap((p) =>
                      p.figures.map((f: SourceFigure) => (
                        <tr key={f.claimId}>
                          <td>{formatDate(p.period)}</td>
                          <td className="num">
                            <a href={`/articles/${f.articleId}#claim-${f.claimId}`} title={f.sentence}>
                              {formatFigure(f)}
                            </a>
                          </td>
                          <td>
                            {sourceLabel(f.source)} <span className="muted small">{formatDate(f.asOf)}</span>
                          </td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
