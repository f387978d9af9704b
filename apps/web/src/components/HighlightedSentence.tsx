import { findFigure } from "@/lib/highlight";
import type { FigureLike } from "@/lib/format";

/** A claim's sentence with its figure marked, or plain when the figure is written in words. */
export function HighlightedSentence({ sentence, figure }: { sentence: string; figure: FigureLike }) {
  const span = findFigure(sentence, figure);
  if (!span) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, span.start)}
      <mark className="figure">{sentence.slice(span.start, span.end)}</mark>
      {sentence.slice(span.end)}
    </>
  );
}
