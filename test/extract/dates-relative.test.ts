import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';
import { extractEvents, formatSourceDate } from '../../src/extract/dates/index.ts';
import { findTimexes, timeOfDay } from '../../src/extract/dates/timex.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { publishedOn, timelineOfText } from './dates.helpers.ts';

/** Relative and partial date expressions, resolved against a piece dated Wednesday 20 September 2023. */
const NOW = new Date(Date.UTC(2026, 10, 23));
const DATED = publishedOn(2023, 9, 20);

const timelineOf = (text: string, meta: DocumentMeta = DATED) => timelineOfText(text, meta, NOW);

function datesOf(text: string, meta: DocumentMeta = DATED): Record<string, string> {
  return Object.fromEntries(timelineOf(text, meta).mentions.map((m) => [m.text, formatSourceDate(m.date)]));
}

describe('relative expressions, counted from the date of the piece', () => {
  it.each([
    ['Two years ago on this day, the offensive began.', 'Two years ago on this day', '2021-09-20'],
    ['The village was shelled four years ago, residents said.', 'four years ago', '2019'],
    ['The road was closed six months ago.', 'six months ago', '2023-03'],
    ['The talks collapsed last May, officials said.', 'last May', '2023-05'],
    // Said in September, "last August" is a year back: the August just gone would be "last month".
    ['The talks collapsed last August, officials said.', 'last August', '2022-08'],
    ['The border was closed in November last year.', 'in November last year', '2022-11'],
    ['Elections are due in March next year.', 'in March next year', '2024-03'],
    ['The budget for this fiscal year was cut, the ministry said.', 'this fiscal year', '2023'],
    ['Exports rose in the third quarter of 2022.', 'in the third quarter of 2022', '2022-07/09'],
    ['Exports rose in the second quarter, the bank said.', 'in the second quarter', '2023-04/06'],
    ['Exports fell in the first half of the year.', 'in the first half of the year', '2023-01/06'],
    ['Exports fell in the last half of 2022.', 'in the last half of 2022', '2022-07/12'],
  ])('%s → %s is %s', (sentence, expression, shown) => {
    expect(datesOf(sentence)).toMatchObject({ [expression]: shown });
  });

  it.each([
    // Told as past in September, January is this year's, eight months back, not next year's, four months on.
    ['The minister resigned in January for health reasons.', 'in January', '2023-01'],
    ['In January, the bank brought in a new chief executive.', 'In January', '2023-01'],
    ['The monitors have been on patrol since January, the ministry said.', 'since January', '2023-01'],
    // A clause that marks no past (a payment date, a deadline, an infinitive's day) takes the nearer January.
    ['The bank declared a dividend, payable Jan. 2 to holders of record.', 'Jan. 2', '2024-01-02'],
    ['The firm agreed to buy the plant in January.', 'in January', '2024-01'],
    // "to Kazakhstan" is a place after a past verb, no infinitive: the January before.
    ['The alliance sent troops to Kazakhstan in January during unrest.', 'in January', '2023-01'],
    ['The index closed within 45 points of its all-time high set on Sept. 6.', 'on Sept. 6', '2023-09-06'],
    ['He and the envoy meet separately Monday with the mediators.', 'Monday', '2023-09-25'],
    // A possessive weekday names a day's event once it has happened, whatever "would" says around it.
    ["The relatives said they would look for ways around Monday's ruling.", 'Monday', '2023-09-18'],
    // An arrangement told in the past perfect has come round: the Monday before.
    ['The ceasefire had been due to expire Monday, officials said.', 'Monday', '2023-09-18'],
  ])('%s → %s is %s', (sentence, expression, shown) => {
    expect(datesOf(sentence)).toMatchObject({ [expression]: shown });
  });

  it('"a year ago" next to a quarter is that quarter a year before', () => {
    expect(datesOf('Profit rose in the second quarter from a year ago, the bank said.')).toMatchObject({
      'from a year ago': '2022-04/06',
    });
  });

  it('earnings copy compares "a year ago" with the quarter its lead named, unless the sentence names another period', () => {
    const text =
      'The bank reported higher profit for the second quarter.\n\nNet rose to $108 million from $90 million a year ago.\n\n' +
      'For the nine months, net rose to $300 million from $250 million a year earlier.';
    const dates = datesOf(text);
    expect(dates['a year ago']).toBe('2022-04/06');
    expect(dates['a year earlier']).not.toBe('2022-04/06');
  });

  it('"the 2022 period" after a named quarter is that quarter of 2022; with none named, the year', () => {
    expect(datesOf('Profit rose in the third quarter. In the 2022 period, profit was lower.')).toMatchObject({
      'In the 2022 period': '2022-07/09',
    });
    expect(datesOf('In the 2022 period, profit was lower.')).toEqual({ 'In the 2022 period': '2022' });
  });

  it('"the latest quarter" in results copy of the six weeks after a quarter ended is that quarter', () => {
    const october: DocumentMeta = {
      ...DATED,
      published: { ...DATED.published!, value: { ...DATED.published!.value, month: 10, day: 26 } },
    };
    expect(datesOf('Net income fell 5% in the latest quarter, the company said.', october)).toEqual({
      'in the latest quarter': '2023-07/09',
    });
    // Late in a quarter it may be a fiscal one: left alone; and a town's quarter is no period of time.
    expect(datesOf('Net income fell 5% in the latest quarter, the company said.')).toEqual({});
    expect(datesOf('Residents of the quarter said the shelling stopped.', october)).toEqual({});
  });

  it('"through June" is a month that bounds a state, not an event', () => {
    const text = 'The ceasefire held through June, monitors said.';
    expect(datesOf(text)).toMatchObject({ 'through June': '2023-06' });
    const t = timelineOf(text);
    expect(extractEvents(text, 'a', splitSentences(text, splitParagraphs(text)), t)).toEqual([]);
  });

  it('without a date for the piece, relative expressions are left unresolved rather than guessed', () => {
    const none: DocumentMeta = { title: null, outlet: null, url: null, published: null };
    expect(datesOf('The talks collapsed last May. The village was shelled four years ago.', none)).toEqual(
      {},
    );
  });
});

