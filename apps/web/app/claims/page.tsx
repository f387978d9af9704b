import type { Metadata } from "next";
import { ITEMS, METRICS } from "@tally/core";
import { BadCursorError, listClaims, listOutlets, listParties } from "@tally/db";
import { load } from "@/components/DataProblem";
import { PageFailed, PageIntro } from "@/components/Page";
import { FilterForm } from "@/components/FilterForm";
import { HighlightedSentence } from "@/components/HighlightedSentence";
import { FilterProblems, NoClaimsYet } from "@/components/Notices";
import { PartyBadge } from "@/components/PartyBadge";
import { firstValues, formValues, parseFilters, toQuery, type SearchParams } from "@/lib/filters";
import { formatDate, formatFigure, formatNumber, QUALIFIER_WORDS } from "@/lib/format";
import { itemLabel, metricLabel } from "@/lib/labels";
import { compareParties, LEADING_PARTIES } from "@/lib/parties";
import { claimHref } from "@/lib/view";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Claims" };

const PAGE_SIZES = [25, 50, 100, 200] as const;
const DEFAULT_SIZE = 50;

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { filters, raw, problems } = parseFilters(sp);
  const extra = firstValues(sp);
  const asked = Number(extra.limit);
  const limit = (PAGE_SIZES as readonly number[]).includes(asked) ? asked : DEFAULT_SIZE;
  if (extra.limit && limit !== asked) problems.push(`limit: one of ${PAGE_SIZES.join(", ")} (got "${extra.limit}")`);
  const cursor = extra.cursor ?? null;
  // How many rows came before this page: only for the "51–100" label, never for paging.
  const offset = Math.max(0, Math.trunc(Number(extra.n) || 0));

  const result = await load("the claims", async () => {
    const [page, outlets, parties] = await Promise.all([
      listClaims(db(), filters, { limit, cursor }).catch((e: unknown) => {
        if (e instanceof BadCursorError) return null;
        throw e;
      }),
      listOutlets(db()),
      listParties(db()),
    ]);
    return { page, outlets, parties };
  });

  const intro = (
    <PageIntro title="Claims">
      Every figure the extractor found, newest first, with the sentence that states it. Filter, then export exactly the
      rows shown.
    </PageIntro>
  );
  if (!result.ok) return <PageFailed intro={intro} failure={result} />;
  const { page, outlets, parties } = result.data;
  if (page === null) problems.push("cursor: not a position this page gave out; showing the first page");
  const rows = page?.items ?? [];
  const partyOptions = [...new Set<string>([...LEADING_PARTIES, ...parties])].sort(compareParties);
  const filterQuery = { ...raw };
  const here = { ...filterQuery, limit: limit === DEFAULT_SIZE ? undefined : limit, cursor: page ? (cursor ?? undefined) : undefined };
  const api = (format: "csv" | "json") => `/api/claims${toQuery({ ...filterQuery, limit, cursor: page ? cursor : undefined, format })}`;
  const allCsv = `/api/claims${toQuery({ ...filterQuery, format: "csv" })}`;
  const next = page?.nextCursor ? `/claims${toQuery({ ...here, cursor: page.nextCursor, n: offset + rows.length })}` : null;
  const first = cursor ? `/claims${toQuery({ ...filterQuery, limit: here.limit })}` : null;

  return (
    <>
      {intro}
      <FilterForm
        action="/claims"
        fields={["metric", "item", "party", "sourceParty", "outlet", "from", "to"]}
        values={formValues(raw, filters)}
        metrics={METRICS}
        items={ITEMS}
        parties={partyOptions}
        outlets={outlets}
      />
      <FilterProblems problems={problems} />
      {rows.length === 0 ? (
        <NoClaimsYet filtered={Object.keys(raw).length > 0 || cursor !== null} />
      ) : (
        <>
          <div className="pager">
            <span>
              {!page?.nextCursor && offset === 0
                ? `${rows.length === 1 ? "The only claim" : `All ${formatNumber(rows.length)} claims`}`
                : `Claims ${formatNumber(offset + 1)}–${formatNumber(offset + rows.length)}${page?.nextCursor ? "" : " (the end)"}`}
            </span>
            <span className="exports">
              Export these rows: <a href={api("csv")}>CSV</a> <a href={api("json")}>JSON</a> · <a href={allCsv}>all matching (CSV)</a>
            </span>
          </div>
          <div className="table-wrap">
            <table className="stack">
              <caption className="visually-hidden">Claims matching the filters, newest first</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Figure
                  </th>
                  <th scope="col">What, whose</th>
                  <th scope="col">Sentence</th>
                  <th scope="col">Source</th>
                  <th scope="col">As of</th>
                  <th scope="col">Outlet, article</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} id={`claim-${c.id}`}>
                    <td className="num figure-cell">
                      <strong title={`${QUALIFIER_WORDS[c.qualifier]} ${formatNumber(c.value)}`}>{formatFigure(c)}</strong>
                    </td>
                    <td>
                      {metricLabel(c.metric)}
                      {c.item ? <div className="muted small">{itemLabel(c.item)}</div> : null}
                      <div>
                        <PartyBadge code={c.party} />
                      </div>
                    </td>
                    <td className="sentence">
                      <HighlightedSentence sentence={c.sentence} figure={c} />
                      {c.isEcho ? <div className="muted small">Repeated from an earlier article; counted there.</div> : null}
                    </td>
                    <td data-label="Source">
                      {c.attributedTo ?? <span className="muted">the outlet itself</span>}
                      {c.sourceParty ? (
                        <div className="small">
                          <PartyBadge code={c.sourceParty} />
                        </div>
                      ) : null}
                    </td>
                    <td data-label="As of" style={{ whiteSpace: "nowrap" }}>
                      {formatDate(c.asOf, c.asOfPrecision)}
                    </td>
                    <td data-label="Outlet">
                      {c.outlet ?? <span className="muted">unknown outlet</span>}
                      <div className="small">
                        <a href={claimHref(c)}>{c.articleTitle ?? "the article"}</a>
                      </div>
                      <div className="muted small">{formatDate(c.publishedAt)}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages">
            {first ? <a href={first}>← First page</a> : null}
            {next ? (
              <a href={next} rel="next">
                Next {limit} →
              </a>
            ) : (
              <span className="muted">End of the list</span>
            )}
            <span className="muted small">
              Rows per page:{" "}
              {PAGE_SIZES.map((s) => (
                <a key={s} href={`/claims${toQuery({ ...filterQuery, limit: s === DEFAULT_SIZE ? undefined : s })}`} aria-current={s === limit ? "true" : undefined} style={{ marginRight: "0.4rem", fontWeight: s === limit ? 700 : 400 }}>
                  {s}
                </a>
              ))}
            </span>
          </nav>
        </>
      )}
    </>
  );
}
