import { ITEMS, METRICS, PERSONNEL_METRICS, type ClaimFilters, type Metric } from "@tally/core";
import { getSeries, headlineFigures, listClaims, listOutlets, sentimentSeries, type ClaimView } from "@tally/db";
import { ClaimsTimeChart } from "@/components/charts/ClaimsTimeChart";
import { EquipmentChart, type EquipmentRow } from "@/components/charts/EquipmentChart";
import { ToneChart } from "@/components/charts/ToneChart";
import { DataProblem, load } from "@/components/DataProblem";
import { FilterForm } from "@/components/FilterForm";
import { HeadlineCards } from "@/components/HeadlineCards";
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

/** The highest figure per item and party among the most recent equipment claims. */
function equipmentRows(claims: ClaimView[]): { rows: EquipmentRow[]; parties: string[] } {
  const rows = new Map<string, EquipmentRow>();
  const parties = new Set<string>();
  for (const c of claims) {
    if (!c.item) continue;
    const p = toPoint(c);
    if (!p) continue;
    const party = c.party ?? "";
    if (!party) continue; // equipment of no stated side says nothing about either side
    parties.add(party);
    const row = rows.get(c.item) ?? { item: c.item, label: itemLabel(c.item), byParty: {} };
    const prev = row.byParty[party];
    if (!prev || p.value > prev.value) row.byParty[party] = p;
    rows.set(c.item, row);
  }
  const order = (r: EquipmentRow) => ITEMS.indexOf(r.item as (typeof ITEMS)[number]);
  return { rows: [...rows.values()].sort((a, b) => order(a) - order(b)), parties: [...parties].sort(compareParties) };
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

  const result = await load("the overview", async () => {
    const [panels, equipment, headlines, outlets, toneOutlet, toneCountry] = await Promise.all([
      Promise.all(timeMetrics.map((m) => panel(filters, m))),
      showEquipment
        ? listClaims(db(), { ...filters, metric: "equipment_lost", excludeEchoes: true }, { limit: POINTS_PER_CHART })
        : Promise.resolve(null),
      headlineFigures(db()),
      listOutlets(db()),
      sentimentSeries(db(), { by: "outlet", bucket: "month", from: filters.from, to: filters.to }),
      sentimentSeries(db(), { by: "sourceParty", bucket: "month", from: filters.from, to: filters.to }),
    ]);
    return { panels, equipment, headlines, outlets, toneOutlet, toneCountry };
  });

  const header = (
    <>
      <h1>Overview</h1>
      <p className="lede">
        What sources reported about losses, troop numbers and equipment, and in what tone, over time. Every point is one
        figure as one source stated it; hover for its source, click to read its sentence.
      </p>
    </>
  );
  if (!result.ok) {
    return (
      <>
        {header}
        <DataProblem error={result.error} what="the overview" />
      </>
    );
  }
  const { panels, equipment, headlines, outlets, toneOutlet, toneCountry } = result.data;
  const partyOptions = [...new Set<string>([...LEADING_PARTIES, ...headlines.map((h) => h.party)])].sort(compareParties);
  const shownHeadlines = headlines.filter((h) => (!filters.party || h.party === filters.party) && (!filters.metric || h.metric === filters.metric));
  const drawn = panels.filter((p) => p.shown > 0);
  const losses = drawn.filter((p) => p.metric !== "troops_deployed");
  const troops = drawn.find((p) => p.metric === "troops_deployed");
  const equip = equipment ? equipmentRows(equipment.items) : null;
  const outletTone = toneSeries(toneOutlet, "outlet");
  const countryTone = toneSeries(toneCountry, "sourceParty", 5);
  const nothing = drawn.length === 0 && (!equip || equip.rows.length === 0) && shownHeadlines.length === 0;

  const capNote = (p: Panel) =>
    p.total > p.shown ? ` Showing the ${formatNumber(p.shown)} most recent of ${formatNumber(p.total)} figures; the band covers all of them.` : "";

  return (
    <>
      {header}
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
      {shownHeadlines.length > 0 ? (
        <HeadlineCards
          headlines={shownHeadlines}
          note={
            filters.from || filters.to || filters.outlet || filters.sourceParty
              ? "The latest figure of all, whatever the dates, outlet or source country chosen."
              : undefined
          }
        />
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

      {equip && equip.rows.length > 0 ? (
        <section aria-labelledby="equipment-title">
          <h2 id="equipment-title">Equipment losses</h2>
          <EquipmentChart
            rows={equip.rows}
            parties={equip.parties}
            capped={equipment !== null && equipment.nextCursor !== null ? POINTS_PER_CHART : undefined}
          />
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
              />
            ) : null}
            {countryTone.series.length > 0 ? (
              <ToneChart
                title="By source country (sentences stating figures)"
                note={countryTone.dropped > 0 ? `The ${countryTone.series.length} countries whose sources are quoted most; ${countryTone.dropped} more left out.` : undefined}
                series={countryTone.series}
                bucket={countryTone.bucket}
              />
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