describe('now and currently are the time the piece speaks from', () => {
  const presentOf = (text: string) =>
    Object.fromEntries((timelineOf(text).present ?? []).map((m) => [m.text, formatSourceDate(m.date)]));

  it('resolves to the date of the piece, kept apart from the dates of events', () => {
    const text =
      'About 100,000 people now live in Armenia, officials said. The corridor is currently closed.';
    expect(presentOf(text)).toEqual({ now: '2023-09-20', currently: '2023-09-20' });
    expect(datesOf(text)).toEqual({});
    const events = extractEvents(text, 'a', splitSentences(text, splitParagraphs(text)), timelineOf(text));
    expect(events).toEqual([]);
  });

  it('never dates a statement in place of the day its sentence gives', () => {
    const text = 'Pashinyan, who now leads the government, said on Monday that "the talks must continue."';
    const doc: CorpusDocument = {
      id: 'a',
      file: 'a.txt',
      text,
      sha256: '',
      label: 'piece a',
      meta: DATED,
      bodyStart: 0,
    };
    const [statement] = extractCorpus([doc], NOW).byDoc.get('a')!.statements;
    expect(formatSourceDate(statement!.date!)).toBe('2023-09-18');
  });

  it('"a week from now" and "now-defunct" are not the present', () => {
    expect(presentOf('The now-defunct council will meet a week from now.')).toEqual({});
  });
});

describe('bare years and ranges of years', () => {
  it.each([
    ['Police recalled a 2010 raid on the office.', '2010'],
    ['The line was built in 2009-2010, the ministry said.', '2009/2010'],
    ['The famine of 1957-58 is remembered here.', '1957/1958'],
    ['Turnout in 2019 was low; 2021 was worse.', '2021'],
    ['Prices were stable in early 2011, traders said.', '2011'],
  ])('%s → %s', (sentence, shown) => {
    expect(Object.values(datesOf(sentence))).toContain(shown);
  });

  it.each([
    'The Helsinki Final Act of 1975 set the principles.',
    'Resolution 884 (1993) demanded a withdrawal.',
    'About 2000 troops crossed the line.',
    'The 1975 Helsinki Final Act set the principles.',
    'Windows 2000 was installed on every computer.',
    'The shelling wounded 2000, officials said.',
  ])('a year inside a name, or a count, is not a date: %s', (sentence) => {
    expect(datesOf(sentence)).toEqual({});
  });
});

