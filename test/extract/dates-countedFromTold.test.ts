import { describe, expect, it } from 'vitest';
import { datesShown, publishedOn, timelineOfText } from './dates.helpers.ts';

/** Sentences written for these tests, in a piece dated Tuesday 28 May 2024. */
const DATED = publishedOn(2024, 5, 28);

const datesOf = (text: string) => datesShown(timelineOfText(text, DATED));

describe('"Nine months later", "two years afterwards": counted on from the date the text just gave', () => {
  it.each([
    [
      'On the morning of 4 March 2019, herders blocked the mountain pass. Nine months later, the valley was empty.',
      'Nine months later',
      '2019-12',
    ],
    [
      'The truce was signed in November 2016. Two years later the shooting resumed.',
      'Two years later',
      '2018',
    ],
    ['The dam was finished in 2011 and two years afterwards it cracked.', 'two years afterwards', '2013'],
    ['The port reopened on 2 August 2017. A month later the first ferry docked.', 'A month later', '2017-09'],
  ])('%s → %s is %s', (text, expression, shown) => {
    expect(datesOf(text)).toMatchObject({ [expression]: shown });
  });

  it('is never more precise than what it counts from: months after a bare year give no date', () => {
    expect(datesOf('The mine closed in 2012. Six months later the town emptied.')).not.toHaveProperty(
      'Six months later',
    );
  });

  it('with no date told just before, it is left undated rather than counted from the piece', () => {
    expect(datesOf('Nine months later, the valley was empty.')).toEqual({});
  });

  it('"later than planned" compares two times and dates nothing', () => {
    expect(datesOf('The bridge opened three months later than planned, in May 2021.')).not.toHaveProperty(
      'three months later',
    );
  });
});

describe('"three months earlier" counts back from the month just told', () => {
  it.each([
    [
      'The army launched its offensive on 19 October 2015. Three months earlier, it had closed the road.',
      'Three months earlier',
      '2015-07',
    ],
    [
      'Exports collapsed in February 2014. Nine months before, the border had shut.',
      'Nine months before',
      '2013-05',
    ],
  ])('%s → %s is %s', (text, expression, shown) => {
    expect(datesOf(text)).toMatchObject({ [expression]: shown });
  });
});

describe('a day of "that year": the year of the date the text just gave', () => {
  it.each([
    [
      'The war in 2016 displaced thousands and ended with a truce agreed on 5 April of that year.',
      'on 5 April of that year',
      '2016-04-05',
    ],
    [
      'The siege began in June 2013 and was lifted on August 21 that year.',
      'on August 21 that year',
      '2013-08-21',
    ],
    [
      'Talks opened in March 2011 and were signed on 3 February of the following year.',
      'on 3 February of the following year',
      '2012-02-03',
    ],
  ])('%s → %s is %s', (text, expression, shown) => {
    expect(datesOf(text)).toMatchObject({ [expression]: shown });
  });

  it('a day its month cannot hold is no date', () => {
    expect(datesOf('The talks opened in 2013 and closed on 30 February of that year.')).not.toHaveProperty(
      'on 30 February of that year',
    );
  });
});
