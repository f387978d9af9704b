import { describe, expect, it } from "vitest";
import { looksBinary, looksBinaryText } from "./binary.js";

describe("looksBinary", () => {
  it("knows PDF, PNG and gzip by their magic numbers", () => {
    expect(looksBinary(new Uint8Array(Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")))).toBe(true);
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).toBe(true);
  });

  it("flags NUL bytes and runs of control bytes", () => {
    expect(looksBinary(new Uint8Array([0x3c, 0x70, 0x00, 0x3e]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
  });

  it("passes pages and text, UTF-16 with its BOM included", () => {
    expect(looksBinary(new Uint8Array(Buffer.from("<html>\n\t<body>Kyiv \u2013 a page</body></html>")))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00]))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });

  it("judges strings the same way", () => {
    expect(looksBinaryText("plain words\nand lines")).toBe(false);
    expect(looksBinaryText("a\u0000b")).toBe(true);
    expect(looksBinaryText("\u0001\u0002\u0003\u0004abc")).toBe(true);
  });
});
