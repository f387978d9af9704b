import { METRICS, PERSONNEL_METRICS, type ClaimFilters, type Metric } from "@tally/core";
import { equipmentLosses, getSeries, headlineFigures, listClaims, listOutlets, listParties, sentimentSeries, type EquipmentFigure } from "@tally/db";
import { ClaimsTimeChart } from "@/components/charts/ClaimsTimeChart";
import { EquipmentChart, type EquipmentRow } from "@/components/charts/EquipmentChart";
import { ToneChart } from "@/components/charts/ToneChart";
import { load } from "@/components/DataProblem";
import { FilterForm } from "@/components/FilterForm";
import { HeadlineCards } from "@/components/HeadlineCards";
import { PageFailed, PageIntro } from "@/components/Page";
import { FilterProblems, NoClaimsYet } from "@/components/Notices";
import { formValues, parseFilters, toQuery, type SearchParams } from "@/lib/filters";
import { formatNumber } from "@/lib/format";
import { itemLabel, metricLabel } from "@/lib/labels";
import { compareParties, LEADING_PARTIES } from "@/lib/parties";
import { seriesByParty, toPoint } from "@/lib/shape";
import { bandsByKey, claimTotal, toneSeries } from "@/lib/series";
import type { ChartPoint, Series } from "@/lib/view";
import { db } from "@/server/db";

/** Most points drawn per chart: beyond this a scatter is ink, not information. */
const POINTS_PER_CHART = 500;

const NOTES: Partial<Record<Metric, string>> = {
  killed: "Personnel reported killed. Each point is one source's figure; the band spans the lowest to the highest estimate each month.",
  wounded: "Personnel reported wounded or injured.",
  casualties: "Losses where killed and wounded are not told apart (“casualties”, “losses”).",
  captured: "Personnel reported taken prisoner or surrendered.",
  missing: "Personnel reported missing or deserted.",
  troops_deployed: "Personnel reported sent, deployed or fighting in a theatre (North Korea's troops in Russia, for one).",
};

interface Panel {
  metric: Metric;
  series: Series<ChartPoint>[];
  shown: number;
  total: number;
}

/** One metric's points (the most recent POINTS_PER_CHART) and its per-party monthly bands. */
async function panel(filters: ClaimFilters, metric: Metric): Promise<Panel> {
  const { metric: _m, excludeEchoes: _e, ...rest } = filters;
  const [page, buckets] = await Promise.all([
    // Echoes (near-duplicate articles) are left out so that a syndicated figure counts once.
    listClaims(db(), { ...filters, metric, excludeEchoes: true }, { limit: POINTS_PER_CHART }),
    getSeries(db(), { ...rest, metric, by: "party", bucket: "month" }),
  ]);
  const series = seriesByParty(page.items, false);
  const bands = bandsByKey(buckets);
  for (const s of series) s.band = bands.get(s.key === "none" ? null : s.key) ?? [];
  return { metric, series, shown: page.items.length, total: Math.max(claimTotal(buckets), page.items.length) };
}

/** Equipment figures as the chart's rows: one per item, in the vocabulary's order, each party's highest figure. */
function equipmentRows(figures: EquipmentFigure[]): { rows: EquipmentRow[]; parties: string[] } {
  const rows = new Map<string, EquipmentRow>();
  const parties = new Set<string>();
  for (const f of figures) {
    const point = toPoint(f.claim);
    if (!point) continue;
    parties.add(f.party);
    const row = rows.get(f.item) ?? { item: f.item, label: itemLabel(f.item), byParty: {} };
    row.byParty[f.party] = { ...point, claims: f.claims };
    rows.set(f.item, row);
  }
  // The query returns items in the vocabulary's order (the enum's).
  return { rows: [...rows.values()], parties: [...parties].sort(compareParties) };
}

