import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * apps/web uses the other workspaces through their package names (and their
 * exports maps, `@tally/db/testing` for test data), never by a relative path
 * into their folders: a path like "../../../packages/db/test/x.js" breaks as
 * soon as that package moves a file, and skips the build its exports describe.
 * The repository's shared test helpers (test/helpers) are the one exception.
 */

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = path.resolve(webDir, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name === ".next" || e.name.startsWith(".")) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx|mjs)$/.test(e.name) ? [p] : [];
  });
}

describe("apps/web's imports", () => {
  it("reach other workspaces by package name only", () => {
    const offenders: string[] = [];
    for (const file of sources(webDir)) {
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = path.resolve(path.dirname(file), spec!);
        const inside = target.startsWith(webDir + path.sep) || target.startsWith(path.join(repoDir, "test", "helpers") + path.sep);
        if (!inside) offenders.push(`${path.relative(repoDir, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
