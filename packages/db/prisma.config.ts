// Prisma 7 reads the connection string here, not from schema.prisma.
// Only the CLI reads this file; the app passes its URL to createDb().
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tally" },
});
