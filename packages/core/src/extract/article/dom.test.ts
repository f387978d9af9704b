import { describe, expect, it } from "vitest";
import { classOf, descendantsWhere, elementsWhere } from "./dom.js";
import { parsePage } from "./markup.js";

const PAGE = `<!doctype html><html lang="en" class="js"><head><title>t</title><meta name="author" content="A"></head>
<body class="page"><header class="site-header"><nav><a href="/">Home</a></nav></header>
<main><article class="story  story--lead"><h1>Title</h1><p class="byline">By A. Writer</p><p>One <a href="#">link</a>.</p>
<template><p class="byline">hidden</p></template><div><div class="post-date">1 May 2025</div></div></article></main>
<footer class="site-footer"><p>footer</p></footer></body></html>`;

describe("elementsWhere and descendantsWhere", () => {
  const doc = parsePage(PAGE);
  const root = doc.documentElement!;

  it.each([["p"], ["[class]"], ["a, p, h1"], ["*"]])("list what querySelectorAll(%s) lists, in document order", (selector) => {
    const all = Array.from(root.querySelectorAll(selector));
    const test = (el: Parameters<Parameters<typeof descendantsWhere>[1]>[0]) => all.includes(el);
    expect(descendantsWhere(root, test)).toEqual(all);
    // Only elementsWhere lists the root itself, as document.querySelectorAll lists <html>.
    expect(elementsWhere(root, test)).toEqual(all);
    expect(elementsWhere(root, (el) => el === root || test(el))).toEqual([root, ...all]);
    expect(descendantsWhere(root, (el) => el === root)).toEqual([]);
  });

  it("does not walk into a template's content", () => {
    const bylines = elementsWhere(root, (el) => classOf(el)?.includes("byline") ?? false);
    expect(bylines.map((el) => el.textContent)).toEqual(["By A. Writer"]);
  });

  it("stops at the limit", () => {
    expect(elementsWhere(root, () => true, 3).map((el) => el.localName)).toEqual(["html", "head", "title"]);
  });
});

describe("classOf", () => {
  it("gives what getAttribute(\"class\") gives, or null", () => {
    const doc = parsePage(PAGE);
    expect(classOf(doc.querySelector("article")!)).toBe(doc.querySelector("article")!.getAttribute("class"));
    expect(classOf(doc.querySelector("body")!)).toBe("page");
    expect(classOf(doc.querySelector("h1")!)).toBeNull();
  });
});
