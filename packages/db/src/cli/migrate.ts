#!/usr/bin/env node
/**
 * `npm run db:migrate` (deploy) and `npm run db:migration -- NAME` (create).
 * This command line is the package's one door to the environment: it reads
 * DATABASE_URL, the library functions take the URL as an argument.
 */
import { createMigration, migrateDeploy } from "../migrate.js";

const DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/tally";
const usage = "usage: migrate deploy | migrate create NAME";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_URL;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    console.error(`DATABASE_URL must be a postgresql:// URL, got ${JSON.stringify(databaseUrl)}`);
    return 2;
  }
  const where = describe(databaseUrl);
  if (command === "deploy" && rest.length === 0) {
    const { createdDatabase, applied } = await migrateDeploy(databaseUrl);
    if (createdDatabase) console.log(`created database ${where}`);
    if (applied.length === 0) console.log(`${where} is up to date; no migration to apply`);
    else console.log(`applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`);
    return 0;
  }
  if (command === "create" && rest.length === 1 && rest[0]) {
    const created = await createMigration(databaseUrl, rest[0]);
    if (created === null) console.log("schema.prisma matches the migrations; no migration created");
    else console.log(`created prisma/migrations/${created.name}/migration.sql:\n${created.sql}`);
    return 0;
  }
  console.error(usage);
  return 2;
}

/** host:port/database, without credentials, for messages. */
function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

/** One line per failure; connection errors name the server. */
function explain(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "EHOSTUNREACH" || e.code === "ETIMEDOUT") {
    return `cannot reach PostgreSQL at ${describe(process.env.DATABASE_URL || DEFAULT_URL)} (${e.code})`;
  }
  return (e.message ?? String(error)).split("\n")[0] ?? String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`migrate: ${explain(error)}`);
    process.exitCode = 1;
  },
);
