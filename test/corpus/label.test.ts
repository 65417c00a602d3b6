import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LABEL, makeLabel, shorten } from '../../src/corpus/label.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';

const none: DocumentMeta = { title: null, outlet: null, published: null, url: null };
const s = <T>(value: T) => ({ value, how: 'inferred' as const, why: 'test' });

describe('citation labels', () => {
  it('outlet and headline', () => {
    expect(
      makeLabel('x', {
        ...none,
        outlet: s('TASS'),
        title: s('Blinken tells Baku to stop hostilities in Nagorno-Karabakh'),
      }),
    ).toBe('TASS — Blinken tells Baku to stop hostilities in Nagorno-Karabakh');
  });

  it('a long headline is cut at a word with an ellipsis, and the label stays within 80 characters', () => {
    const label = makeLabel('x', {
      ...none,
      outlet: s('Caliber.Az'),
      title: s('Blinken: Just and lasting peace to benefit both Azerbaijan and Armenia'),
    });
    expect(label).toBe('Caliber.Az — Blinken: Just and lasting peace to benefit both Azerbaijan and…');
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL);
    expect(shorten('word '.repeat(40), 20).length).toBeLessThanOrEqual(20);
  });

  it('outlet and date when there is no headline; the date only as precise as known', () => {
    expect(
      makeLabel('x', {
        ...none,
        outlet: s('Reuters'),
        published: s({
          precision: 'day' as const,
          year: 2023,
          month: 10,
          day: 3,
          yearStatus: 'stated' as const,
        }),
      }),
    ).toBe('Reuters, 2023-10-03');
    expect(
      makeLabel('x', {
        ...none,
        outlet: s('TASS'),
        published: s({ precision: 'day' as const, month: 9, day: 20, yearStatus: 'unknown' as const }),
      }),
    ).toBe('TASS, 20 September');
    expect(makeLabel('wire/42', { ...none, outlet: s('AP') })).toBe('AP, wire/42');
  });

  it('the file id when nothing is known', () => {
    expect(makeLabel('001_d8850208c26a01d9', none)).toBe('001_d8850208c26a01d9');
  });

  it('seed labels', () => {
    const labels = loadCorpusSync(join(import.meta.dirname, '../../corpus')).documents.map((d) => d.label);
    expect(labels).toEqual([
      'TASS — Blinken tells Baku to stop hostilities in Nagorno-Karabakh',
      '001_d8850208c26a01d9',
      'Caliber.Az — Blinken: Just and lasting peace to benefit both Azerbaijan and…',
      '003_21b2102d4012c38e',
      'Pompeo calls on Armenia and Azerbaijan to stop violence in Karabakh',
    ]);
  });
});
