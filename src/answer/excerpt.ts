import { isPageFile } from '../corpus/pageFiles.ts';
import type { CorpusDocument, SourceDate } from '../corpus/types.ts';
import type { Span } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';

/**
 * A list counted up front whose items are built as they are read: a reply reads a few pages of
 * an answer that may count tens of thousands of items, so only those are built.
 */
export interface ItemList<T> extends Iterable<T> {
  readonly length: number;
}

/**
 * What a citation says of a document besides where the excerpt is in it: one object per document,
 * shared by every excerpt of it, as the metadata gives it (the renderer escapes it).
 */
export interface CitedDocument {
  file: string;
  title: string | null;
  outlet: string | null;
  /** The date the document speaks from (its timeline reference, else its publication date). */
  date: SourceDate | null;
  /** A saved page is cited by its address and paragraph: its lines are the extracted text's, not the file's. */
  address: string | null;
}

/** Where in its document an excerpt starts. */
type Place =
  | { kind: 'line'; line: number }
  /** A saved page's paragraph, counted from the first after the headline block. */
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'headline' };

export interface Citation {
  document: CitedDocument;
  place: Place;
}

/** A document's words exactly as written (white space untouched; the renderer folds and cuts), and where from. */
export interface Excerpt {
  text: string;
  citation: Citation;
}

interface Located {
  cited: CitedDocument;
  /** Offsets where each line (each paragraph of a saved page) starts. */
  starts: Uint32Array;
  /** Where a saved page's body starts; undefined for a text file. */
  bodyStart: number | undefined;
}

/** Per document object (one per knowledge base), so a page of 100 excerpts scans each document once. */
const located = new WeakMap<CorpusDocument, Located>();

function locate(kb: KnowledgeBase, docId: string): Located {
  const doc = kb.document(docId);
  let found = located.get(doc);
  if (!found) {
    const page = isPageFile(doc.file);
    found = {
      cited: {
        file: doc.file,
        title: doc.meta.title?.value ?? null,
        outlet: doc.meta.outlet?.value ?? null,
        date: kb.timelines.get(docId)?.reference ?? doc.meta.published?.value ?? null,
        address: page ? (doc.meta.url?.value ?? doc.meta.fetched?.from ?? doc.file) : null,
      },
      starts: Uint32Array.from(page ? paragraphStartsOf(doc.text, doc.bodyStart) : lineStartsOf(doc.text)),
      bodyStart: page ? doc.bodyStart : undefined,
    };
    located.set(doc, found);
  }
  return found;
}

/** Offsets where each line after the first starts. */
function lineStartsOf(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Where each paragraph of a saved page's body starts (one paragraph a line, blank lines between). */
function paragraphStartsOf(text: string, bodyStart: number): number[] {
  const starts: number[] = [];
  let start = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    if (line.trim()) starts.push(start);
    start += line.length + 1;
  }
  return starts;
}

/** The line an offset is on, counting from 1: lines that start at or before it. */
function lineOf(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}

/** The citation of a span: its document, and the line (or a saved page's paragraph) it starts on. */
export function citeSpan(kb: KnowledgeBase, docId: string, span: Span): Citation {
  const { cited, starts, bodyStart } = locate(kb, docId);
  if (bodyStart === undefined)
    return { document: cited, place: { kind: 'line', line: lineOf(starts, span.start) } };
  if (span.start < bodyStart) return { document: cited, place: { kind: 'headline' } };
  return { document: cited, place: { kind: 'paragraph', paragraph: lineOf(starts, span.start) - 1 } };
}

/** A span's words and its citation. */
export function excerptOf(kb: KnowledgeBase, docId: string, span: Span): Excerpt {
  return { text: kb.slice(docId, span), citation: citeSpan(kb, docId, span) };
}

/**
 * Items whose texts are read each time the list is read, and not kept: the reply rendered from an
 * answer is kept (src/render/fromAnswer.ts), so they are read once; and a kept answer holds no
 * document text (a slice would keep its whole document alive past the text cache's limit).
 */
export function readAsIterated<T>(length: number, read: (index: number) => T): ItemList<T> {
  return {
    length,
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) yield read(i);
    },
  };
}

/** Items resolved as they are read, each once and then kept. */
export function resolvedAsRead<T, U>(
  items: Iterable<T> & { readonly length: number },
  resolve: (item: T) => U,
): ItemList<U> {
  const built: U[] = [];
  let source: Iterator<T> | undefined;
  return {
    length: items.length,
    *[Symbol.iterator]() {
      for (let i = 0; i < items.length; i++) {
        if (i >= built.length) {
          source ??= items[Symbol.iterator]();
          const next = source.next();
          if (next.done) return;
          built.push(resolve(next.value));
        }
        yield built[i]!;
      }
    },
  };
}
