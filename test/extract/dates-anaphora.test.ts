import { describe, expect, it } from 'vitest';
import { predictTimexes } from '../../scripts/eval/tbaq.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';
import { datesShown, publishedOn, timelineOfText } from './dates.helpers.ts';

/** Sentences written for these tests, in a piece dated Wednesday 20 September 2023. */
const DATED = publishedOn(2023, 9, 20);

const datesOf = (text: string, meta: DocumentMeta = DATED) => datesShown(timelineOfText(text, meta));

const timexesOf = (text: string) =>
  predictTimexes({ id: 't', dct: '2023-09-20', text, timexes: [] }).map((t) => [t.text, t.type, t.value]);

describe('"that year", "the following month": counted from the date the text just gave', () => {
  it.each([
    ['The militia took the pass in June 2021 and lost it later that year.', 'later that year', '2021'],
    ['Talks opened on May 3, 2019, and the following year they collapsed.', 'the following year', '2020'],
    [
      'The dam was finished in 2016. The previous year, floods had cut the road.',
      'The previous year',
      '2015',
    ],
    ['Prices rose in March 2022; the following month they fell again.', 'the following month', '2022-04'],
    [
      'The airport reopened in October 2020, and that same month flights resumed.',
      'that same month',
      '2020-10',
    ],
  ])('%s → %s is %s', (sentence, expression, shown) => {
    expect(datesOf(sentence)).toMatchObject({ [expression]: shown });
  });

  it('with no date given just before, it is left undated rather than given the piece year', () => {
    expect(datesOf('That year the border stayed closed, a farmer recalled.')).not.toHaveProperty('That year');
    const far = 'The road was built in 2004. It was paved later. Trucks used it daily. That year trade grew.';
    expect(datesOf(far)).not.toHaveProperty('That year');
  });

  it('a month needs a month to count from: a bare year gives none', () => {
    expect(datesOf('The mine closed in 2012, and the following month the town emptied.')).not.toHaveProperty(
      'the following month',
    );
  });
});

describe('the weekend is a Saturday and its Sunday', () => {
  it('told as past, it is the weekend before the piece; told as future, the one after', () => {
    expect(datesOf('Shelling resumed over the weekend, residents said.')).toMatchObject({
      'over the weekend': '2023-09-16/17',
    });
    expect(datesOf('The envoys will meet this weekend in Geneva.')).toMatchObject({
      'this weekend': '2023-09-23/24',
    });
    expect(datesOf('Last weekend the market was empty.')).toMatchObject({
      'Last weekend': '2023-09-16/17',
    });
  });

  it('weekends in the plural recur and are no date', () => {
    expect(datesOf('The market opens on weekends.')).toEqual({});
  });

  it('is a TimeML week-end value', () => {
    expect(timexesOf('Shelling resumed over the weekend, residents said.')).toContainEqual([
      'over the weekend',
      'DATE',
      '2023-W37-WE',
    ]);
  });
});

describe('holidays are the day their calendar rule gives in the year the text points to', () => {
  it.each([
    ['Shops stayed shut on Christmas Day, the mayor said.', 'on Christmas Day', '2022-12-25'],
    ['The talks will resume after New Year’s Day.', 'New Year’s Day', '2024-01-01'],
    ['Prisoners were exchanged last Thanksgiving.', 'last Thanksgiving', '2022-11-24'],
    ['Pilgrims gathered on Easter Sunday 2024 at the cathedral.', 'on Easter Sunday 2024', '2024-03-31'],
    ['The ceasefire held over Easter, monitors said.', 'over Easter', '2023-04-09'],
  ])('%s → %s is %s', (sentence, expression, shown) => {
    expect(datesOf(sentence)).toMatchObject({ [expression]: shown });
  });

  it('a church with another calendar, or a holiday naming a thing, gives no day', () => {
    expect(datesOf('Armenians marked Christmas with a liturgy in the cathedral.')).toEqual({});
    const karabakh =
      'Stepanakert, in Nagorno-Karabakh, was under blockade.\n\nFamilies spent Christmas in basements, the mayor said.';
    expect(datesOf(karabakh)).toEqual({});
    expect(datesOf('Orthodox believers celebrated Easter in the old church.')).toEqual({});
    expect(datesOf('Christmas shopping was subdued, traders said.')).toEqual({});
    expect(datesOf('The alliance expanded into Eastern Europe in the 1990s.')).not.toHaveProperty('Easter');
  });
});

const OCTOBER: DocumentMeta = {
  ...DATED,
  published: { ...DATED.published!, value: { ...DATED.published!.value, month: 10, day: 18 } },
};

