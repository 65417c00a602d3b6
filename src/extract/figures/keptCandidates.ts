import { KeptResults } from '../statements/keptPerText.ts';
import type { Span } from '../types.ts';

interface Kept<T> {
  /** The date spans the reading was read with, as "start-end" joined by commas; empty for none. */
  spans: string;
  items: T[];
  /** The refugee answer the reading asked for; undefined when it never asked. */
  refugees: boolean | undefined;
}

type ReadCounts<T> = (text: string, dates: readonly Span[], refugees: () => boolean) => T[];

/**
 * A sentence's candidate counts, read once per sentence: wire copy, syndicated pieces and
 * boilerplate repeat sentences word for word, and reading every number in one runs some twenty
 * patterns around it. Besides the words, a reading depends on the dates in the sentence (offsets
 * into it, part of the key) and on whether the document speaks of refugees, which is kept only
 * when the reading asked and is asked again before a kept reading is used. Each caller gets its
 * own copies.
 */
export function keptPerSentence<T>(read: ReadCounts<T>, copy: (item: T) => T): ReadCounts<T> {
  // Kept by the sentence's words as they are (never copied into a longer key), each reading
  // with the date spans it was read with: most sentences hold none, and have one reading.
  const known = new KeptResults<Kept<T>[]>();
  return (text, dates, refugees) => {
    const spans = dates.length ? dates.map((d) => `${d.start}-${d.end}`).join(',') : '';
    const readings = known.get(text);
    const kept = readings?.find((r) => r.spans === spans);
    if (kept && (kept.refugees === undefined || kept.refugees === refugees())) return kept.items.map(copy);
    let asked: boolean | undefined;
    const items = read(text, dates, () => (asked = refugees()));
    const reading = { spans, items, refugees: asked };
    if (!readings) known.set(text, [reading]);
    else if (kept) readings[readings.indexOf(kept)] = reading;
    else readings.push(reading);
    return items.map(copy);
  };
}
