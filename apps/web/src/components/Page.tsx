import type { ReactNode } from "react";
import { DataProblem, type LoadFailure } from "./DataProblem";

/**
 * The frame every page shares: its title and lede, and, when its data could
 * not be read, the same intro followed by what failed in place of the rest.
 */

/** A page's title and the sentence under it that says what the page is for. */
export function PageIntro({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      {children ? <p className="lede">{children}</p> : null}
    </>
  );
}

/**
 * A page whose data could not be read: its intro as usual, so the reader
 * knows where they are, then what failed and what to do in place of the rest.
 */
export function PageFailed({ intro, failure }: { intro?: ReactNode; failure: LoadFailure }) {
  return (
    <>
      {intro}
      <DataProblem failure={failure} />
    </>
  );
}
