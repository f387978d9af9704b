#!/usr/bin/env node
// `npm start`: the compose stack without Docker, against DATABASE_URL and
// REDIS_URL. Migrates, then runs the worker and the web app side by side, then
// seeds the demo articles when the database is empty (as compose's `seed` does).
// Ctrl-C (SIGINT) or SIGTERM stops both children and waits for them; if either
// child dies, the other is stopped too and the exit code is passed on.
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

const children = [
  spawn(process.execPath, ["apps/worker/dist/main.js"], { cwd: root, stdio: "inherit" }),
  spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start"], {
    cwd: path.join(root, "apps/web"),
    stdio: "inherit",
  }),
];

let stopping = false;
let exitCode = 0;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill(signal);
}
for (const c of children) {
  c.on("exit", (code, signal) => {
    if (!stopping) exitCode = code ?? (signal ? 1 : 0);
    stopAll("SIGTERM");
    if (children.every((k) => k.exitCode !== null || k.signalCode !== null)) process.exit(exitCode);
  });
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopAll(sig === "SIGINT" ? "SIGTERM" : sig));

if (process.env.TALLY_SEED_DEMO !== "0") {
  // The seed command skips itself when articles exist; it only enqueues.
  const seeded = await runOnce(process.execPath, ["apps/worker/bin/tally.js", "seed"]);
  if (seeded !== 0) console.error("tally: demo seeding failed; the stack keeps running (run `npm run seed` to retry)");
}
