"use client";

/**
 * The last resort, when even the root layout failed: a page of its own
 * (it replaces the layout, so it brings <html> and <body>).
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", lineHeight: 1.5 }}>
        <h1>Tally could not start this page</h1>
        <p>
          Something failed before the page could be laid out. <a href="/api/health">Service status</a> says whether
          PostgreSQL and Redis answer; the server&apos;s log has the details.
        </p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </body>
    </html>
  );
}
