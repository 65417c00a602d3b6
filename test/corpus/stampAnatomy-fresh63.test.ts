import { describe, expect, it } from 'vitest';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamp lines written for these tests, in the layouts sites keep when their copy is translated. */
const page = (stamp: string, lead: string) =>
  'Abroad\n\nTalks on the border collapse as both sides trade blame\n\n' +
  `Anna Novak\n${stamp}\n\n${lead}\n`;

describe('a year-first stamp whose month a translation put in English', () => {
  const lead = 'The talks planned for Thursday did not take place, the mediators said on Wednesday.';

  it.each([['2023. October 5. – 17:52'], ['2023. October 5. 17:52'], ['2023. Oct. 5., Thursday 17:52']])(
    '"%s" dates the piece',
    (stamp) => {
      expect(published(page(stamp, lead))).toBe('2023-10-05');
    },
  );

  it('the weekdays of the body are counted from it', () => {
    expect(events(page('2023. October 5. – 17:52', lead))).toMatchObject({
      Thursday: '2023-10-05',
      'on Wednesday': '2023-10-04',
    });
  });

  it('a weekday the day does not fall on gives no date', () => {
    expect(published(page('2023. October 5., Monday 17:52', lead))).toBeNull();
  });
});

describe('a clock time with the hour sign set apart ("19:42 h"), as Spanish and Catalan sites print it', () => {
  const lead = 'Protesters blocked the mountain road on Tuesday for the second day running, residents said.';

  it('a place, a slashed day and the hour: the order the only one that is a date', () => {
    expect(published(page('Barcelona 13/12/2022 - 19:42 h', lead))).toBe('2022-12-13');
    expect(events(page('Barcelona 13/12/2022 - 19:42 h', lead))).toMatchObject({
      'on Tuesday': '2022-12-13',
    });
  });

  it('is a clock part of the stamp, dotted or not', () => {
    expect(readHeaderStamp('Madrid 13/12/2022 - 19.42 h.')?.date).toMatchObject({
      year: 2022,
      month: 12,
      day: 13,
    });
    expect(readHeaderStamp('13 December 2022 | 19:42 h')?.date).toMatchObject({ day: 13 });
  });

  it('a word after the hour is no hour sign', () => {
    expect(readHeaderStamp('Madrid 13/12/2022 - 19:42 hours of talks')).toBeNull();
  });
});
