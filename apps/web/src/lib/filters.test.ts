import { describe, expect, it } from "vitest";
import { formValues, parseFilters, toQuery } from "./filters";

describe("parseFilters", () => {
  it("normalises good values and keeps them raw for the form", () => {
    const p = parseFilters({ party: "ru", from: "2025-01", to: "", metric: "killed", page: "2" });
    expect(p.filters).toMatchObject({ party: "RU", from: "2025-01-01", metric: "killed" });
    expect(p.raw).toEqual({ party: "ru", from: "2025-01", metric: "killed" });
    expect(p.problems).toEqual([]);
  });
  it("drops a bad value, names it, and keeps the others", () => {
    const p = parseFilters({ party: "Russia", metric: "killed", from: ["2025-13", "2024"] });
    expect(p.filters).toEqual({ metric: "killed" });
    expect(p.problems.map((s) => s.split(":")[0]).sort()).toEqual(["from", "party"]);
  });
});

describe("toQuery", () => {
  it("leaves out empty values", () => {
    expect(toQuery({ party: "UA", metric: "", from: undefined, page: 2 })).toBe("?party=UA&page=2");
    expect(toQuery({})).toBe("");
  });
});

describe("formValues", () => {
  it("widens partial dates to the whole days a date input can hold", () => {
    const p = parseFilters({ from: "2025", to: "2025-02", party: "ru" });
    expect(formValues(p.raw, p.filters)).toEqual({ from: "2025-01-01", to: "2025-02-28", party: "ru" });
  });
});
