import { env } from "@/server/env";
import { isDbUnavailable } from "@/server/errors";

/** Where the database is, without its password: "127.0.0.1:5432/tally". */
function databaseLocation(): string {
  try {
    const u = new URL(env().DATABASE_URL);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/**
 * Says what failed when a page could not read its data, in words a user can
 * act on; the details go to the server's log, never a stack trace to the page.
 */
export function DataProblem({ failure }: { failure: LoadFailure }) {
  const { error, what } = failure;
  if (isDbUnavailable(error)) {
    return (
      <div className="problem" role="alert">
        <h2>The database is unreachable at {databaseLocation()}</h2>
        <p>
          Could not load {what}. Start PostgreSQL (or <code>docker compose up</code>), or point <code>DATABASE_URL</code> at
          a running server, then reload this page.
        </p>
      </div>
    );
  }
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : null;
  const missingTable = code === "P2010" || code === "42P01" || /relation .* does not exist/i.test(String((error as Error)?.message ?? ""));
  return (
    <div className="problem" role="alert">
      <h2>Could not load {what}</h2>
      {missingTable ? (
        <p>
          The database at {databaseLocation()} has no Tally tables yet. Run <code>npm run db:migrate</code> (or{" "}
          <code>npm start</code>, which migrates first), then reload.
        </p>
      ) : (
        <p>The query failed on the server{code ? ` (${code})` : ""}. The server log has the details; reload to try again.</p>
      )}
    </div>
  );
}

/** What a page's data loading gave: its data, or what failed. */
export type Loaded<T> = { ok: true; data: T } | LoadFailure;

/** Data a page could not read: the error (for DataProblem and the log) and, in words, what it was ("the claims"). */
export interface LoadFailure {
  ok: false;
  error: unknown;
  what: string;
}

/** Runs a page's data loading; on failure logs the error and returns it for PageFailed or DataProblem. */
export async function load<T>(what: string, fn: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    console.error(`[web] loading ${what} failed:`, error);
    return { ok: false, error, what };
  }
}
