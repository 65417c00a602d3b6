import { isPageFile } from '../corpus/html/index.ts';
import type { SourceDate } from '../corpus/types.ts';
import { formatSourceDate } from '../extract/dates/format.ts';
import type { Span } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { label } from './markdown.ts';

/** A date as precisely as its source supports, with a note when the year was inferred. */
export function showDate(date: SourceDate | null | undefined): string {
  if (!date) return 'date not stated';
  const text = formatSourceDate(date);
  return date.yearStatus === 'inferred' ? `${text} (year inferred)` : text;
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

/** What a citation says of a document besides the line: the same for every excerpt of it. */
interface CitedDocument {
  file: string;
  title: string | null;
  rest: string;
  lineStarts: Uint32Array;
  /** A saved page is cited by its address and paragraph: its lines are the extracted text's, not the file's. */
  page?: { where: string; bodyStart: number };
}

/** Per document object (one per knowledge base), so a page of 100 excerpts formats and scans each document once. */
const cited = new WeakMap<object, CitedDocument>();

function citedDocument(kb: KnowledgeBase, docId: string): CitedDocument {
  const doc = kb.document(docId);
  let parts = cited.get(doc);
  if (!parts) {
    const rest: string[] = [];
    if (doc.meta.outlet) rest.push(label(doc.meta.outlet.value));
    const reference = kb.timelines.get(docId)?.reference ?? doc.meta.published?.value ?? null;
    rest.push(reference ? `dated ${showDate(reference)}` : 'date not stated');
    const page = isPageFile(doc.file);
    parts = {
      file: label(doc.file),
      title: doc.meta.title ? `*${label(doc.meta.title.value)}*` : null,
      rest: rest.join(' · '),
      lineStarts: Uint32Array.from(
        page ? paragraphStartsOf(doc.text, doc.bodyStart) : lineStartsOf(doc.text),
      ),
      ...(page && {
        page: {
          where: label(doc.meta.url?.value ?? doc.meta.fetched?.from ?? doc.file),
          bodyStart: doc.bodyStart,
        },
      }),
    };
    cited.set(doc, parts);
  }
  return parts;
}

/**
 * `— Title · Outlet · dated 2023-09-20 (year inferred) · file, line 4`; the file leads when no title is known.
 * A saved page: `… · https://…/article, paragraph 3` (the headline block counts as none).
 */
export function citation(kb: KnowledgeBase, docId: string, span: Span): string {
  const { file, title, rest, lineStarts, page } = citedDocument(kb, docId);
  const where = page
    ? `${page.where}, ${span.start < page.bodyStart ? 'headline' : `paragraph ${lineOf(lineStarts, span.start) - 1}`}`
    : `${file}, line ${lineOf(lineStarts, span.start)}`;
  return title ? `— ${title} · ${rest} · ${where}` : `— ${where} · ${rest}`;
}
