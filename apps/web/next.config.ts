import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const here = path.dirname(fileURLToPath(import.meta.url));

const config: NextConfig = {
  // No `output: "standalone"`: `npm start`, compose and the tests all run
  // `next start`, which Next refuses to pair with it. npm workspaces hoist
  // dependencies to the repository root, so file tracing starts there.
  outputFileTracingRoot: path.join(here, "../.."),
  turbopack: { root: path.join(here, "../..") },
  // Loaded by Node at run time, not bundled: the Prisma client carries its WASM
  // query compiler beside its JS, and BullMQ ships Lua scripts it reads from disk.
  serverExternalPackages: ["@tally/db", "@prisma/client", "@prisma/adapter-pg", "pg", "bullmq", "ioredis"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
