/**
 * `@tally/db/testing`: what other workspaces' tests need of this package (the
 * dashboard's hand-made fixture), through an entry point of its own so that
 * they never reach into its folders. The apps themselves do not import it.
 */
export { ARTICLES, OUTLETS, fixtureClaims, seedDashboard } from "./dashboard-fixture.js";
export { claimRow, toneColumns, type SeedClaim } from "./rows.js";
