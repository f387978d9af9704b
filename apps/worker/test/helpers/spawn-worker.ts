import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./cli.js";
import type { testWorkerConfig } from "./harness.js";

/** Starts helpers/worker-child.ts in a new process; resolves once its worker is ready. */
export function spawnWorker(cfg: Parameters<typeof testWorkerConfig>[0]): Promise<ChildProcess> {
  const script = path.join(REPO_ROOT, "apps/worker/test/helpers/worker-child.ts");
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", script, JSON.stringify(cfg)], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("ready\n")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker child exited early (${code})`)));
    child.on("error", reject);
  });
}
