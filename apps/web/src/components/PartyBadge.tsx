import { partyColour, partyName } from "@/lib/parties";

/** A party's colour dot and name, the same everywhere on the dashboard. */
export function PartyBadge({ code, unknown }: { code: string | null; unknown?: string }) {
  return (
    <span className="party" title={code ?? undefined}>
      <span className="swatch" style={{ background: partyColour(code) }} aria-hidden />
      {partyName(code, unknown)}
    </span>
  );
}
