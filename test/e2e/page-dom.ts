/**
 * Just enough DOM typing for the functions the tests run inside the page with
 * `page.evaluate` (the project's tsconfig has no DOM library, on purpose: the server
 * must not use browser globals). Functions run in the page read `globalThis.document` as a {@link PageDocument}.
 */

/** A rectangle from getBoundingClientRect(). */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A text node. */
export interface PageText {
  data: string;
}

/** An element. */
export interface PageElement {
  style: { top: string };
  textContent: string | null;
  classList: Iterable<string>;
  getBoundingClientRect(): PageRect;
}

/** A range of text. */
export interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getBoundingClientRect(): PageRect;
}

/** The document. */
export interface PageDocument {
  querySelectorAll(selector: string): Iterable<PageElement>;
  createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageText | null };
  createRange(): PageRange;
}

