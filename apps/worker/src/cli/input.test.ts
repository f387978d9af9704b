import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readAll, urlLines } from "./input.js";

describe("urlLines", () => {
  it("takes one URL a line, trimmed, skipping blank lines and comments", () => {
    expect(urlLines("  https://a.example/x  \r\n\n# a note\nhttps://b.example/y\n   \n")).toEqual(["https://a.example/x", "https://b.example/y"]);
  });
});

describe("readAll", () => {
  it("reads a stream to its end as UTF-8", async () => {
    expect(await readAll(Readable.from([Buffer.from("https://ä.example/"), Buffer.from("1\n")]))).toBe("https://ä.example/1\n");
  });
});
