import type { Metadata } from "next";
import { ARTICLE_STATUSES, ArticleStatusSchema } from "@tally/core";
import { BadCursorError, listArticles } from "@tally/db";
import { load } from "@/components/DataProblem";
import { PageFailed, PageIntro } from "@/components/Page";
import { EmptyState, FilterProblems } from "@/components/Notices";
import { Tone } from "@/components/Tone";
import { firstValues, toQuery, type SearchParams } from "@/lib/filters";
import { formatDate, formatNumber, formatStamp } from "@/lib/format";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Articles" };

const PAGE_SIZE = 50;

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = firstValues(await searchParams);
  const problems: string[] = [];
  const parsed = ArticleStatusSchema.safeParse(sp.status);
  const status = sp.status === undefined ? undefined : parsed.success ? parsed.data : undefined;
  if (sp.status !== undefined && !parsed.success) problems.push(`status: one of ${ARTICLE_STATUSES.join(", ")} (got "${sp.status}")`);
  const cursor = sp.cursor ?? null;
  const offset = Math.max(0, Math.trunc(Number(sp.n) || 0));

  const result = await load("the articles", () =>
    listArticles(db(), { status, limit: PAGE_SIZE, cursor }).catch((e: unknown) => {
      if (e instanceof BadCursorError) return null;
      throw e;
    }),
  );

  const intro = (
    <>
      <PageIntro title="Articles">Every URL dropped into Tally, newest first, with what became of it.</PageIntro>
      <nav className="pager" aria-label="Status">
        <span className="muted">Show:</span>
        <a href="/articles" aria-current={status ? undefined : "page"} style={{ fontWeight: status ? 400 : 700 }}>
          all
        </a>
        {ARTICLE_STATUSES.map((s) => (
          <a key={s} href={`/articles?status=${s}`} aria-current={status === s ? "page" : undefined} style={{ fontWeight: status === s ? 700 : 400 }}>
            {s}
          </a>
        ))}
      </nav>
    </>
  );
  if (!result.ok) return <PageFailed intro={intro} failure={result} />;
  if (result.data === null) problems.push("cursor: not a position this page gave out; showing the first page");
  const rows = result.data?.items ?? [];
  const next = result.data?.nextCursor ? `/articles${toQuery({ status, cursor: result.data.nextCursor, n: offset + rows.length })}` : null;

  return (
    <>
      {intro}
      <FilterProblems problems={problems} />
      {rows.length === 0 ? (
        status || cursor ? (
          <EmptyState title={`No ${status ?? ""} articles`}>
            <p>
              <a href="/articles">Show all articles</a>.
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No articles yet">
            <p>
              Drop article URLs on the <a href="/queue">Queue</a> page, or run <code>npm run seed</code> to ingest the demo
              articles.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <div className="table-wrap">
            <table className="stack">
              <caption className="visually-hidden">Articles, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Status</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Published</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col">Tone</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td style={{ overflowWrap: "anywhere", minWidth: "14rem" }}>
                      <a href={`/articles/${a.id}`}>{a.title ?? a.url}</a>
                      {a.title ? <div className="muted small">{a.url}</div> : null}
                      {a.duplicateOf ? (
                        <div className="small">
                          Near-duplicate of <a href={`/articles/${a.duplicateOf}`}>an earlier article</a>
                        </div>
                      ) : null}
                      {a.error && a.status === "failed" ? <div className="small" style={{ color: "var(--danger)" }}>{a.error.message || a.error.code}</div> : null}
                    </td>
                    <td>
                      <span className={`status ${a.status}`}>{a.status}</span>
                    </td>
                    <td data-label="Outlet">{a.outlet ?? <span className="muted">—</span>}</td>
                    <td data-label="Published" style={{ whiteSpace: "nowrap" }}>
                      {a.publishedAt ? formatDate(a.publishedAt) : <span className="muted" title={`added ${formatStamp(a.createdAt)}`}>—</span>}
                    </td>
                    <td className="num" data-label="Claims">
                      {formatNumber(a.claimCount)}
                    </td>
                    <td data-label="Tone">
                      <Tone sentiment={a.sentiment} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label="Pages">
            <span>
              Articles {formatNumber(offset + 1)}–{formatNumber(offset + rows.length)}
            </span>
            {cursor ? <a href={`/articles${toQuery({ status })}`}>← First page</a> : null}
            {next ? (
              <a href={next} rel="next">
                Next {PAGE_SIZE} →
              </a>
            ) : (
              <span className="muted">End of the list</span>
            )}
          </nav>
        </>
      )}
    </>
  );
}
