/** What a page shows while its data loads: its title at once, and a quiet note instead of a spinner. */
export function Loading({ title, what }: { title: string; what: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="muted" role="status" aria-live="polite">
        Loading {what}…
      </p>
    </>
  );
}
