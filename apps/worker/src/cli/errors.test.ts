import { describe, expect, it } from "vitest";
import { AppError } from "@tally/core";
import { describeDatabase, describeError } from "./errors.js";

const URL = "postgresql://tally:secret@db.internal:5433/tally";

/** An error shaped as Prisma 7's client throws it (name, code, message frame). */
function prismaError(code: string, cause: string, call = "prisma.article.groupBy()"): Error {
  return Object.assign(new Error(`\nInvalid \`${call}\` invocation:\n\n\n${cause}`), { name: "PrismaClientKnownRequestError", code });
}

describe("describeDatabase", () => {
  it("names host, port and database without credentials", () => {
    expect(describeDatabase(URL)).toBe("db.internal:5433/tally");
    expect(describeDatabase("postgresql://postgres@127.0.0.1/x")).toBe("127.0.0.1:5432/x");
  });
});

describe("describeError", () => {
  it("says PostgreSQL is unreachable, from the client's error or a raw query's", () => {
    const expected = "cannot reach PostgreSQL at db.internal:5433/tally; is it running, and is DATABASE_URL right?";
    expect(describeError(prismaError("P1001", "Can't reach database server at db.internal:5433"), URL)).toBe(expected);
    const raw = prismaError("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at db.internal`", "prisma.$queryRaw()");
    expect(describeError(raw, URL)).toBe(expected);
  });

  it("points an unmigrated or missing database at npm run db:migrate", () => {
    expect(describeError(prismaError("P2021", "The table `public.article` does not exist in the current database."), URL)).toBe(
      "the database db.internal:5433/tally has no Tally tables (The table `public.article` does not exist in the current database.); run `npm run db:migrate`",
    );
    const raw = prismaError("P2010", 'Raw query failed. Code: `42P01`. Message: `relation "claim" does not exist`', "prisma.$queryRaw()");
    expect(describeError(raw, URL)).toMatch(/has no Tally tables \(relation "claim" does not exist\); run `npm run db:migrate`$/);
    expect(describeError(prismaError("P1003", "Database `tally` does not exist on the database server"), URL)).toBe(
      "the database db.internal:5433/tally does not exist; `npm run db:migrate` creates and migrates it",
    );
  });

  it("keeps other causes on one line, without Prisma's frame", () => {
    const raw = prismaError("P2010", 'Raw query failed. Code: `28000`. Message: `role "nobody" does not exist`', "prisma.$queryRaw()");
    expect(describeError(raw, URL)).toBe('role "nobody" does not exist');
    expect(describeError(new AppError("redis_unavailable", "Redis unavailable at redis://r:6379"), URL)).toBe("redis_unavailable: Redis unavailable at redis://r:6379");
    expect(describeError("plain", URL)).toBe("plain");
  });
});
