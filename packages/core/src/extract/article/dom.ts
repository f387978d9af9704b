/**
 * The slice of the DOM that the extractor uses, typed structurally: core
 * compiles without the browser's `lib.dom`, and linkedom's objects fit these shapes.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  /** Sibling and child pointers: walks that follow them build no array per element, as `children` does. */
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  /** A walk by tag name: no selector to parse and compile, as `querySelectorAll` does on every call. */
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/**
 * The class attribute. linkedom answers `getAttribute("class")` from a class list it builds
 * for the element (a set, joined back into a string); the walks over every element read the raw value.
 */
export function classOf(el: DomElement): string | null {
  return el.getAttributeNode("class")?.value ?? null;
}

/**
 * Elements from `root` (itself included) in document order for which `test` holds, at most `limit`, as
 * `querySelectorAll` would list them (a template's content is not walked): a walk along child and sibling
 * pointers that builds no list per element.
 */
export function elementsWhere(root: DomElement, test: (el: DomElement) => boolean, limit = Infinity): DomElement[] {
  return walkElements(root, test, limit, true);
}

/** `elementsWhere` without `root` itself, as `root.querySelectorAll` lists them. */
export function descendantsWhere(root: DomElement, test: (el: DomElement) => boolean, limit = Infinity): DomElement[] {
  return walkElements(root, test, limit, false);
}

function walkElements(root: DomElement, test: (el: DomElement) => boolean, limit: number, withRoot: boolean): DomElement[] {
  const out: DomElement[] = [];
  let el: DomElement | null = root;
  while (el && out.length < limit) {
    if ((withRoot || el !== root) && test(el)) out.push(el);
    const child: DomElement | null = el.localName === "template" ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/**
 * Calls `visit` with the text of each text node under `root`, in document order, along child and sibling
 * pointers (no list per element); an element for which `enter` is false is not walked into. Stops when
 * `visit` returns false.
 */
export function forEachText(root: DomNode, visit: (text: string) => boolean | void, enter: (el: DomElement) => boolean = () => true): void {
  // The stack holds the next sibling to return to.
  const stack: (DomNode | null)[] = [];
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      if (visit(node.textContent ?? "") === false) return;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild && enter(node as DomElement)) {
      stack.push(node.nextSibling);
      node = node.firstChild;
      continue;
    }
    node = node.nextSibling;
    while (!node && stack.length) node = stack.pop()!;
  }
}
