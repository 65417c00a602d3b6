import type { Citation, CitedDocument } from '../answer/excerpt.ts';
import type { SourceDate } from '../corpus/types.ts';
import { formatSourceDate } from '../extract/dates/format.ts';
import { label } from './markdown.ts';

/** A date as precisely as its source supports, with a note when the year was inferred. */
export function showDate(date: SourceDate | null | undefined): string {
  if (!date) return 'date not stated';
  let shown = shownDates.get(date);
  if (shown === undefined) {
    const text = formatSourceDate(date);
    shown = date.yearStatus === 'inferred' ? `${text} (year inferred)` : text;
    shownDates.set(date, shown);
  }
  return shown;
}

/** Per date object: items loaded from the index share one object per distinct date. */
const shownDates = new WeakMap<SourceDate, string>();

interface ShownDocument {
  file: string;
  title: string | null;
  rest: string;
  address: string | null;
}

/** Per cited document (one object per document), so a page of 100 excerpts formats each document once. */
const shown = new WeakMap<CitedDocument, ShownDocument>();

function shownDocument(doc: CitedDocument): ShownDocument {
  let parts = shown.get(doc);
  if (!parts) {
    const rest: string[] = [];
    if (doc.outlet !== null) rest.push(label(doc.outlet));
    rest.push(doc.date ? `dated ${showDate(doc.date)}` : 'date not stated');
    parts = {
      file: label(doc.file),
      title: doc.title === null ? null : `*${label(doc.title)}*`,
      rest: rest.join(' · '),
      address: doc.address === null ? null : label(doc.address),
    };
    shown.set(doc, parts);
  }
  return parts;
}

/**
 * `— Title · Outlet · dated 2023-09-20 (year inferred) · file, line 4`; the file leads when no title is known.
 * A saved page: `… · https://…/article, paragraph 3` (the headline block counts as none).
 */
export function citation(cited: Citation): string {
  const { file, title, rest, address } = shownDocument(cited.document);
  const { place } = cited;
  const where =
    place.kind === 'line'
      ? `${file}, line ${place.line}`
      : `${address}, ${place.kind === 'headline' ? 'headline' : `paragraph ${place.paragraph}`}`;
  return title ? `— ${title} · ${rest} · ${where}` : `— ${where} · ${rest}`;
}
