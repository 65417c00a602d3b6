import { createRequire } from 'node:module';

/**
 * The few DOM operations the page reader uses, typed here so the rest of the code does not
 * depend on linkedom's or the browser's declarations (the project compiles without the DOM lib).
 */
export interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
  readonly children: ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
  closest(selector: string): PageElement | null;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
}

/**
 * Loaded on the first page read, not at start-up: linkedom takes 0.5-0.8 s to load, and a start
 * from the persisted index reads no page (kept out of cold start).
 */
let linkedom: typeof import('linkedom') | undefined;

/** linkedom: a DOM that parses 5× faster than jsdom with the same Readability output on our pages. */
export function parsePage(html: string): PageDocument {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html).document as unknown as PageDocument;
}

/**
 * How deep elements nest and how many there are, stopping once past either limit. Readability's
 * time grows with both (much faster than the depth), so a page past them is not read. Counted
 * here because linkedom's getElementsByTagName('*') gives 0, which disarms Readability's own limit.
 */
export function treeSize(
  root: PageElement,
  limits: { depth: number; elements: number },
): { depth: number; elements: number } {
  let deepest = 0;
  let elements = 0;
  const stack: [PageElement, number][] = [[root, 1]];
  while (stack.length && deepest <= limits.depth && elements <= limits.elements) {
    const [element, depth] = stack.pop()!;
    elements++;
    if (depth > deepest) deepest = depth;
    // linkedom builds `children` afresh on each access: read it once.
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return { depth: deepest, elements };
}

/** Text as a reader sees it: runs of white space (newlines, nbsp) folded to one space. */
export function visibleText(element: PageElement | null): string {
  return (element?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
