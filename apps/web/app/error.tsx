"use client";

import { useEffect, useState } from "react";

interface Health {
  db: "up" | "down";
  redis: "up" | "down";
}

/**
 * What a page shows when rendering it threw. Next hides a server error's
 * message in production (it may hold secrets), so this asks /api/health
 * which service is down and says so, with the error's digest to find the
 * full story in the server's log. No stack traces reach the page.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const [health, setHealth] = useState<Health | "unreachable" | null>(null);
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: unknown }).digest ?? "") : "";

  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch(() => setHealth("unreachable"));
  }, []);

  let cause: string;
  if (health === null) cause = "Checking the database and the queue…";
  else if (health === "unreachable") cause = "The dashboard's server is not answering. Is it still running?";
  else if (health.db === "down") cause = "The database (PostgreSQL, DATABASE_URL) is unreachable. Start it, then try again.";
  else if (health.redis === "down") cause = "The queue (Redis, REDIS_URL) is unreachable; pages that need it cannot load.";
  else cause = "PostgreSQL and Redis both answer, so this is a fault in the page itself.";

  return (
    <div className="problem" role="alert">
      <h2>This page could not be shown</h2>
      <p>{cause}</p>
      <p className="muted small">
        {digest ? (
          <>
            The server logged the error as <code>{digest}</code>.{" "}
          </>
        ) : null}
        <a href="/api/health">Service status</a>
      </p>
      <button type="button" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
