import { MONTH_NAMES } from './calendarNames.ts';
import type { DocumentMeta, SourceDate } from './types.ts';

/**
 * A short citation label: outlet and headline ("TASS — Blinken tells Baku to stop …"),
 * or outlet and date (else outlet and file id) when there is no headline, or the file id
 * when nothing is known.
 * The publication year is often settled only later by the date layer, so the label shows a
 * date only as far as the document itself gives it.
 */

export const MAX_LABEL = 80;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2023-09-20", "2023-09", "2023", or "20 September" when the year is not known. */
export function shortDate(date: SourceDate): string | null {
  const { year, month, day } = date;
  if (year !== undefined) {
    if (date.precision === 'day' && month && day) return `${year}-${pad(month)}-${pad(day)}`;
    if (date.precision === 'month' && month) return `${year}-${pad(month)}`;
    return String(year);
  }
  if (month && day) return `${day} ${MONTH_NAMES[month - 1]}`;
  return null;
}

/** Cuts at a word boundary and marks the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

export function makeLabel(id: string, meta: DocumentMeta): string {
  const outlet = meta.outlet?.value.replace(/\s+/g, ' ').trim();
  const date = meta.published ? shortDate(meta.published.value) : null;
  const title = meta.title?.value;
  if (title) {
    const prefix = outlet ? `${shorten(outlet, 30)} — ` : '';
    return prefix + shorten(title, MAX_LABEL - prefix.length);
  }
  if (outlet) return shorten(`${outlet}, ${date ?? id}`, MAX_LABEL);
  return shorten(date ? `${id} (${date})` : id, MAX_LABEL);
}
