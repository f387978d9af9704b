import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getArticle } from "@tally/db";
import { load } from "@/components/DataProblem";
import { PageFailed, PageIntro } from "@/components/Page";
import { PartyBadge } from "@/components/PartyBadge";
import { RefreshWhile } from "@/components/RefreshWhile";
import { RetryButton } from "@/components/RetryButton";
import { Tone } from "@/components/Tone";
import { formatDate, formatFigure, formatNumber, formatStamp } from "@/lib/format";
import { itemLabel, metricLabel } from "@/lib/labels";
import { partyName } from "@/lib/parties";
import { findFigure } from "@/lib/highlight";
import { markSegments } from "@/lib/segments";
import { db } from "@/server/db";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const r = await load("the article's title", () => getArticle(db(), id));
  return { title: r.ok && r.data ? (r.data.title ?? r.data.url) : "Article" };
}

/** What a claim says, in one line, for a mark's title and the claims list. */
function describe(c: { metric: string; item: string | null; party: string | null; attributedTo: string | null; asOf: string | null } & Parameters<typeof formatFigure>[0]): string {
  const what = c.item ? `${itemLabel(c.item)} lost` : metricLabel(c.metric);
  return `${what}, ${partyName(c.party)}: ${formatFigure(c)}${c.attributedTo ? ` (${c.attributedTo})` : ""}${c.asOf ? `, as of ${formatDate(c.asOf)}` : ""}`;
}

/** A marked sentence with each of its claims' figures in bold, where the figure can be found in the words. */
function Figures({ text, claims }: { text: string; claims: Parameters<typeof findFigure>[1][] }) {
  const spans = claims
    .map((c) => findFigure(text, c))
    .filter((x) => x !== null)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue; // two claims of one figure ("64 launchers, including 15 HIMARS" parts aside)
    out.push(text.slice(at, sp.start), <b key={sp.start}>{text.slice(sp.start, sp.end)}</b>);
    at = sp.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { id } = await params;
  const result = await load("the article", () => getArticle(db(), id));
  if (!result.ok) return <PageFailed intro={<PageIntro title="Article" />} failure={result} />;
  const a = result.data;
  if (!a) notFound();

  const byId = new Map(a.claims.map((c) => [c.id, c]));
  const { segments, unplaced } = a.text ? markSegments(a.text, a.claims) : { segments: [], unplaced: a.claims };

  return (
    <article>
      <p className="small">
        <a href="/articles">← Articles</a>
      </p>
      <h1>{a.title ?? a.url}</h1>
      <div className="meta">
        <span className={`status ${a.status}`}>{a.status}</span>
        {a.outlet ? <span>{a.outlet}</span> : null}
        {a.author ? <span>by {a.author}</span> : null}
        <span>{a.publishedAt ? `published ${formatDate(a.publishedAt)}` : "publication date unknown"}</span>
        {a.wordCount ? <span>{formatNumber(a.wordCount)} words</span> : null}
        <span>
          tone <Tone sentiment={a.sentiment} />
        </span>
        <span>
          <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
            original page ↗
          </a>
        </span>
      </div>
      {a.duplicateOf ? (
        <p className="empty" style={{ padding: "0.5rem 1rem" }}>
          A near-duplicate of <a href={`/articles/${a.duplicateOf}`}>an earlier article</a>: its figures are shown but counted
          once, at the original.
        </p>
      ) : null}
      {a.status === "failed" ? (
        <div className="problem" role="alert">
          <h2>This article failed</h2>
          <p>
            {a.error?.message || "No reason was recorded."} {a.error?.code ? <code>{a.error.code}</code> : null} after{" "}
            {formatNumber(a.attempts)} {a.attempts === 1 ? "attempt" : "attempts"}, last updated {formatStamp(a.updatedAt)}.
          </p>
          <RetryButton id={a.id} />
        </div>
      ) : null}
      <RefreshWhile active={a.status !== "done" && a.status !== "failed"} />
      {a.status !== "done" && a.status !== "failed" ? (
        <p className="empty">
          This article is <strong>{a.status}</strong>. Its text and figures appear here once the worker is done (this page
          refreshes itself); the <a href="/queue">Queue</a> page follows every job.
        </p>
      ) : null}

      {a.claims.length > 0 ? (
        <section aria-labelledby="claims-title">
          <h2 id="claims-title">
            {formatNumber(a.claims.length)} {a.claims.length === 1 ? "claim" : "claims"}
          </h2>
          <ol className="small" style={{ paddingLeft: "1.25rem" }}>
            {a.claims.map((c) => (
              <li key={c.id}>
                <a href={`#claim-${c.id}`}>{describe(c)}</a>
                {c.sourceParty ? (
                  <>
                    {" "}
                    · source <PartyBadge code={c.sourceParty} />
                  </>
                ) : null}
                {unplaced.includes(c) ? <span className="muted"> — its sentence is not in the stored text: “{c.sentence}”</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : a.status === "done" ? (
        <p className="muted">No figures were found in this article.</p>
      ) : null}

      {a.text ? (
        <section aria-labelledby="text-title">
          <h2 id="text-title">Text</h2>
          <p className="muted small">Sentences stating a figure are highlighted; hover one to see what was read from it.</p>
          <div className="article-text">
            {segments.map((s, i) =>
              s.kind === "text" ? (
                <span key={i}>{s.text}</span>
              ) : (
                <span key={i}>
                  {/* Extra anchors, so that every claim of a shared sentence can be linked to. */}
                  {s.ids.slice(1).map((cid) => (
                    <span key={cid} id={`claim-${cid}`} />
                  ))}
                  <mark id={`claim-${s.ids[0]}`} title={s.ids.map((cid) => (byId.get(cid) ? describe(byId.get(cid)!) : "")).join("\n")}>
                    <Figures text={s.text} claims={s.ids.map((cid) => byId.get(cid)).filter((c) => c !== undefined)} />
                  </mark>
                </span>
              ),
            )}
          </div>
        </section>
      ) : null}
    </article>
  );
}