describe('lengths of time, recurrences and vague references are recognised but are not dates', () => {
  it.each([
    ['The siege lasted three years.', 'three years', 'P3Y'],
    ['Over the past two months, prices rose.', 'the past two months', 'P2M'],
    ['Stocks hit a five-year low.', 'five-year', 'P5Y'],
    ['Shelling went on for twenty four hours.', 'twenty four hours', 'PT24H'],
    ['Buses run daily between the towns.', 'daily', 'P1D'],
    ['The council meets every month.', 'every month', 'P1M'],
    ['The road was recently repaired.', 'recently', 'PAST_REF'],
    ['The siege lasted 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The talks went on for five and a half hours.', 'five and a half hours', 'PT5H30M'],
    ['Prices rose in recent months.', 'recent months', 'PXM'],
    ['The ruling overrode a 1971 Convention.', '1971', '1971'],
    ['Flights leave each Thursday.', 'each Thursday', 'XXXX-WXX-4'],
    ['The market opens on Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI'],
    ['Talks resume in the coming weeks.', 'coming weeks', 'PXW'],
    ['Envoys expect a deal within weeks.', 'within weeks', 'PXW'],
    ['The border crossing reopened for the first time in years.', 'in years', 'PXY'],
    ['The monastery has stood on the hill for centuries.', 'for centuries', 'PXCE'],
  ])('%s → "%s" %s', (sentence, text, value) => {
    expect(findTimexes(sentence, 0, sentence.length).map((t) => [t.text.trim(), t.value])).toContainEqual([
      text,
      value,
    ]);
  });

  it.each([
    ['The polls close at 9 a.m. Tuesday.', 'Tuesday', '9 a.m. Tuesday', 'T09:00'],
    ['The offer expires at 5 p.m. EST, Nov. 6.', 'Nov. 6', '5 p.m. EST, Nov. 6', 'T17:00'],
    ['The vote ends noon Thursday.', 'noon Thursday', 'noon Thursday', 'T12:00'],
    ['Shelling resumed this morning.', 'this morning', 'this morning', 'TMO'],
    ['Power failed in mid-afternoon yesterday.', 'yesterday', 'mid-afternoon yesterday', 'TAF'],
  ])('%s → the time of day of "%s" is "%s" %s', (sentence, day, text, time) => {
    const at = sentence.indexOf(day);
    const found = timeOfDay(sentence, at, at + day.length);
    expect(found && [sentence.slice(found.start, found.end), found.time]).toEqual([text, time]);
  });

  it('a day told without a time of day has none, and a time of day never changes the timeline date', () => {
    expect(timeOfDay('Talks resumed on Monday.', 15, 21)).toBeNull();
    // TimeML news annotates "Friday morning" as the day more often than as its morning.
    expect(timeOfDay('Shelling resumed Friday morning.', 17, 31)).toBeNull();
    // The clock time no longer ends a sentence at "a.m.": it is read with its day, which it does not change.
    expect(datesOf('Shelling resumed at 9 a.m. Tuesday.')).toEqual({ 'at 9 a.m. Tuesday': '2023-09-19' });
  });

  it('a year in a name is a temporal expression but never a timeline date, and no amount is a year', () => {
    const text = 'The Helsinki Final Act of 1975 was cited; 1990 people and $2000 were lost.';
    expect(findTimexes(text, 0, text.length).map((t) => [t.text, t.value])).toEqual([['1975', '1975']]);
    expect(datesOf(text)).toEqual({});
  });

  it('an age is not a length of time', () => {
    expect(findTimexes('A 12-year-old boy and a man, 40 years old, were hurt.', 0, 52)).toEqual([]);
  });

  it('a weekly recurrence is no day on the timeline', () => {
    expect(datesOf('Flights leave every Friday and on Tuesday nights; the first left on Monday.')).toEqual({
      'on Monday': '2023-09-18',
    });
  });

  it('a length of time never becomes a timeline date', () => {
    expect(datesOf('The siege lasted three years and the talks took two weeks.')).toEqual({});
  });
});

