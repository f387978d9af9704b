/** A chart's legend as HTML (wraps on a phone, readable by screen readers), with a key to the point shapes. */
export function Legend({ items, band, shapes }: { items: { label: string; colour: string }[]; band?: string | undefined; shapes?: boolean }) {
  return (
    <ul className="legend">
      {items.map((i) => (
        <li key={i.label}>
          <span className="swatch" style={{ background: i.colour }} aria-hidden />
          {i.label}
        </li>
      ))}
      {band ? (
        <li>
          <span className="swatch band" style={{ background: "#555" }} aria-hidden />
          {band}
        </li>
      ) : null}
      {shapes ? (
        <li className="muted" title="How each point's shape shows the wording of its figure">
          <svg width="58" height="12" aria-hidden viewBox="0 0 58 12">
            <circle cx="6" cy="6" r="4.5" fill="#666" />
            <circle cx="20" cy="6" r="3.7" fill="#fff" stroke="#666" strokeWidth="2" />
            <path d="M34,1L39,10L29,10Z" fill="#666" />
            <path d="M48,11L53,2L43,2Z" fill="#666" />
          </svg>
          exact · about · at least · at most
        </li>
      ) : null}
    </ul>
  );
}
