#!/usr/bin/env node
// `npm start`: the compose stack without Docker, against DATABASE_URL and
// REDIS_URL. Migrates, then runs the worker and the web app side by side, then
// seeds the demo articles when the database is empty (as compose's `seed` does).
//
// Stopping: Ctrl-C, SIGTERM or SIGHUP asks both services to stop once (SIGTERM):
// the worker finishes the jobs in hand, the web app closes. Asking again later
// stops the worker at once. If either service dies, the other is stopped too
// and its exit code is passed on.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = ["packages/db/dist/cli/migrate.js", "apps/worker/dist/main.js", "apps/web/.next/BUILD_ID"];
const missing = built.filter((f) => !existsSync(path.join(root, f)));
if (missing.length > 0) {
  console.error(`tally: not built (missing ${missing.join(", ")}); run \`npm run build\` first`);
  process.exit(1);
}

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
function runOnce(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const migrated = await runOnce(process.execPath, ["packages/db/dist/cli/migrate.js", "deploy"]);
if (migrated !== 0) process.exit(migrated);

/**
 * A long-running service in a process group of its own. A terminal's Ctrl-C
 * goes to its whole foreground group: if the services were in it, each would
 * get SIGINT from the terminal and then SIGTERM from here, and the worker
 * takes a second request as "stop now", dropping the jobs in hand. So only
 * this process hears the terminal, and it alone tells the services to stop.
 */
function service(args, cwd) {
  return spawn(process.execPath, args, { cwd, stdio: ["ignore", "inherit", "inherit"], detached: true });
}

const children = [
  service(["apps/worker/dist/main.js"], root),
  // On this machine only, as the compose file publishes it: the dashboard has no login, and its API can queue and retry work.
  service([path.join(root, "node_modules/next/dist/bin/next"), "start", "--hostname", "127.0.0.1"], path.join(root, "apps/web")),
];
const running = () => children.filter((c) => c.exitCode === null && c.signalCode === null);

/**
 * A repeated request within this time is the same Ctrl-C arriving twice (from
 * the terminal and forwarded by npm when `sh -c` hands over to node), not a
 * person asking again.
 */
const SAME_REQUEST_MS = 1_000;
let stopRequestedAt = 0;
let exitCode = 0;

function stopAll() {
  const now = Date.now();
  if (stopRequestedAt === 0) {
    stopRequestedAt = now;
    if (running().length === children.length) console.error("tally: stopping (the worker finishes its jobs in hand; Ctrl-C again stops it at once)");
  } else if (now - stopRequestedAt < SAME_REQUEST_MS) {
    return;
  } else {
    stopRequestedAt = now;
  }
  for (const c of running()) c.kill("SIGTERM");
}

for (const c of children) {
  c.on("exit", (code, signal) => {
    if (stopRequestedAt === 0) exitCode = code ?? (signal ? 1 : 0);
    stopAll();
    if (running().length === 0) process.exit(exitCode);
  });
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, stopAll);
// The services are not in this process's group: never leave them behind, even
// when this process ends by an error.
process.on("exit", () => {
  for (const c of running()) c.kill("SIGTERM");
});

if (process.env.TALLY_SEED_DEMO !== "0") {
  // The seed command skips itself when articles exist; it only enqueues.
  const seeded = await runOnce(process.execPath, ["apps/worker/bin/tally.js", "seed"]);
  if (seeded !== 0 && stopRequestedAt === 0) console.error("tally: demo seeding failed; the stack keeps running (run `npm run seed` to retry)");
}