describe('weekdays placed by the words around them', () => {
  it('"last Monday" in a piece of a Monday is the Monday before; "next Friday" the one after', () => {
    const monday: DocumentMeta = {
      ...DATED,
      published: {
        value: { precision: 'day', year: 2023, month: 9, day: 18, yearStatus: 'stated' },
        how: 'stated',
        why: 'Published: line',
      },
    };
    expect(datesOf('The convoy left last Monday and will return next Friday.', monday)).toMatchObject({
      'last Monday': '2023-09-11',
      'next Friday': '2023-09-22',
    });
  });

  it.each([
    ['The talks are set to resume Monday in Vienna.', 'Monday'],
    ['The group could leave as soon as Tuesday, officials said.', 'Tuesday'],
    ['On Tuesday, the ministry plans to hold a briefing.', 'On Tuesday'],
    ['Protesters planned a march on Tuesday in the capital.', 'on Tuesday'],
    ['Pashinyan meets Aliyev in Brussels on Monday, officials said.', 'on Monday'],
  ])('told as still to come, a weekday is the next one: %s', (sentence, expression) => {
    expect(datesOf(sentence)[expression]).toMatch(/^2023-09-2[56]$/);
  });

  it('a date opening its sentence takes the tense of the first verb after it', () => {
    const text = 'On June 8, 2020, the republic announced it would dissolve itself.';
    const events = extractEvents(text, 'a', splitSentences(text, splitParagraphs(text)), timelineOf(text));
    expect(events.map((e) => [e.expression, e.scheduled])).toEqual([['On June 8, 2020', false]]);
  });

  it('a past verb right before the weekday dates its event, whatever follows ("will" in what was said)', () => {
    expect(datesOf('Exiles will appeal the ruling, the ministry predicted Tuesday.')).toMatchObject({
      Tuesday: '2023-09-19',
    });
    expect(datesOf('The ministers issued a statement Tuesday saying talks will resume.')).toMatchObject({
      Tuesday: '2023-09-19',
    });
  });
});

describe('a quarter named again ("the quarter", "year-earlier") is the one the text just named', () => {
  it('"the quarter" and "the year-ago period" follow the quarter of the sentence before', () => {
    const text =
      'Profit fell in the third quarter of 2022, the bank said.\nSales in the quarter rose, against a loss in the year-ago period.';
    expect(datesOf(text)).toMatchObject({
      'in the quarter': '2022-07/09',
      'in the year-ago period': '2021-07/09',
    });
  });

  it('with no quarter named, "the quarter" is left alone', () => {
    expect(datesOf('Sales in the quarter rose, the bank said.')).toEqual({});
  });
});

describe('a span of years bounds the year a piece was written in', () => {
  it('"the 2009-2010 talks" told as past: the piece is from 2011 or later', () => {
    const none: DocumentMeta = { title: null, outlet: null, url: null, published: null };
    const t = timelineOf(
      'Talks\n\nThe envoys met on Thursday 28 September, after talks held in 2019-2022 failed, officials said.\n',
      none,
    );
    expect(t.mentions.find((m) => m.text === 'on Thursday 28 September')!.date.yearReason).toContain(
      '"in 2019-2022" is told as past',
    );
  });
});

describe('date expressions in any text', () => {
  const WORDS = [
    'now',
    'last',
    'May',
    'the',
    'third',
    'quarter',
    'of',
    '1989',
    '2009-10',
    'a',
    'year',
    'ago',
    'earlier',
    'fiscal',
    'Monday',
    'through',
    'June',
    'in',
    '(1993)',
    'Act',
    'two',
    'years',
    'daily',
    'recently',
    '-',
    ',',
    '.',
    '24',
  ];
  it('are in text order, never overlap and lie inside the text, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        for (const found of [findDateExpressions(text, 0, text.length), findTimexes(text, 0, text.length)]) {
          for (let i = 0; i < found.length; i++) {
            const e = found[i]!;
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.text);
            if (i > 0) expect(e.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          }
        }
      }),
    );
  });
});

describe('"a year earlier" counts from the date the text gave last', () => {
  it('after a quarter, it is that quarter a year before', () => {
    const text =
      'Profit rose in the third quarter of 2022, the bank said.\nRevenue fell to $85 million from $93 million a year earlier.';
    expect(datesOf(text)).toMatchObject({ 'a year earlier': '2021-07/09' });
  });

  it("after a day, it is that day's year before, no more precise", () => {
    const text = 'The bridge reopened on 12 August 2021.\nIt had been closed a year earlier.';
    expect(datesOf(text)).toMatchObject({ 'a year earlier': '2020' });
  });
});
