/** @tally/db: the database client and the queries the apps run. Prisma's types stay inside. */
export { createDb, pingDb, type Db, type DbOptions } from "./client.js";
export * from "./queries/dashboard.js";
