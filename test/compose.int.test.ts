// The compose file cannot be run here (no Docker engine), so it is checked by
// construction: against the Compose schema (dclint), by docker-compose 1.29's
// own parser when Debian's package is installed, and against this repository
// (every command it runs must exist after `npm run build`).
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv as parseWorkerEnv, EnvSchema as WorkerEnvSchema } from "../apps/worker/src/env.js";
import { parseEnv as parseWebEnv, EnvSchema as WebEnvSchema } from "../apps/web/src/server/env.js";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const composePath = path.join(root, "docker-compose.yml");

interface Service {
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
  environment?: Record<string, string>;
}
const compose = parse(readFileSync(composePath, "utf8"), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

describe("docker-compose.yml", () => {
  it("passes the Compose schema (dclint)", async () => {
    const bin = path.join(root, "node_modules/.bin/dclint");
    const { stdout } = await run(bin, [composePath, "-c", path.join(root, ".dclintrc.yaml"), "-q"], { cwd: root });
    expect(stdout).not.toMatch(/error/);
  });

  it.runIf(existsSync("/usr/bin/docker-compose"))("parses with docker-compose config -q", async () => {
    await run("/usr/bin/docker-compose", ["-f", composePath, "config", "-q"], { cwd: root });
  });

  it("starts services in order: data stores healthy, then migrate, then the apps", () => {
    expect(Object.keys(services).sort()).toEqual(["migrate", "postgres", "redis", "seed", "web", "worker"]);
    expect(services.postgres?.healthcheck).toBeDefined();
    expect(services.redis?.healthcheck).toBeDefined();
    expect(services.migrate?.depends_on?.postgres?.condition).toBe("service_healthy");
    for (const app of ["worker", "web", "seed"]) {
      expect(services[app]?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
      expect(services[app]?.depends_on?.redis?.condition).toBe("service_healthy");
    }
    for (const [name, svc] of Object.entries(services)) {
      for (const dep of Object.keys(svc.depends_on ?? {})) expect(services, `${name} depends on ${dep}`).toHaveProperty(dep);
    }
  });

  it("runs only commands that exist in the built repository", () => {
    const rootPkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const webPkg = JSON.parse(readFileSync(path.join(root, "apps/web/package.json"), "utf8")) as { scripts: Record<string, string> };
    for (const [name, svc] of Object.entries(services)) {
      const cmd = svc.command;
      if (!cmd) continue;
      if (cmd[0] === "node") expect(existsSync(path.join(root, cmd[1]!)), `${name}: ${cmd[1]}`).toBe(true);
      if (cmd[0] === "npm" && cmd[1] === "run" && cmd.includes("-w")) expect(webPkg.scripts).toHaveProperty(cmd[2]!);
      else if (cmd[0] === "npm" && cmd[1] === "run") expect(rootPkg.scripts).toHaveProperty(cmd[2]!);
    }
  });

  it("gives every app the settings of interfaces.md", () => {
    for (const app of ["migrate", "worker", "web", "seed"]) {
      expect(services[app]?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\/tally$/);
      expect(services[app]?.environment?.REDIS_URL).toBe("redis://redis:6379");
    }
    expect(services.web?.environment?.PORT).toBe("3000");
  });

  it("passes the worker's tunable settings from the shell or .env, defaulting to the app's own defaults", () => {
    const env = services.worker?.environment ?? {};
    const defaults = parseWorker({});
    for (const name of ["WORKER_PROCESSES", "WORKER_CONCURRENCY", "FETCH_TIMEOUT_MS", "FETCH_MAX_BYTES", "LOG_LEVEL"] as const) {
      const value = env[name];
      const interpolated = /^\$\{([A-Z_]+):-(.*)\}$/.exec(value ?? "");
      expect(interpolated?.[1], `${name}: ${value}`).toBe(name);
      expect(parseWorker({ [name]: interpolated![2] })[name], name).toEqual(defaults[name]);
    }
  });
});

/** The worker's settings parsed from `source`; throws listing the invalid ones. */
function parseWorker(source: Record<string, string>) {
  const r = parseWorkerEnv(source);
  if (!r.ok) throw new Error(r.errors.join("; "));
  return r.env;
}

describe("the settings", () => {
  const example = new Map(
    readFileSync(path.join(root, ".env.example"), "utf8")
      .split("\n")
      .flatMap((l) => {
        const m = /^([A-Z_]+)=(.*)$/.exec(l);
        return m ? [[m[1]!, m[2]!] as const] : [];
      }),
  );
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("## Settings"), readme.indexOf("\n## ", readme.indexOf("## Settings") + 1));
  const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);
  // TALLY_SEED_DEMO is read by scripts/start.mjs, the only setting outside the apps' schemas.
  const read = new Set([...Object.keys(WorkerEnvSchema.shape), ...Object.keys(WebEnvSchema.shape), "TALLY_SEED_DEMO"]);

  it("are the same in .env.example, README's table and the apps' schemas", () => {
    expect([...example.keys()].sort()).toEqual([...read].sort());
    expect([...documented].sort()).toEqual([...read].sort());
  });

  it(".env.example shows each app's default", () => {
    const worker = parseWorker({});
    const web = parseWebEnv({});
    for (const [name, value] of example) {
      if (name in WorkerEnvSchema.shape) expect(parseWorker({ [name]: value })[name as keyof typeof worker], name).toEqual(worker[name as keyof typeof worker]);
      if (name in WebEnvSchema.shape) expect(parseWebEnv({ [name]: value })[name as keyof typeof web], name).toEqual(web[name as keyof typeof web]);
    }
  });
});
