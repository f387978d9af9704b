import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources (the "source" export
// condition), so tests never run against a stale dist/.
const conditions = ["source", "module", "node", "import", "default"];
// Vitest hands ssr.resolve.conditions to Node as --conditions for the test
// workers; "import" there makes require() pick packages' ESM entries (pg's
// require("pg-pool") then gets a module namespace and throws). So the server
// side lists only what Node may apply to require() as well.
const ssrConditions = ["source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: ssrConditions, externalConditions: ["source"] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{apps,packages}/*/src/**/*.test.ts", "{apps,packages}/*/test/**/*.test.ts", "corpus/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**", "**/dist/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{apps,packages}/*/src/**/*.int.test.ts", "{apps,packages}/*/test/**/*.int.test.ts", "test/**/*.int.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          // One PostgreSQL, one Redis, two cores: files run one after another.
          fileParallelism: false,
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
