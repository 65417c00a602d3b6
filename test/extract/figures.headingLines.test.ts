import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** Each figure as [category, number as written, reporter as written, headline mark, nested]. */
function figures(text: string): [string, string, string | null, string | undefined, boolean][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .figures.map((f) => [f.category, f.number.text, f.reporter?.text ?? null, f.line, !!f.partOf]);
}

const headlineOnes = (text: string) => figures(text).filter(([, , , line]) => line === 'headline');

describe('a toll in a headline or deck is read as a body sentence is, and marked as the headline’s', () => {
  it('broadsheet headline and deck: each toll with its hedge, a reporter only where the line names one', () => {
    const text =
      'World\n\n' +
      'At least 40 soldiers killed in border clashes between Armenia and Azerbaijan\n\n' +
      'Yerevan says 26 of its troops died; Baku puts its own losses at 14\n\n' +
      'By Anna Pole\nMarch 3, 2022\n\n' +
      'At least 40 soldiers were killed in two days of fighting on the border, officials on both sides said on Thursday.\n';
    expect(headlineOnes(text)).toEqual([
      ['killed', 'At least 40', null, 'headline', false],
      ['killed', '26', 'Yerevan', 'headline', false],
      ['killed', '14', 'Baku', 'headline', false],
    ]);
  });

  it('agency "Name: words": the named speaker reports the headline’s toll', () => {
    const text =
      'Papikyan: 35 servicemen killed in the night attack\n\n' +
      '14:07 12.05.2022\n\n' +
      'YEREVAN, May 12. Thirty-five servicemen were killed in the attack, Defense Minister Suren Papikyan said on Thursday.\n';
    expect(headlineOnes(text)).toEqual([['killed', '35', 'Papikyan', 'headline', false]]);
  });

  it('wire deck "…, ministry says": the reporter is the line’s own', () => {
    const text =
      'Shelling hits border villages\n\n' +
      'Twelve civilians wounded overnight, health ministry says\n\n' +
      'TBILISI, Oct 4 (Wire) - Shelling hit three villages overnight, officials said.\n';
    expect(headlineOnes(text)).toEqual([['wounded', 'Twelve', 'health ministry', 'headline', false]]);
  });

  it('a headline’s toll is never nested in a body total, nor a body part in it', () => {
    const text =
      'More than 200 killed in a week of fighting\n\n' +
      'Officials said on Sunday that 180 people had died, including 30 civilians.\n';
    const all = figures(text);
    expect(all[0]).toEqual(['killed', 'More than 200', null, 'headline', false]);
    expect(all.slice(1).map(([category, number, , line]) => [category, number, line])).toEqual([
      ['killed', '180', undefined],
      ['killed', '30', undefined],
    ]);
  });

  it('a reporter named in the body is never carried up to the headline', () => {
    const text =
      'Five wounded in a mine blast near the border\n\n' +
      'According to the Interior Ministry, five deminers were wounded on Tuesday.\n';
    expect(headlineOnes(text)).toEqual([['wounded', 'Five', null, 'headline', false]]);
  });

  it('a vague amount in a headline is no figure (the body gives the count)', () => {
    const text =
      'Dozens dead as depot explodes\n\n' +
      'Hundreds injured as families queue for fuel\n\n' +
      'At least 68 people were killed in the explosion, the health ministry said.\n';
    expect(headlineOnes(text)).toEqual([]);
  });
});