describe('"the quarter" in results copy', () => {
  it('points back to the quarter the text named, however many paragraphs before', () => {
    const text = [
      'The mill said net profit rose 4% in the second quarter.',
      'Its chairman said the plant would expand.',
      'Workers were hired in two towns.',
      'Exports climbed in the quarter to $2 billion, the mill said.',
    ].join('\n\n');
    expect(datesOf(text)).toMatchObject({ 'in the quarter': '2023-04/06' });
  });

  it('"the quarter ended June 30" is that calendar quarter; one ended on another day may be fiscal and is left alone', () => {
    expect(datesOf('The bank lost $5 million in the quarter ended June 30.')).toMatchObject({
      'in the quarter': '2023-04/06',
    });
    expect(datesOf('The bank lost $5 million in the quarter ended June 29.')).not.toHaveProperty(
      'in the quarter',
    );
  });

  it('"the latest quarter" is one that has ended, not a quarter forecast just before', () => {
    const text =
      'The insurer warned of a hit to fourth-quarter earnings. In the latest quarter, its net income fell 8%.';
    expect(datesOf(text, OCTOBER)).toMatchObject({ 'In the latest quarter': '2023-07/09' });
  });

  it('"the current quarter" and "next quarter" count from the quarter of the piece', () => {
    expect(
      datesOf('Sales in the current quarter are strong, and next quarter will be better.'),
    ).toMatchObject({
      'in the current quarter': '2023-07/09',
      'next quarter': '2023-10/12',
    });
  });

  it('"the quarter-to-quarter change" names no quarter', () => {
    expect(
      datesOf('Sales rose in the third quarter. The quarter-to-quarter change was small.'),
    ).not.toHaveProperty('The quarter');
  });
});

describe('the year of the piece in results copy', () => {
  it('"for the full year", "by year end" and, told of results, "for the year" are the year of the piece', () => {
    expect(datesOf('The miller forecast higher earnings for the full year.')).toMatchObject({
      'for the full year': '2023',
    });
    expect(datesOf('The plant will shed 300 jobs by year end, the company said.')).toMatchObject({
      'by year end': '2023',
    });
    expect(datesOf('For the year, net income was flat at $4 million.')).toMatchObject({
      'For the year': '2023',
    });
  });

  it('"for the year" told of anything else names no year', () => {
    expect(datesOf('The village mourned for the year that followed.')).toEqual({});
  });

  it('"the year ended March 31" is a length of a year, not a date', () => {
    expect(timexesOf('Revenue was $9 million for the year ended March 31.')).toContainEqual([
      'the year',
      'DURATION',
      'P1Y',
    ]);
    expect(datesOf('Revenue was $9 million for the year ended March 31.')).not.toHaveProperty('for the year');
  });
});

describe('the quarter results copy reports on', () => {
  it('an earlier quarter named in passing does not replace it for "the year-earlier period"', () => {
    const text = [
      'The copper miner posted a 15% rise in third-quarter net profit.',
      'After a flat second quarter, sales recovered.',
      'Charges were taken in the year-earlier period.',
    ].join('\n\n');
    expect(datesOf(text, OCTOBER)).toMatchObject({ 'in the year-earlier period': '2022-07/09' });
  });
});

describe('a season with no year', () => {
  it('is the latest such season begun by the piece, or the coming one when told as future', () => {
    expect(datesOf('Fighting eased over the summer, monitors said.')).toMatchObject({
      'over the summer': 'summer 2023',
    });
    expect(datesOf('The plant was closed this past spring.')).toMatchObject({
      'this past spring': 'spring 2023',
    });
    const january: DocumentMeta = {
      ...DATED,
      published: { ...DATED.published!, value: { ...DATED.published!.value, month: 1, day: 10 } },
    };
    expect(datesOf('Exports slumped in the spring, the bank said.', january)).toMatchObject({
      'in the spring': 'spring 2022',
    });
    expect(datesOf('Exports are going to recover in the spring, the bank said.', january)).toMatchObject({
      'in the spring': 'spring 2023',
    });
    const december: DocumentMeta = {
      ...DATED,
      published: { ...DATED.published!, value: { ...DATED.published!.value, month: 12, day: 29 } },
    };
    expect(datesOf('A new housing programme would start in the spring, he said.', december)).toMatchObject({
      'in the spring': 'spring 2024',
    });
  });

  it('"the fall" alone is a drop, and "the Arab Spring" a name', () => {
    expect(datesOf('Traders blamed the fall in prices on the war.')).toEqual({});
    expect(datesOf('He wrote about the Arab Spring and its aftermath.')).toEqual({});
  });
});

