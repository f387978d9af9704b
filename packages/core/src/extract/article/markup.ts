import { parseHTML } from "linkedom";
import type { DomDocument, DomElement } from "./dom.js";

/**
 * Gives a page the `<html>` and `<body>` elements it may omit (HTML allows
 * leaving them out; linkedom, unlike a browser, does not add them, and then
 * `document.body` is empty and Readability sees nothing).
 */
export function withDocumentShell(html: string): string {
  let h = html;
  if (!/<body[\s>]/i.test(h)) {
    const hadHtmlClose = /<\/html\s*>/i.test(h);
    h = h.replace(/<\/html\s*>/gi, "");
    const headEnd = /<\/head\s*>/i.exec(h);
    const htmlOpen = /<html\b[^>]*>/i.exec(h);
    const at = headEnd ? headEnd.index + headEnd[0].length : htmlOpen ? htmlOpen.index + htmlOpen[0].length : -1;
    h = at >= 0 ? `${h.slice(0, at)}<body>${h.slice(at)}</body>` : `<body>${h}</body>`;
    if (hadHtmlClose) h += "</html>";
  }
  if (!/<html[\s>]/i.test(h)) h = `<html>${h.replace(/^\s*<!doctype[^>]*>/i, "")}</html>`;
  return h;
}

/** Parses a page with linkedom, shell added where the markup leaves it out. */
export function parsePage(html: string): DomDocument {
  return (parseHTML(withDocumentShell(html)) as unknown as { document: DomDocument }).document;
}

/**
 * Depth of the deepest element under `root`, walked without recursion (a hostile page can nest 100,000
 * levels) along child and sibling pointers, so that no list of children is built per element.
 */
export function maxDepth(root: DomElement, stopAt: number): number {
  let deepest = 1;
  let depth = 1;
  let el: DomElement | null = root;
  while (el) {
    const child: DomElement | null = el.firstElementChild;
    if (child) {
      el = child;
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
      continue;
    }
    // Up until an element has a next sibling; back at the root, the walk is over.
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return deepest;
}
