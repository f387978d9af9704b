import { describe, expect, it } from "vitest";
import { ClaimFiltersSchema, lastDayOf } from "./filters.js";

describe("ClaimFiltersSchema", () => {
  it("treats empty query values as absent and normalises parties and dates", () => {
    const f = ClaimFiltersSchema.parse({ metric: "killed", party: "kp", sourceParty: "", from: "2025", to: "2025-02" });
    expect(f).toEqual({ metric: "killed", party: "KP", from: "2025-01-01", to: "2025-02-28" });
  });

  it("reads query booleans by their words", () => {
    expect(ClaimFiltersSchema.parse({ excludeEchoes: "false" }).excludeEchoes).toBe(false);
    expect(ClaimFiltersSchema.parse({ excludeEchoes: "1" }).excludeEchoes).toBe(true);
    expect(ClaimFiltersSchema.safeParse({ excludeEchoes: "maybe" }).success).toBe(false);
  });

  it("names the bad field", () => {
    const r = ClaimFiltersSchema.safeParse({ metric: "deaths" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["metric"]);
  });

  it("rejects days the calendar lacks and reversed ranges", () => {
    expect(ClaimFiltersSchema.safeParse({ to: "2025-02-30" }).error?.issues[0]?.path).toEqual(["to"]);
    expect(ClaimFiltersSchema.safeParse({ from: "2025-03", to: "2025-02" }).error?.issues[0]?.path).toEqual(["from"]);
  });

  it("ends a leap February on the 29th", () => {
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
  });
});

describe("ClaimFiltersSchema on malformed dates", () => {
  it("answers with an issue, never a throw", () => {
    for (const d of ["0000-00-00", "0000", "2025-13", "2025-00-10", "20250101", "2025-1-1"]) {
      const r = ClaimFiltersSchema.safeParse({ from: d });
      expect(r.success, d).toBe(false);
      expect(r.error?.issues[0]?.path, d).toEqual(["from"]);
    }
  });
});
