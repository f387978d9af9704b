import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "./cli.js";

/** Runs the command line with captured output; only paths that need no database or Redis. */
async function run(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe("tally (the command line of interfaces.md)", () => {
  it("--help lists every command, the exit statuses and the settings, exit 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    for (const command of ["extract", "add", "status", "retry", "export", "seed"]) expect(r.out).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(r.out).toContain("Exit status: 0 success, 1 when any input failed, 2 on a usage error.");
    for (const setting of ["DATABASE_URL", "REDIS_URL", "QUEUE_PREFIX", "TALLY_FETCH_ALLOW_PRIVATE"]) expect(r.out).toContain(setting);
  });

  it("export --help names the metrics and items a filter takes", async () => {
    const r = await run("export", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain('"troops_deployed"');
    expect(r.out).toContain('"air_defense"');
  });

  it.each([[[]], [["bogus"]], [["export", "--metric", "vibes"]], [["export", "--format", "xml"]], [["extract"]], [["retry"]]])(
    "exits 2 on a usage error: tally %j",
    async (argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).not.toBe("");
    },
  );
});
