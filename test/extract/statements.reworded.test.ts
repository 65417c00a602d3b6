import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('"…, Name, who …, said" after what was said: the relative clause is no part of the tail', () => {
  it.each([
    [
      'The customs post at the northern crossing will stay shut until spring, Deputy Prime Minister Tigran Avetisyan, who chaired the session, said today.',
      'Deputy Prime Minister Tigran Avetisyan: The customs post at the northern crossing will stay shut until spring',
    ],
    [
      'The rail link through the southern gorge could carry freight within two years, Economy Minister Mikael Sarkisov, who toured the route, said on Tuesday.',
      'Economy Minister Mikael Sarkisov: The rail link through the southern gorge could carry freight within two years',
    ],
    [
      'Both delegations have handed over their draft maps of the disputed stretch of the frontier, Foreign Minister Lena Aramyan, who spoke after a meeting of the commission, said at a news conference in the capital.',
      'Foreign Minister Lena Aramyan: Both delegations have handed over their draft maps of the disputed stretch of the frontier',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });

  it('a time after the verb is never read as an inverted speaker', () => {
    expect(
      said('The convoy reached the town at dawn, Anna Melikova, who travelled with it, said yesterday.'),
    ).toEqual(['Anna Melikova: The convoy reached the town at dawn']);
  });
});

describe('"stated" is a verb of saying like "said" wherever a second saying is read', () => {
  it('an act, then "and stated" with a bare clause: the clause is what was stated', () => {
    expect(
      said(
        'The foreign minister welcomed the prisoner exchange and stated Yerevan would keep talking to Baku.',
      ),
    ).toEqual(['The foreign minister: Yerevan would keep talking to Baku']);
  });
});

describe('a verb of saying inverted after a quote is read in either tense', () => {
  it.each([
    ['“The road has been closed for a week,” states Lilit Avagyan, a nurse in the town.', 'Lilit Avagyan'],
    ['“Nobody has told us when the buses will come,” notes Karen Sahakyan, a driver.', 'Karen Sahakyan'],
    ['The border posts are quiet again, stresses Anahit Melkonyan, a local councillor.', 'Anahit Melkonyan'],
  ])('%s', (text, who) => {
    expect(said(text).map((s) => s.split(':')[0])).toEqual([who]);
  });
});

describe('"told reporters" with no "that": the clause after it is what was told, its subject any noun phrase', () => {
  it.each([
    [
      'The deputy mayor told reporters the “temporary” shelters would stay open through the winter.',
      'The deputy mayor: the “temporary” shelters would stay open through the winter',
    ],
    [
      'Tigran Avetisyan told reporters the families he met there had lost everything.',
      'Tigran Avetisyan: the families he met there had lost everything',
    ],
    [
      'A border guard told journalists Moscow had not been informed of the move.',
      'A border guard: Moscow had not been informed of the move',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
