import { describe, expect, it } from "vitest";
import { dateFromUrl, findWrittenDate, parseDate } from "./dates.js";

describe("parseDate", () => {
  it("keeps the publisher's calendar day of an ISO timestamp", () => {
    expect(parseDate("2025-01-20T23:30:00-05:00")).toBe("2025-01-20");
    expect(parseDate("2025-02-27T23:40:00+09:00")).toBe("2025-02-27");
    expect(parseDate("2025-03-04")).toBe("2025-03-04");
  });

  it("reads RFC 2822, written months, compact and epoch forms", () => {
    expect(parseDate("Mon, 20 Jan 2025 10:00:00 GMT")).toBe("2025-01-20");
    expect(parseDate("January 20th, 2025")).toBe("2025-01-20");
    expect(parseDate("Sept. 3, 2024 5:10 p.m.")).toBe("2024-09-03");
    expect(parseDate("20250120")).toBe("2025-01-20");
    expect(parseDate("1737331200")).toBe("2025-01-20");
  });

  it("reads day-first numerals only when they cannot be read the other way, or with dots", () => {
    expect(parseDate("20/01/2025")).toBe("2025-01-20");
    expect(parseDate("01/20/2025")).toBe("2025-01-20");
    expect(parseDate("03.04.2025")).toBe("2025-04-03");
    expect(parseDate("03/04/2025")).toBeNull();
  });

  it("rejects impossible and absent dates", () => {
    expect(parseDate("2025-02-30")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate("1850-01-01")).toBeNull();
  });
});

describe("findWrittenDate", () => {
  it("finds the first date written in words inside a line", () => {
    expect(findWrittenDate("Updated: 14 March 2025, 09:12")).toBe("2025-03-14");
    expect(findWrittenDate("Posted by staff on Feb 3 2025")).toBe("2025-02-03");
    expect(findWrittenDate("in April of this year")).toBeNull();
  });
});

describe("dateFromUrl", () => {
  it("reads /yyyy/mm/dd/, yyyy-mm-dd and yyyymmdd path forms", () => {
    expect(dateFromUrl("https://news.example/world/2025/01/20/troops-kursk")).toBe("2025-01-20");
    expect(dateFromUrl("https://news.example/2025-01-20-troops")).toBe("2025-01-20");
    expect(dateFromUrl("https://news.example/news/20250120/troops.html")).toBe("2025-01-20");
  });

  it("does not take a year and month, or a story id, for a date", () => {
    expect(dateFromUrl("https://news.example/2025/01/troops")).toBeNull();
    expect(dateFromUrl("https://news.example/story/2025013099")).toBeNull();
    expect(dateFromUrl("not a url")).toBeNull();
  });
});
