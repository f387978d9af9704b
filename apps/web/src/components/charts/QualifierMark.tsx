import type { ChartPoint } from "@/lib/view";
import { claimHref } from "@/lib/view";
import { formatDate, formatFigure } from "@/lib/format";
import { partyName } from "@/lib/parties";

/** The kind of pointer that last pressed a point ("mouse", "touch", "pen"). */
let lastPointer = "mouse";
/** The point a finger tapped last: tapping it again follows its link. */
let tapped: string | null = null;

/** Radius of a point, in pixels: big enough to hit with a finger on a phone. */
const R = 5;

/**
 * One claim drawn as a link to its sentence, its shape telling its qualifier:
 * a filled dot for a plain figure, a ring for an approximate one, a triangle
 * pointing up for "at least" and down for "at most". Ranges are a dot with an
 * error bar drawn by the chart.
 */
export function QualifierMark(props: {
  cx?: number;
  cy?: number;
  fill?: string;
  payload?: ChartPoint;
  /** Called when the pointer or keyboard focus reaches the point, with its position in the chart. */
  onShow?: (p: ChartPoint, x: number, y: number) => void;
  onHide?: () => void;
}) {
  const { cx, cy, fill, payload: p, onShow, onHide } = props;
  if (cx === undefined || cy === undefined || !p || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const colour = fill ?? "#888";
  let shape;
  switch (p.qualifier) {
    case "at_least":
      shape = <path d={`M${cx},${cy - R - 1}L${cx + R + 1},${cy + R}L${cx - R - 1},${cy + R}Z`} fill={colour} />;
      break;
    case "at_most":
      shape = <path d={`M${cx},${cy + R + 1}L${cx + R + 1},${cy - R}L${cx - R - 1},${cy - R}Z`} fill={colour} />;
      break;
    case "approx":
      shape = <circle cx={cx} cy={cy} r={R - 0.75} fill="#fff" stroke={colour} strokeWidth={2.5} />;
      break;
    default:
      shape = <circle cx={cx} cy={cy} r={R} fill={colour} stroke="#fff" strokeWidth={1} />;
  }
  const label = `${partyName(p.party)}: ${formatFigure(p)}, ${p.source}, ${formatDate(p.date)}`;
  return (
    <a
      href={claimHref(p)}
      className="claim-point"
      data-claim={p.id}
      data-party={p.party ?? ""}
      aria-label={label}
      onMouseEnter={() => onShow?.(p, cx, cy)}
      onFocus={() => onShow?.(p, cx, cy)}
      onMouseLeave={() => onHide?.()}
      onBlur={() => onHide?.()}
      onPointerDown={(e) => {
        lastPointer = e.pointerType;
      }}
      onClick={(e) => {
        // A finger has no hover: the first tap shows the figure, a second one follows the link.
        if (lastPointer === "touch" && tapped !== p.id) {
          e.preventDefault();
          tapped = p.id;
          onShow?.(p, cx, cy);
        }
      }}
    >
      {/* A larger transparent disc: a point is easier to hit, with a mouse or a finger. */}
      <circle cx={cx} cy={cy} r={R + 5} fill="transparent" />
      {shape}
    </a>
  );
}
