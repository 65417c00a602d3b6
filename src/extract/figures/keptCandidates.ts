import { KeptResults } from '../statements/keptPerText.ts';
import type { Span } from '../types.ts';

interface Kept<T> {
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
  // Most sentences hold no date: they are kept by their words alone, the others apart.
  const undated = new KeptResults<Kept<T>>();
  const dated = new KeptResults<Kept<T>>();
  return (text, dates, refugees) => {
    const known = dates.length ? dated : undated;
    // The spans hold digits, "-" and "," only: the first NUL ends them, whatever the text holds.
    const key = dates.length ? `${dates.map((d) => `${d.start}-${d.end}`).join(',')}\u0000${text}` : text;
    const kept = known.get(key);
    if (kept && (kept.refugees === undefined || kept.refugees === refugees())) return kept.items.map(copy);
    let asked: boolean | undefined;
    const items = read(text, dates, () => (asked = refugees()));
    known.set(key, { items, refugees: asked });
    return items.map(copy);
  };
}
