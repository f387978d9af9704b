import type { Metadata } from "next";
import { listFailed, statusCounts } from "@tally/db";
import { DataProblem, load } from "@/components/DataProblem";
import { QueueLive } from "@/components/QueueLive";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Queue" };
export const dynamic = "force-dynamic";

export default async function QueuePage() {
  // The first counts come with the page; the client keeps them fresh from /api/queue.
  const result = await load("the queue", async () => {
    const [articles, failed] = await Promise.all([statusCounts(db()), listFailed(db(), { limit: 100 })]);
    return {
      articles,
      jobs: null,
      failed: failed.map((f) => ({ id: f.id, url: f.url, code: f.code, message: f.message, failedAt: f.updatedAt.toISOString() })),
    };
  });
  return (
    <>
      <h1>Queue</h1>
      <p className="lede">
        Drop article URLs here. The worker fetches each page, extracts its main text and figures, and stores them; the
        counts below follow it live.
      </p>
      {result.ok ? null : <DataProblem error={result.error} what="the queue's counts" />}
      <QueueLive initial={result.ok ? result.data : null} />
    </>
  );
}
