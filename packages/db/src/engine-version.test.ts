import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

// migrate.ts drives @prisma/schema-engine-wasm beside the `prisma` CLI that
// generates the client. The two must be built from the same engines commit, or
// folders and history rows could differ from what `prisma migrate` writes.
// Bumping one without the other fails here rather than in someone's database.
const require = createRequire(import.meta.url);
const packageJson = (entry: string) => JSON.parse(readFileSync(join(dirname(require.resolve(entry)), "package.json"), "utf8"));

describe("the WASM schema engine", () => {
  it("comes from the same engines build as the prisma CLI and client", () => {
    const wasm = packageJson("@prisma/schema-engine-wasm/schema_engine_bg").version as string;
    const prisma = require("prisma/package.json").version as string;
    const client = require("@prisma/client/package.json").version as string;
    const { enginesVersion } = require("@prisma/engines-version") as { enginesVersion: string };
    expect(client).toBe(prisma);
    // "7.10.0-4.0edf323e…": the CLI's version, a build number, the engines commit.
    const [base, build] = wasm.split("-");
    expect(base).toBe(prisma);
    expect(build?.replace(/^\d+\./, "")).toBe(enginesVersion);
  });
});
