import type { DatedEvent, Figure, Statement } from '../../extract/types.ts';

/** The text of a span of a document. */
export type Slice = (docId: string, span: { start: number; end: number }) => string;

/** What a statement is found by: its quote, continuations, speaker and relayer. */
export function statementText(s: Statement, slice: Slice): string {
  const quote = [s.quote, ...(s.continuation ?? [])].map((span) => slice(s.docId, span)).join(' ');
  return `${quote} ${s.speaker.name} ${s.via?.name ?? ''}`;
}

/** What a figure is found by: its excerpt, what it counts, where, its category and reporter. */
export function figureText(f: Figure, slice: Slice): string {
  return [slice(f.docId, f.excerpt), f.counted ?? '', f.where ?? '', f.category, f.reporter?.text ?? ''].join(
    ' ',
  );
}

/** How a timeline compares two excerpts: white space folded, case ignored. */
const foldExcerpt = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Per event, a number shared by events whose excerpts read the same once folded. */
export function excerptKeys(events: readonly DatedEvent[], slice: Slice): Uint32Array {
  const ids = new Map<string, number>();
  const keys = new Uint32Array(events.length);
  // Events of one long sentence share its excerpt: it is folded once, not once per event.
  const longExcerpts = new Map<string, number>();
  events.forEach((e, i) => {
    const long =
      e.excerpt.end - e.excerpt.start > 1_000 ? `${e.docId}\0${e.excerpt.start}\0${e.excerpt.end}` : null;
    const known = long === null ? undefined : longExcerpts.get(long);
    if (known !== undefined) {
      keys[i] = known;
      return;
    }
    const text = foldExcerpt(slice(e.docId, e.excerpt));
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    keys[i] = id;
    if (long !== null) longExcerpts.set(long, id);
  });
  return keys;
}
