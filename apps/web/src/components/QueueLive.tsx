"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AddUrlsForm } from "./AddUrlsForm";

type StatusCounts = Record<"queued" | "fetching" | "extracting" | "done" | "failed", number>;

interface QueueState {
  articles: StatusCounts;
  jobs: { waiting: number; active: number; delayed: number; failed: number; completed: number } | null;
  failed: { id: string; url: string; code: string | null; message: string | null; failedAt: string }[];
}

/** How often the page asks for fresh counts. */
const POLL_MS = 2_000;

const nf = new Intl.NumberFormat("en-GB");
const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/**
 * The queue page's live part: counts by status refreshed every two seconds
 * from GET /api/queue (no reload), the failed articles with their reasons,
 * and retry buttons that POST /api/articles/retry.
 */
export function QueueLive({ initial }: { initial: QueueState | null }) {
  const [state, setState] = useState<QueueState | null>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [updated, setUpdated] = useState<Date | null>(null);
  const [retrying, setRetrying] = useState<Set<string>>(new Set());
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const res = await fetch("/api/queue", { cache: "no-store" });
      const body = (await res.json().catch(() => null)) as QueueState | { error: { message: string } } | null;
      if (!res.ok || !body || "error" in body) {
        setProblem(
          res.status === 503
            ? "The database is unreachable; counts will come back when it does."
            : `Could not refresh: ${body && "error" in body ? body.error.message : `HTTP ${res.status}`}.`,
        );
        return;
      }
      setState(body);
      setProblem(null);
      setUpdated(new Date());
    } catch {
      setProblem("The server is not answering; retrying every two seconds.");
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    void refresh();
    const t = setInterval(() => {
      // A hidden tab need not poll; it refreshes when shown again.
      if (document.visibilityState === "visible") void refresh();
    }, POLL_MS);
    const onShow = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onShow);
    return () => {
      clearInterval(t);
      document.removeEventListener("visibilitychange", onShow);
    };
  }, [refresh]);

  async function retry(body: { ids: string[] } | { all: true }, keys: string[]) {
    setRetrying((s) => new Set([...s, ...keys]));
    try {
      const res = await fetch("/api/articles/retry", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) {
        const b = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setProblem(`Retry failed: ${b?.error?.message ?? `HTTP ${res.status}`}.`);
      }
      await refresh();
    } finally {
      setRetrying((s) => new Set([...s].filter((k) => !keys.includes(k))));
    }
  }

  const a = state?.articles;
  const counts = a
    ? [
        { label: "Queued", value: a.queued, hint: "waiting for the worker" },
        { label: "Running", value: a.fetching + a.extracting, hint: `${nf.format(a.fetching)} fetching, ${nf.format(a.extracting)} extracting` },
        { label: "Done", value: a.done, hint: "stored with their claims" },
        { label: "Failed", value: a.failed, hint: "see the reasons below" },
      ]
    : [];

  return (
    <>
      <AddUrlsForm onAdded={() => void refresh()} />
      <section aria-labelledby="status-title">
        <h2 id="status-title">Status</h2>
        {a ? (
          <dl className="counts" aria-live="polite" data-testid="counts">
            {counts.map((c) => (
              <div key={c.label} data-count={c.label.toLowerCase()}>
                <dt>{c.label}</dt>
                <dd>{nf.format(c.value)}</dd>
                <span className="muted small">{c.hint}</span>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">Loading counts…</p>
        )}
        <p className="muted small">
          {state?.jobs
            ? `Job queue: ${nf.format(state.jobs.waiting)} waiting, ${nf.format(state.jobs.active)} active, ${nf.format(state.jobs.delayed)} waiting to retry. `
            : updated && state
              ? "Job queue: Redis is unreachable, so new URLs cannot be queued; articles already stored are unaffected. "
              : ""}
          {updated ? `Updated ${updated.toLocaleTimeString("en-GB")}; refreshes every 2 s.` : null}
        </p>
        {problem ? (
          <p role="alert" style={{ color: "var(--danger)" }}>
            {problem}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="failed-title">
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: "1rem", flexWrap: "wrap" }}>
          <h2 id="failed-title">Failed</h2>
          {state && state.failed.length > 0 ? (
            <button type="button" className="secondary" disabled={retrying.has("*")} onClick={() => void retry({ all: true }, ["*"])}>
              {retrying.has("*") ? "Retrying…" : `Retry all failed (${nf.format(a?.failed ?? state.failed.length)})`}
            </button>
          ) : null}
        </div>
        {!state ? null : state.failed.length === 0 ? (
          <p className="muted">No failed articles.</p>
        ) : (
          <div className="table-wrap">
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Failed</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.failed.map((f) => (
                  <tr key={f.id}>
                    <td style={{ overflowWrap: "anywhere" }}>
                      <a href={`/articles/${f.id}`}>{f.url}</a>
                    </td>
                    <td>
                      {f.message ?? "no reason recorded"}
                      {f.code ? <div className="muted small">{f.code}</div> : null}
                    </td>
                    <td style={{ whiteSpace: "nowrap" }}>{when.format(new Date(f.failedAt))}</td>
                    <td>
                      <button type="button" className="secondary" disabled={retrying.has(f.id) || retrying.has("*")} onClick={() => void retry({ ids: [f.id] }, [f.id])}>
                        {retrying.has(f.id) ? "Retrying…" : "Retry"}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
