import type { Metadata } from "next";
import { listFailed, statusCounts } from "@tally/db";
import { DataProblem, load } from "@/components/DataProblem";
import { PageIntro } from "@/components/Page";
import { QueueLive } from "@/components/QueueLive";
import { firstValues, type SearchParams } from "@/lib/filters";
import { formatNumber } from "@/lib/format";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Queue" };
export const dynamic = "force-dynamic";

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Set by POST /api/articles when the form was posted without scripts (a 303 back here).
  const sp = firstValues(await searchParams);
  const sent = sp.accepted !== undefined ? { accepted: Number(sp.accepted) || 0, rejected: Number(sp.rejected) || 0 } : null;
  // The first counts come with the page; the client keeps them fresh from /api/queue.
  const result = await load("the queue's counts", async () => {
    const [articles, failed] = await Promise.all([statusCounts(db()), listFailed(db(), { limit: 100 })]);
    return {
      articles,
      jobs: null,
      failed: failed.map((f) => ({ id: f.id, url: f.url, code: f.code, message: f.message, failedAt: f.updatedAt.toISOString() })),
    };
  });
  return (
    <>
      <PageIntro title="Queue">
        Drop article URLs here. The worker fetches each page, extracts its main text and figures, and stores them; the
        counts below follow it live.
      </PageIntro>
      {sent ? (
        <p className="empty" role="status" style={{ padding: "0.5rem 1rem" }}>
          {formatNumber(sent.accepted)} {sent.accepted === 1 ? "URL" : "URLs"} accepted, {formatNumber(sent.rejected)} rejected.
          {sent.rejected > 0 ? " With scripts on, this page lists each rejected line and why." : ""}
        </p>
      ) : null}
      {result.ok ? null : <DataProblem failure={result} />}
      <QueueLive initial={result.ok ? result.data : null} />
    </>
  );
}