export default async function Overview({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, raw, problems } = parseFilters(await searchParams);
  const filtered = Object.keys(raw).length > 0;
  const timeMetrics: Metric[] = filters.metric
    ? filters.metric === "equipment_lost"
      ? []
      : [filters.metric]
    : [...PERSONNEL_METRICS, "troops_deployed"];
  const showEquipment = !filters.metric || filters.metric === "equipment_lost";

  const { metric: _metric, excludeEchoes: _echoes, ...scope } = filters;
  const result = await load("the overview", async () => {
    const [panels, equipment, headlines, parties, outlets, toneOutlet, toneCountry] = await Promise.all([
      Promise.all(timeMetrics.map((m) => panel(filters, m))),
      showEquipment ? equipmentLosses(db(), scope) : Promise.resolve([]),
      // The cards answer the same filters as the charts: the latest figure among those drawn.
      headlineFigures(db(), { ...scope, metric: filters.metric }),
      listParties(db()),
      listOutlets(db()),
      sentimentSeries(db(), { by: "outlet", bucket: "month", from: filters.from, to: filters.to }),
      sentimentSeries(db(), { by: "sourceParty", bucket: "month", from: filters.from, to: filters.to }),
    ]);
    return { panels, equipment, headlines, parties, outlets, toneOutlet, toneCountry };
  });

  const intro = (
    <PageIntro title="Overview">
      What sources reported about losses, troop numbers and equipment, and in what tone, over time. Every point is one
      figure as one source stated it; hover or tab to it for its source, click to read its sentence.
    </PageIntro>
  );
  if (!result.ok) return <PageFailed intro={intro} failure={result} />;
  const { panels, equipment, headlines, parties, outlets, toneOutlet, toneCountry } = result.data;
  const partyOptions = [...new Set<string>([...LEADING_PARTIES, ...parties])].sort(compareParties);
  const drawn = panels.filter((p) => p.shown > 0);
  const losses = drawn.filter((p) => p.metric !== "troops_deployed");
  const troops = drawn.find((p) => p.metric === "troops_deployed");
  const equip = equipmentRows(equipment);
  const outletTone = toneSeries(toneOutlet, "outlet");
  const countryTone = toneSeries(toneCountry, "sourceParty", 5);
  // The two tone charts sit side by side: one time axis for both, so a month is in the same place in each.
  const toneTimes = [...outletTone.series, ...countryTone.series].flatMap((s) => s.points.map((p) => p.t));
  const toneSpan = toneTimes.length > 0 ? [Math.min(...toneTimes), Math.max(...toneTimes)] : undefined;
  const nothing = drawn.length === 0 && equip.rows.length === 0 && headlines.length === 0;

  const capNote = (p: Panel) =>
    p.total > p.shown ? ` Showing the ${formatNumber(p.shown)} most recent of ${formatNumber(p.total)} figures; the band covers all of them.` : "";

  return (
    <>
      {intro}
      <FilterForm
        action="/"
        fields={["party", "metric", "sourceParty", "outlet", "from", "to"]}
        values={formValues(raw, filters)}
        metrics={METRICS}
        parties={partyOptions}
        outlets={outlets}
      />
      <FilterProblems problems={problems} />
      {nothing ? <NoClaimsYet filtered={filtered} /> : null}
      {headlines.length > 0 ? (
        <HeadlineCards headlines={headlines} note={filtered ? "The latest figure among those matching the filters." : undefined} />
      ) : null}

      {losses.length > 0 ? (
        <section aria-labelledby="losses-title">
          <h2 id="losses-title">{filters.metric && !NOTES[filters.metric] ? metricLabel(filters.metric) : "Reported personnel losses"}</h2>
          <div className="chart-grid">
            {losses.map((p) => (
              <ClaimsTimeChart
                key={p.metric}
                title={metricLabel(p.metric)}
                note={`${NOTES[p.metric] ?? "Each point is one source's figure; the band spans the lowest to the highest estimate each month."}${capNote(p)}`}
                series={p.series}
                tableHref={`/claims${toQuery({ ...raw, metric: p.metric })}`}
              />
            ))}
          </div>
        </section>
      ) : null}

      {troops ? (
        <section aria-labelledby="troops-title">
          <h2 id="troops-title">Troops deployed</h2>
          <div className="chart-grid">
            <ClaimsTimeChart
              title="Troops deployed, by party"
              note={`${NOTES.troops_deployed}${capNote(troops)}`}
              series={troops.series}
              tableHref={`/claims${toQuery({ ...raw, metric: "troops_deployed" })}`}
            />
          </div>
        </section>
      ) : null}

      {equip.rows.length > 0 ? (
        <section aria-labelledby="equipment-title">
          <h2 id="equipment-title">Equipment losses</h2>
          <EquipmentChart rows={equip.rows} parties={equip.parties} tableHref={`/claims${toQuery({ ...raw, metric: "equipment_lost" })}`} />
        </section>
      ) : null}

      {outletTone.series.length > 0 || countryTone.series.length > 0 ? (
        <section aria-labelledby="tone-title">
          <h2 id="tone-title">Tone of the reporting</h2>
          <p className="muted small">
            Mean sentiment per {outletTone.bucket === "quarter" || countryTone.bucket === "quarter" ? "quarter" : "month"} from
            −1 (negative) to +1 (positive), measured by a general-purpose lexicon: read it as tone, not truth. Only the date
            filters apply here.
          </p>
          <div className="chart-grid">
            {outletTone.series.length > 0 ? (
              <ToneChart
                title="By outlet (whole articles)"
                note={outletTone.dropped > 0 ? `The ${outletTone.series.length} outlets with the most articles; ${outletTone.dropped} more left out.` : undefined}
                series={outletTone.series}
                bucket={outletTone.bucket}
                span={toneSpan}
              />
            ) : null}
            {countryTone.series.length > 0 ? (
              <ToneChart
                title="By source country (sentences stating figures)"
                note={countryTone.dropped > 0 ? `The ${countryTone.series.length} countries whose sources are quoted most; ${countryTone.dropped} more left out.` : undefined}
                series={countryTone.series}
                bucket={countryTone.bucket}
                span={toneSpan}
              />
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
