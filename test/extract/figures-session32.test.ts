import { describe, expect, it } from 'vitest';
import { figuresOf, reportersOf } from './figures.helpers.ts';

/**
 * "became martyrs", "fell as martyrs": the way Azerbaijani and Turkish copy, and its translations, say
 * that soldiers died. The count is of the dead. Sentences written for these tests.
 */
describe('soldiers who became martyrs are counted as killed', () => {
  it('"N servicemen became martyrs"', () => {
    expect(figuresOf('During the 1999 campaign, 1,204 servicemen of the army became martyrs.')).toEqual([
      ['killed', '1,204', null],
    ]);
  });

  it('"N soldiers fell as martyrs", with the wounded beside them', () => {
    expect(
      figuresOf('Three soldiers fell as martyrs and five were wounded, the defence ministry said.'),
    ).toEqual([
      ['killed', 'Three', 'the defence ministry'],
      ['wounded', 'five', 'the defence ministry'],
    ]);
  });
});

/**
 * A site named by its web address that reminds or recalls ("Kavkaz.ru reminds that …") gives the piece's
 * own background, as "We remind that …" does: no one reports the figure. A body that reminds is still the
 * reporter, and a site that reports ("News.Az reports") stays the reporter. Sentences written for these tests.
 */
describe('a site that reminds, named by its web address, reports no figure', () => {
  it('"Site.ru reminds that N were killed" has no reporter', () => {
    expect(
      reportersOf(
        'Kavkaz.ru reminds that in the 1999 campaign, 1,204 servicemen were killed and nine are still missing.',
      ),
    ).toEqual([
      ['1,204', null],
      ['nine', null],
    ]);
  });

  it('"the ministry reminds that N were killed" keeps the ministry', () => {
    expect(
      reportersOf('The defence ministry reminds that in the 1999 campaign, 1,204 servicemen were killed.'),
    ).toEqual([['1,204', 'The defence ministry']]);
  });

  it('"…, Site.ru reports" keeps the site', () => {
    expect(reportersOf('Three shepherds were wounded near the border, Kavkaz.ru reports.')).toEqual([
      ['Three', 'Kavkaz.ru'],
    ]);
  });
});

/**
 * An aside that names the parts of a count may be a list with commas of its own ("among them women,
 * children and the elderly,"): the count's verb after it still says what befell those counted.
 * Sentences written for these tests.
 */
describe('a list aside between a count and its verb', () => {
  it('"N people, among them A, B and C, had been evacuated"', () => {
    expect(
      figuresOf(
        'The governor said that more than 2,000 people, among them women, children and the elderly, had been evacuated to the city.',
      ),
    ).toEqual([['evacuated', 'more than 2,000', 'The governor']]);
  });

  it('"N people, including A, B, C and D, were killed"', () => {
    expect(
      figuresOf('About 40 people, including doctors, nurses, drivers and cooks, were killed in the raid.'),
    ).toEqual([['killed', 'About 40', null]]);
  });
});

/**
 * "put their military dead at N", "put the number of their fallen soldiers at N": a side's estimate of its
 * own dead, with an adjective before the noun or a possessive after "number of"; who puts it reports it.
 * Sentences written for these tests.
 */
describe('a side puts its military dead or its fallen at a number', () => {
  it('"have put their military dead at N"', () => {
    expect(figuresOf('Georgian officials have put their military dead at 1,718.')).toEqual([
      ['killed', '1,718', 'Georgian officials'],
    ]);
  });

  it('"put the number of their fallen soldiers at N"', () => {
    expect(
      figuresOf('The authorities in the capital put the number of their fallen soldiers at 339.'),
    ).toEqual([['killed', '339', 'The authorities in the capital']]);
  });

  it('"put their economic losses at N" counts no one', () => {
    expect(figuresOf('The authorities put their economic losses at 300 million dollars.')).toEqual([]);
  });
});

/**
 * Those who have returned are displaced no more, but a return told in a clause of its own, of other
 * people ("…, and only a few hundred have returned"), leaves the count of those who fled. Sentences
 * written for these tests.
 */
describe('a return told in another clause keeps the count of the displaced', () => {
  it('"N had left their homes, and only a few hundred have returned"', () => {
    expect(
      figuresOf(
        'About 9,000 residents had left their homes during the shelling, and only a few hundred have returned.',
      ),
    ).toEqual([['displaced', 'About 9,000', null]]);
  });

  it('"N persons who had left the region had returned" is still no count of the displaced', () => {
    expect(figuresOf('Some 21 persons who had left the district had returned by the weekend.')).toEqual([]);
  });
});

/** "became displaced persons", "became IDPs": the count of those uprooted. Sentences written for these tests. */
describe('residents who became displaced persons', () => {
  it('"N residents became displaced persons"', () => {
    expect(
      figuresOf(
        'According to the district office, about 1,300 residents of the three villages became displaced persons.',
      ),
    ).toEqual([['displaced', 'about 1,300', 'the district office']]);
  });

  it('"N families became internally displaced"', () => {
    expect(figuresOf('In the first winter of the war, 640 families became internally displaced.')).toEqual([
      ['displaced', '640', null],
    ]);
  });
});
