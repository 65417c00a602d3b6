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

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `— Title · Outlet · dated 2023-09-20 (year inferred) · file, line 4`; the file leads when no title is known. */
export function citation(kb: KnowledgeBase, docId: string, span: Span): string {
  const doc = kb.document(docId);
  const where = `${label(doc.file)}, line ${lineOf(doc.text, span.start)}`;
  const parts: string[] = [doc.meta.title ? `*${label(doc.meta.title.value)}*` : where];
  if (doc.meta.outlet) parts.push(label(doc.meta.outlet.value));
  const reference = kb.timelines.get(docId)?.reference ?? doc.meta.published?.value ?? null;
  parts.push(reference ? `dated ${showDate(reference)}` : 'date not stated');
  if (doc.meta.title) parts.push(where);
  return `— ${parts.join(' · ')}`;
}
