import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** Each figure as [number as written, reporter as written, where]. */
function figures(sentence: string): [string, string | null, string | null][] {
  const doc = buildDocument('doc.txt', Buffer.from(`${sentence}\n`, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .figures.map((f) => [f.number.text, f.reporter?.text ?? null, f.where]);
}

describe('an unnamed source keeps the place that says which ones they are', () => {
  it('wire: "according to officials in Stepanakert" after the count', () => {
    expect(figures('At least 30 people were killed, according to officials in Stepanakert.')).toEqual([
      ['At least 30', 'officials in Stepanakert', null],
    ]);
  });

  it('broadsheet: the source first, then the count', () => {
    expect(figures('According to aid workers in Goris, some 5,000 people have fled since Sunday.')).toEqual([
      ['some 5,000', 'aid workers in Goris', null],
    ]);
  });

  it('agency: a time after the place is not part of the source', () => {
    expect(
      figures('Twelve servicemen were wounded, according to military sources in Baku on Tuesday.'),
    ).toEqual([['Twelve', 'military sources in Baku', null]]);
  });

  it('a named person’s place is only where they spoke', () => {
    expect(figures('At least 49 soldiers were killed, according to Pashinyan in Yerevan.')[0]?.[1]).toBe(
      'Pashinyan',
    );
  });

  it('a month or a lower-case place phrase is no part of the source', () => {
    expect(figures('Some 300 people were displaced, according to officials in March.')[0]?.[1]).toBe(
      'officials',
    );
    expect(
      figures('Some 300 people were displaced, according to officials in the Armenian capital.')[0]?.[1],
    ).toBe('officials');
  });
});
