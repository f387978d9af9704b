/**
 * Runs once when the server starts (not during `next build`): parses the
 * settings so that an invalid variable stops the server at start-up, listing
 * every bad one, rather than on the first request.
 */
export async function register(): Promise<void> {
  // Next sets NEXT_RUNTIME itself; the edge runtime has no process to exit.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./src/server/env");
  env();
}
