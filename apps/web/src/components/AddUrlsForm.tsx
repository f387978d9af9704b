"use client";

import { useState, type FormEvent } from "react";

interface Accepted {
  url: string;
  id: string;
  status: string;
}
interface Rejected {
  url: string;
  error: { code: string; message: string };
}

/** Largest batch the API takes in one request (interfaces.md). */
const MAX_URLS = 1000;

/**
 * The queue page's drop box: one URL a line, posted to POST /api/articles;
 * then each line is listed as accepted (with its article's status) or
 * rejected (with the reason), so a user can fix and resend the bad ones.
 */
export function AddUrlsForm({ onAdded }: { onAdded?: () => void }) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ accepted: Accepted[]; rejected: Rejected[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const urls = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    setProblem(null);
    if (urls.length === 0) {
      setProblem("Paste at least one URL, one a line.");
      return;
    }
    if (urls.length > MAX_URLS) {
      setProblem(`At most ${MAX_URLS.toLocaleString("en-GB")} URLs at a time; this has ${urls.length.toLocaleString("en-GB")}. Split the list.`);
      return;
    }
    setBusy(true);
    try {
      const res = await fetch("/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ urls }),
      });
      const body = (await res.json().catch(() => null)) as
        | { accepted: Accepted[]; rejected: Rejected[] }
        | { error: { code: string; message: string } }
        | null;
      if (!res.ok || !body || "error" in body) {
        const why = body && "error" in body ? body.error.message : `the server answered ${res.status}`;
        setProblem(
          res.status === 503 ? `Could not queue the URLs: ${why}. Is Redis (REDIS_URL) running? Nothing was lost; try again.` : `Could not queue the URLs: ${why}.`,
        );
        return;
      }
      setResult(body);
      // Keep only the rejected lines in the box, so they can be fixed and sent again.
      setText(body.rejected.map((r) => r.url).join("\n"));
      onAdded?.();
    } catch (err) {
      setProblem(`Could not reach the server: ${(err as Error).message}.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">Add articles</h2>
      <form onSubmit={submit} method="post" action="/api/articles">
        <label htmlFor="urls" className="muted small">
          One URL a line (http or https). Known URLs are not fetched twice.
        </label>
        <textarea
          id="urls"
          name="urls"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={"https://example.org/news/kursk-losses\nhttps://example.com/2025/01/20/north-korean-troops"}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
        <p style={{ display: "flex", gap: "0.75rem", alignItems: "center" }}>
          <button type="submit" disabled={busy}>
            {busy ? "Queueing…" : "Queue these URLs"}
          </button>
          {problem ? (
            <span role="alert" style={{ color: "var(--danger)" }}>
              {problem}
            </span>
          ) : null}
        </p>
      </form>
      {result ? (
        <div className="results" aria-live="polite">
          <div>
            <h3>
              Accepted ({result.accepted.length.toLocaleString("en-GB")})
            </h3>
            {result.accepted.length === 0 ? <p className="muted">None.</p> : null}
            <ul className="lines" data-testid="accepted">
              {result.accepted.map((a) => (
                <li key={`${a.id}-${a.url}`}>
                  <span className={`status ${a.status}`}>{a.status}</span> <a href={`/articles/${a.id}`}>{a.url}</a>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Rejected ({result.rejected.length.toLocaleString("en-GB")})</h3>
            {result.rejected.length === 0 ? <p className="muted">None.</p> : null}
            <ul className="lines" data-testid="rejected">
              {result.rejected.map((r, i) => (
                <li key={`${i}-${r.url}`}>
                  <code>{r.url}</code>
                  <div style={{ color: "var(--danger)" }}>
                    {r.error.message} <span className="muted small">({r.error.code})</span>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </section>
  );
}
