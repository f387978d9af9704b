import { describe, expect, it } from "vitest";
import { maxDepth, parsePage, withDocumentShell } from "./markup.js";

describe("withDocumentShell and parsePage", () => {
  it.each([
    ["a fragment", "<p>x</p>"],
    ["a doctype without <html>", "<!doctype html><title>t</title><p>x</p>"],
    ["<html> without <body>", "<html><head><title>t</title></head><p>x</p></html>"],
    ["<body> without <html>", "<body><p>x</p></body>"],
    ["<head> and content, no <html> or <body>", "<head><title>t</title></head><div>x</div>"],
  ])("gives %s a body holding its content", (_, html) => {
    const doc = parsePage(html);
    expect(doc.body?.textContent).toContain("x");
    expect(doc.documentElement?.localName).toBe("html");
  });

  it("leaves a complete page as it is", () => {
    const page = "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>x</p></body></html>";
    expect(withDocumentShell(page)).toBe(page);
  });
});

describe("maxDepth", () => {
  it("measures nesting without recursion and stops early past the limit", () => {
    const doc = parsePage(`<html><body>${"<div>".repeat(50)}x${"</div>".repeat(50)}</body></html>`);
    expect(maxDepth(doc.documentElement!, 1000)).toBe(52);
    expect(maxDepth(doc.documentElement!, 10)).toBeGreaterThan(10);
  });

  it("finds the deepest branch wherever it sits among siblings", () => {
    const doc = parsePage("<html><body><div><p>a</p></div><section><div><div><b>x</b></div></div></section><p>z</p></body></html>");
    // html > body > section > div > div > b
    expect(maxDepth(doc.documentElement!, 1000)).toBe(6);
  });
});