describe('names and parts of names are not dates', () => {
  it('a relative word capitalised mid-sentence belongs to a title', () => {
    expect(datesOf('The shelling was first reported by USA Today, officials said.')).toEqual({});
    expect(datesOf('The minister told ABC’s "This Week With Anna Rey" that talks would go on.')).toEqual({});
  });

  it('opening a sentence or a quotation, it is still the day', () => {
    expect(datesOf('“Today is a sad day for the village,” the mayor said.')).toMatchObject({
      Today: '2023-09-20',
    });
  });

  it('"the last half of the ’80s" is read as the decade, not as a half of a year', () => {
    expect(datesOf('Sales were flat through the last half of the ’80s.')).not.toHaveProperty('the last half');
  });
});

describe('"from a year earlier" mid-clause', () => {
  it('compares with the quarter just named, a year before', () => {
    expect(
      datesOf('The airline’s deficit for the third quarter shrank from a year earlier on higher fares.'),
    ).toMatchObject({ 'from a year earlier': '2022-07/09' });
  });
});

describe('a clock time told without its day', () => {
  it('is a TimeML time on the day its sentence gives', () => {
    expect(timexesOf('The blast hit the depot at about 11:20 a.m. (0720 GMT) on Monday.')).toContainEqual([
      '11:20 a.m.',
      'TIME',
      '2023-09-18T11:20',
    ]);
    expect(timexesOf('The envoy will land at midday, the ministry said today.')).toContainEqual([
      'midday',
      'TIME',
      '2023-09-20T12:00',
    ]);
    expect(timexesOf('On Friday the convoy will leave at 4 in the morning.')).toContainEqual([
      '4 in the morning',
      'TIME',
      '2023-09-22T04:00',
    ]);
  });

  it('with no day in its sentence or paragraph, it is left out rather than given a guessed day', () => {
    expect(timexesOf('Shots were heard at 10 p.m. near the checkpoint.')).toEqual([]);
  });

  it('is never a timeline date, and "5 amendments" holds no time', () => {
    expect(datesOf('The blast hit the depot at 10:35 a.m. on Monday.')).toEqual({
      'at 10:35 a.m. on Monday': '2023-09-18',
    });
    expect(timexesOf('The deputies tabled 5 amendments on Monday.')).toEqual([
      ['on Monday', 'DATE', '2023-09-18'],
    ]);
  });
});

describe('more parts of years and months', () => {
  it('"the first two quarters of 2024" is its first half; "the late-November trip" is November', () => {
    expect(datesOf('Prices will stay high through the first two quarters of 2024.')).toMatchObject({
      'through the first two quarters of 2024': '2024-01/06',
    });
    expect(datesOf('The minister cancelled the late-November trip, aides said.')).toMatchObject({
      'late-November': '2022-11',
    });
  });
});

describe('weeks and weekdays told from another day', () => {
  it('"the previous Friday" is the Friday before the day the text just gave, and none without it', () => {
    expect(datesOf('Shares fell on Friday, Oct. 27, 2023, down 4% from the previous Friday.')).toMatchObject({
      'from the previous Friday': '2023-10-20',
    });
    expect(datesOf('Shares were down 4% from the previous Friday.')).not.toHaveProperty(
      'the previous Friday',
    );
  });

  it('"the week of March 6" is that Monday-to-Sunday week, a span and no event', () => {
    expect(datesOf('A hearing may be held the week of October 9, the court said.')).toMatchObject({
      'the week of October 9': '2023-10-09/15',
    });
    expect(timexesOf('A hearing may be held the week of October 9, the court said.')).toContainEqual([
      'the week of October 9',
      'DATE',
      '2023-W41',
    ]);
  });

  it('"earlier in the year", told of results, is the year of the piece', () => {
    expect(
      datesOf('Rains delayed planting earlier in the year, which lifted third-quarter sales.'),
    ).toMatchObject({
      'earlier in the year': '2023',
    });
  });
});

describe('spans TimeML writes another way', () => {
  it('"Easter week" is the week holding Easter Sunday, a span and no event', () => {
    expect(timexesOf('Pilgrims filled the town as Easter week began.')).toContainEqual([
      'Easter week',
      'DATE',
      '2023-W14',
    ]);
  });

  it('"the winter of nineteen ninety-four" is that winter', () => {
    expect(datesOf('Prices last fell this low in the winter of nineteen ninety-four.')).toMatchObject({
      'in the winter of nineteen ninety-four': 'winter 1994',
    });
  });

  it('a span of days is annotated as its two ends', () => {
    expect(timexesOf('The summit will be held on April 24 and 25 in Vienna.')).toEqual([
      ['on April 24', 'DATE', '2024-04-24'],
      ['25', 'DATE', '2024-04-25'],
    ]);
  });
});
