import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const here = path.dirname(fileURLToPath(import.meta.url));

const config: NextConfig = {
  // The Docker image copies .next/standalone: a server.js with only the traced files.
  output: "standalone",
  // npm workspaces hoist dependencies to the repository root, so tracing starts there.
  outputFileTracingRoot: path.join(here, "../.."),
  turbopack: { root: path.join(here, "../..") },
  // Loaded by Node at run time, not bundled: the Prisma client carries its WASM
  // query compiler beside its JS, and BullMQ ships Lua scripts it reads from disk.
  serverExternalPackages: ["@tally/db", "@prisma/client", "@prisma/adapter-pg", "pg", "bullmq", "ioredis"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
