import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** The headline's figures as [category, number as written, reporter as written]. Headlines written for these tests. */
function headline(first: string): [string, string, string | null][] {
  const text = `News\n\n${first}\n\n10:15 04.03.2022\n\nThe shelling went on through the night, residents said.\n`;
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .figures.filter((f) => f.line === 'headline')
    .map((f) => [f.category, f.number.text, f.reporter?.text ?? null]);
}

describe('a headline names its source apart from its sentence', () => {
  it('an office before a colon reports the line’s counts', () => {
    expect(headline("Prosecutor's Office: 14 civilians killed in rocket strike on Tartar")).toEqual([
      ['killed', '14', "Prosecutor's Office"],
    ]);
  });

  it('an acronym before a colon reports every count of the line', () => {
    expect(headline('DEMA: Three more mine victims in Aghdam, toll since the war exceeds 300')).toEqual([
      ['killed', 'exceeds 300', 'DEMA'],
    ]);
  });

  it('a ministry after a final dash, a government after a final colon', () => {
    expect(headline('Ijevan, Berd under fire: 12 soldiers killed - Defence Ministry')).toEqual([
      ['killed', '12', 'Defence Ministry'],
    ]);
    expect(headline('Number of people who arrived from the valley exceeded 25,000: government')).toEqual([
      ['displaced', 'exceeded 25,000', 'government'],
    ]);
  });

  it('a place or a topic before the colon reports nothing', () => {
    expect(headline('Berd under fire: 12 soldiers killed overnight')).toEqual([['killed', '12', null]]);
    expect(headline('Tavush: 12 soldiers killed overnight')).toEqual([['killed', '12', null]]);
    expect(headline('Two shepherds wounded by a mine near Aghdam - UPDATED')).toEqual([
      ['wounded', 'Two', null],
    ]);
  });
});
