import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Starts the built dashboard (`next start`) as a child process on a free
 * loopback port, for tests that speak HTTP to it (the API tests, the browser
 * test). Builds it first when .next is missing or older than its sources.
 */

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = path.resolve(webDir, "../..");
const nextBin = createRequire(path.join(webDir, "package.json")).resolve("next/dist/bin/next");

/** Newest modification time under `p` (a file or a directory), skipping node_modules. */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) {
    if (name === "node_modules" || name === ".next") continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

/**
 * Runs `next build` unless .next/BUILD_ID is newer than the app's sources and
 * the workspace packages' dist/ it loads at run time. (`npm test` builds
 * everything first, so there this is a check, not a build.)
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: webDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 300_000,
    });
    if (r.status === 0) return;
    // Someone else's `next build` (a developer's, `npm run build`) holds .next:
    // wait for it to finish, then use its result if it is fresh.
    if (attempt < 2 && /Another next build process is already running/.test(`${r.stdout}${r.stderr}`)) {
      const until = Date.now() + 120_000;
      while (Date.now() < until && !isFresh()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
      if (isFresh()) return;
      continue;
    }
    throw new Error(`next build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** True when .next/BUILD_ID is newer than every source the build reads. */
function isFresh(): boolean {
  const buildId = path.join(webDir, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sources = ["app", "src", "next.config.ts", "instrumentation.ts", "package.json"].map((p) => path.join(webDir, p));
  const deps = ["packages/core/dist", "packages/db/dist"].map((p) => path.join(repoDir, p));
  return built > Math.max(...[...sources, ...deps].map(newest));
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface WebServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  /** Everything the server wrote so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `next start` with `env` added to this process's environment and
 * waits until it answers /api/health (with any status: Redis may be down on
 * purpose). Call `ensureBuilt()` first, once.
 */
export async function startWebServer(env: Record<string, string>): Promise<WebServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = "";
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${out}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer within 30 s:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, output: () => out, stop };
}
