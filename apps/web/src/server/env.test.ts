import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills the documented defaults, empty meaning unset", () => {
    expect(parseEnv({ PORT: "", REDIS_URL: undefined })).toEqual({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/tally",
      REDIS_URL: "redis://127.0.0.1:6379",
      PORT: 3000,
      QUEUE_PREFIX: "bull",
      LOG_LEVEL: "info",
    });
  });

  it("lists every invalid variable at once", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://x", REDIS_URL: "nope", PORT: "70000", LOG_LEVEL: "loud" });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const name of ["DATABASE_URL", "REDIS_URL", "PORT", "LOG_LEVEL"]) expect(message).toContain(`${name}:`);
  });
});
