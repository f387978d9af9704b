import type { ReactNode } from "react";

/** What a page shows when there is nothing to show yet: what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      {children}
    </div>
  );
}

/** The usual next step when the database holds no claims. */
export function NoClaimsYet({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <EmptyState title="No claims match these filters">
      <p>
        Widen the dates, pick another party or metric, or <a href="?">clear the filters</a>.
      </p>
    </EmptyState>
  ) : (
    <EmptyState title="No claims yet">
      <p>
        Drop article URLs on the <a href="/queue">Queue</a> page, or run <code>npm run seed</code> to ingest the demo
        articles. Charts fill in as the worker extracts figures.
      </p>
    </EmptyState>
  );
}

/** Filter values the page ignored, each naming its field. */
export function FilterProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problem" role="alert" style={{ padding: "0.5rem 1rem" }}>
      <strong>Some filters were ignored:</strong>
      <ul style={{ margin: "0.25rem 0" }}>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
