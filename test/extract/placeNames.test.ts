import { describe, expect, it } from 'vitest';
import {
  bothNames,
  contestedPlace,
  placeSynonyms,
  withBothNames,
} from '../../src/extract/entities/placeNames.ts';
import { TermIndex } from '../../src/index/termIndex.ts';

const PAIRS: [string, string][] = [
  ['Stepanakert', 'Khankendi'],
  ['Shushi', 'Shusha'],
  ['Berdzor', 'Lachin'],
  ['Martakert', 'Aghdara'],
  ['Martuni', 'Khojavend'],
  ['Karvachar', 'Kalbajar'],
  ['Varanda', 'Fuzuli'],
  ['Jrakan', 'Jabrayil'],
  ['Kovsakan', 'Zangilan'],
  ['Akna', 'Aghdam'],
];

describe('each contested place has both its names', () => {
  it.each(PAIRS)(
    '%s and %s are one place, written "%s / %s" in the bot’s own words',
    (armenian, azerbaijani) => {
      const a = contestedPlace(armenian);
      expect(a).not.toBeNull();
      expect(contestedPlace(azerbaijani)).toBe(a);
      expect(bothNames(a!)).toBe(`${armenian} / ${azerbaijani}`);
      expect(withBothNames(`Killed · in ${armenian}`)).toBe(`Killed · in ${armenian} / ${azerbaijani}`);
      expect(withBothNames(`Killed · in ${azerbaijani}`)).toBe(`Killed · in ${armenian} / ${azerbaijani}`);
    },
  );

  it('the region: Nagorno-Karabakh, Artsakh and Garabagh are one; "Karabakh" alone is both sides’ word and left as it is', () => {
    expect(contestedPlace('Artsakh')).toBe(contestedPlace('Garabagh'));
    expect(contestedPlace('Nagorno-Karabakh')).toBe(contestedPlace('Artsakh'));
    expect(withBothNames('in Artsakh')).toBe('in Nagorno-Karabakh / Artsakh / Garabagh');
    expect(withBothNames('in Nagorno-Karabakh')).toBe('in Nagorno-Karabakh / Artsakh / Garabagh');
    expect(withBothNames('the Karabakh issue')).toBe('the Karabakh issue');
  });

  it('spellings with diacritics and transliterations are the same place', () => {
    for (const [form, other] of [
      ['Xankəndi', 'Stepanakert'],
      ['Şuşa', 'Shushi'],
      ['Ağdam', 'Akna'],
      ['Kelbajar', 'Karvachar'],
    ]) {
      expect(contestedPlace(form!)).toBe(contestedPlace(other!));
    }
  });

  it('a pair already written is not paired again; other words are untouched', () => {
    expect(withBothNames('Stepanakert / Khankendi')).toBe('Stepanakert / Khankendi');
    expect(withBothNames('the city of Goris')).toBe('the city of Goris');
    expect(withBothNames('Lachinskiy')).toBe('Lachinskiy');
  });
});

describe('a search with either name finds both', () => {
  const texts = [
    'Shelling was reported in Stepanakert.',
    'Residents left Khankendi.',
    'A convoy reached Berdzor.',
    'The Lachin corridor reopened.',
    'Talks in Goris.',
  ];
  const index = TermIndex.build(texts);
  const options = { fuzzy: () => false as const, prefix: () => false, synonyms: placeSynonyms };
  it.each([
    ['Stepanakert', [0, 1]],
    ['Khankendi', [0, 1]],
    ['lachin', [2, 3]],
    ['Berdzor corridor', [3]],
    ['Goris', [4]],
  ] as const)('%s → items %j', (query, items) => {
    expect(index.search(query, options)).toEqual(items);
  });

  it('without synonyms a name finds only itself (the option is what pairs them)', () => {
    expect(index.search('Khankendi', { fuzzy: () => false, prefix: () => false })).toEqual([1]);
  });
});
