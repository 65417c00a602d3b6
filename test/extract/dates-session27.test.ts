import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** Sentences written for these tests, read as a piece published on Thursday 15 June 2023. */
function datesOf(text: string): [string, string][] {
  return mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [
    m.text,
    formatSourceDate(m.date),
  ]);
}

describe('"in the morning", "later in the day" with no day told near them', () => {
  it('are the piece’s own day when the text last told that day, or none', () => {
    expect(
      datesOf(
        'The border guards reported on Thursday that the post had been hit.\n\nThe ministry gave no figures.\n\nThe village was shelled in the morning, residents said.',
      ),
    ).toEqual([
      ['on Thursday', '2023-06-15'],
      ['in the morning', '2023-06-15'],
    ]);
    expect(
      datesOf('The envoy met the foreign minister, and the president received him later in the day.'),
    ).toEqual([['later in the day', '2023-06-15']]);
  });

  it('are the piece’s own day when the text last told another day paragraphs before them', () => {
    expect(
      datesOf(
        'The talks broke down on Monday.\n\nBoth sides blamed each other.\n\nThe mediators left.\n\nThe shelling resumed in the morning.',
      ),
    ).toEqual([
      ['on Monday', '2023-06-12'],
      ['in the morning', '2023-06-15'],
    ]);
  });

  it('are the day told in the sentence before them', () => {
    expect(datesOf('The talks broke down on Monday. The shelling resumed in the evening.')).toEqual([
      ['on Monday', '2023-06-12'],
      ['in the evening', '2023-06-12'],
    ]);
  });

  it('are no day when told as a habit', () => {
    expect(
      datesOf(
        'The talks broke down on Monday.\n\nBoth sides blamed each other.\n\nConvoys usually leave in the morning.',
      ),
    ).toEqual([['on Monday', '2023-06-12']]);
  });

  it('"in the morning of May 27" is no bare part of the day', () => {
    expect(datesOf('Troops crossed the border early in the morning of May 27, the ministry said.')).toEqual([
      ['May 27', '2023-05-27'],
    ]);
  });
});

describe('a photo caption’s day', () => {
  it('is no bound on where the story’s weekdays fall', () => {
    expect(
      datesOf(
        'Since Monday, protesters have blocked the only road into the town. Power was cut on Tuesday evening, officials said.\n\nPhoto: A queue outside a bakery in the town, 14 June',
      ),
    ).toEqual([
      ['Since Monday', '2023-06-12'],
      ['on Tuesday evening', '2023-06-13'],
      ['14 June', '2023-06-14'],
    ]);
  });
});

describe('a date in a document’s name is no event', () => {
  const eventsOf = (text: string) =>
    mentionsOfPiece(text, { year: 2023, month: 6, day: 15 })
      .filter((m) => !m.role)
      .map((m) => m.text);

  it.each([
    'The minister said the tribunal’s order of March 3 had been ignored for months.',
    'The monitors were sent under the joint statement of the leaders of France, Germany and Poland of May 4, 2021.',
    'Kyiv invoked the two governments’ 2003 treaty on mutual aid.',
    "Warsaw cited the two countries' 2003 treaty on mutual aid.",
  ])('%s', (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });

  it('a date the order was given on stays an event', () => {
    expect(eventsOf('The tribunal issued its order on March 3.')).toEqual(['on March 3']);
  });
});

describe('a run of months at either end of a year', () => {
  it.each([
    ['Nine people were hurt by mines in the first three months of this year.', '2023-01/03'],
    ['Exports fell in the last two months of last year.', '2022-11/12'],
    ['Trade grew in the first 10 months of last year.', '2022-01/10'],
  ])('%s → %s', (sentence, months) => {
    expect(datesOf(sentence).map(([, date]) => date)).toEqual([months]);
  });
});

describe('a month of the year the text speaks of', () => {
  it.each([
    ['The war broke out in 2016. A truce was signed in April that year.', 'in April that year', '2016-04'],
    [
      'The war broke out in 2016. A truce followed in May of the following year.',
      'in May of the following year',
      '2017-05',
    ],
  ])('%s → "%s" is %s', (text, written, month) => {
    expect(datesOf(text)).toContainEqual([written, month]);
    expect(datesOf(text)).toHaveLength(2);
  });
});

describe('"A day earlier" opening a sentence before its clause', () => {
  it('counts from the day of the sentence before, a bound day too', () => {
    expect(
      datesOf(
        'By Wednesday evening, 4,100 people had crossed, officials said. A day earlier the count stood at 2,300.',
      ),
    ).toEqual([
      ['By Wednesday evening', '2023-06-14'],
      ['A day earlier', '2023-06-13'],
    ]);
    expect(datesOf('The talks ended on Monday. Two days later the truce collapsed.')).toEqual([
      ['on Monday', '2023-06-12'],
      ['Two days later', '2023-06-14'],
    ]);
  });

  it('inside a clause, before a word of its own, it dates nothing', () => {
    expect(datesOf('The convoy left on Monday and arrived a day earlier than planned.')).toEqual([
      ['on Monday', '2023-06-12'],
    ]);
  });
});
