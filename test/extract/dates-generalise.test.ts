import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';
import { buildTimelines, extractEvents, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { datesShown, timelineOfText } from './dates.helpers.ts';

const NOW = new Date(Date.UTC(2026, 10, 23));
const NO_META: DocumentMeta = { title: null, outlet: null, published: null, url: null };

const timelineOf = (text: string) => timelineOfText(text, NO_META, NOW);

const datesOf = (text: string) => datesShown(timelineOf(text));

const expressionsIn = (s: string) => findDateExpressions(s, 0, s.length).map((e) => [e.text, e.form]);

describe('a year inside a noun phrase names an event of that year', () => {
  it.each([
    ['Refugees have not returned since the 2020 war.', 'since the 2020 war'],
    ['Villages changed hands during the 2020 war, residents said.', 'during the 2020 war'],
    ['The 1994 ceasefire held for more than two decades.', 'The 1994 ceasefire'],
    ['Tensions rose after the 2020 conflict ended in a truce.', 'the 2020 conflict'],
    ['Since the 2023 offensive, the region has emptied.', 'Since the 2023 offensive'],
    ['Veterans of the 2020 Karabakh War gathered in Baku.', 'the 2020 Karabakh War'],
    ['Memories of the 44-day 2020 war are still raw.', 'the 44-day 2020 war'],
    ["Azerbaijan's 2023 lightning offensive ended the enclave.", "Azerbaijan's 2023 lightning offensive"],
    ['Monitors arrived after a 1994 cease-fire was signed.', 'a 1994 cease-fire'],
  ])('%s → year-precision date "%s"', (sentence, text) => {
    const found = expressionsIn(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(text);
    expect(found[0]![1]).toMatchObject({ kind: 'year' });
  });

  it.each([
    'The 2000 refugees were housed in schools.',
    'The 2020 figures show that the war cost billions.',
    'Turnout was 2020 votes in the district.',
  ])('a count or an unrelated noun is not a year: %s', (sentence) => {
    expect(expressionsIn(sentence)).toEqual([]);
  });

  it('resolves to the year it names, told as past even in a future clause', () => {
    expect(datesOf('Officials will mark the anniversary of the 2020 war next month.')).toMatchObject({
      'the 2020 war': '2020',
    });
    const t = timelineOf('BAKU, Sept 20 (AP) - Leaders will discuss the 2024 elections, officials said.\n');
    expect(t.mentions.find((m) => m.text === 'the 2024 elections')).toBeDefined();
  });

  it('is year evidence: with a British weekday date and a deadline to come, only one year fits', () => {
    // 28 September is a Thursday in 2017 and 2023; the 2020 war rules out 2017, the 2024 deadline anything later.
    const text =
      'Talks stall\n\nThe foreign ministers met on Thursday 28 September, three years after the 2020 war, officials said. A peace deal is to be signed by 1 January 2024.\n';
    const t = timelineOf(text);
    const met = t.mentions.find((m) => m.text === 'on Thursday 28 September')!;
    expect(formatSourceDate(met.date)).toBe('2023-09-28');
    expect(met.date.yearStatus).toBe('inferred');
    expect(met.date.yearReason).toContain('"the 2020 war" is told as past');
    expect(met.date.yearReason).toContain('must be a Thursday');
  });

  it('without the named year, the same piece keeps its year unknown (2017 fits as well)', () => {
    const t = timelineOf(
      'Talks stall\n\nThe foreign ministers met on Thursday 28 September, officials said. A peace deal is to be signed by 1 January 2024.\n',
    );
    expect(t.mentions.find((m) => m.text === 'on Thursday 28 September')!.date.yearStatus).toBe('unknown');
  });
});

describe('a weekday next to a day and month in British order is weekday evidence', () => {
  it.each([
    ['on Friday 29 September', 9, 29, 5],
    ['on Thursday 28 September', 9, 28, 4],
    ['on Friday, 29 September', 9, 29, 5],
    ['on Friday (29 September)', 9, 29, 5],
    ['on Friday the 29th of September', 9, 29, 5],
    ['on Friday 29 Sept.', 9, 29, 5],
  ])('"%s" is a day and month that must be a given weekday', (written, month, day, weekday) => {
    const found = expressionsIn(`Troops withdrew ${written} and returned.`);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(written);
    expect(found[0]![1]).toEqual({ kind: 'calendar', month, day, weekday });
  });

  it.each(['on Friday 29 September', 'on Friday (29 September)', 'on Friday the 29th of September'])(
    '"%s" with a past war pins 2023 as "Friday, September 29" does',
    (written) => {
      const t = timelineOf(
        `Talks stall\n\nThe convoy left ${written}, the ministry said. Its route had been closed since the 2020 war.\n`,
      );
      const left = t.mentions.find((m) => m.text === written)!;
      expect(formatSourceDate(left.date)).toBe('2023-09-29');
    },
  );
});

describe('a weekday in the lead of a piece dated without a year', () => {
  it('names a month-day when every year that fits puts it on the same day', () => {
    // 28 September a Thursday makes 2 October a Monday in every such year: "on Monday" is 2 October.
    const t = timelineOf(
      'MOSCOW, October 2. /TASS/. Russian peacekeepers recorded no violations of the ceasefire on Monday, the Defense Ministry said.\n\nTalks were held on Thursday, September 28, the ministry said.\n',
    );
    expect(t.reference!.yearStatus).toBe('unknown');
    expect(formatSourceDate(t.mentions.find((m) => m.text === 'on Monday')!.date)).toBe(
      '10-02 (year not established)',
    );
  });

  it('names the day before when the years agree the dateline day is the next weekday', () => {
    // 29 September a Friday makes 2 October a Monday, so "on Sunday" is 1 October.
    const t = timelineOf(
      'YEREVAN, October 2. /ARMENPRESS/. The government met on Sunday to discuss the refugees, officials said.\n\nAid arrived on Friday 29 September, the ministry said.\n',
    );
    expect(formatSourceDate(t.mentions.find((m) => m.text === 'on Sunday')!.date)).toBe(
      '10-01 (year not established)',
    );
  });

  it.each([
    [
      'MOSCOW, October 2. /TASS/. Russian peacekeepers recorded no violations of the ceasefire on Monday, the Defense Ministry said.\n',
    ],
    ['LONDON, Oct 2 (Reuters) - The minister spoke on Monday about the talks, his office said.\n'],
  ])(
    'is the dateline’s own day when the years that fit disagree (October 2 is a Monday in some, a Tuesday in others): %s',
    (text) => {
      // Session 44: the golds of six wire leads read such a weekday as the dateline's day, the news day.
      const t = timelineOf(text);
      expect(t.mentions.filter((m) => !m.role).map((m) => formatSourceDate(m.date))).toEqual([
        '10-02 (year not established)',
      ]);
    },
  );

  it('gets no day when no year fits the evidence, and says the evidence fits no year', () => {
    const t = timelineOf(
      'MOSCOW, October 2. /TASS/. Peacekeepers recorded no violations on Monday, the ministry said. Talks had been held on Friday, September 30.\n',
    );
    expect(t.mentions.find((m) => m.text === 'on Monday')).toBeUndefined();
    expect(t.reference!.yearReason).toContain('fits no recent year');
  });
});

describe('events dated by a year inside a noun phrase', () => {
  function eventsOf(text: string) {
    const doc: CorpusDocument = {
      id: 'e',
      file: 'e.txt',
      text,
      sha256: '',
      label: 'e',
      meta: NO_META,
      bodyStart: 0,
    };
    const sentences = splitSentences(text, splitParagraphs(text));
    const timeline = buildTimelines([doc], new Map([[doc.id, sentences]]), NOW).get('e')!;
    return extractEvents(text, 'e', sentences, timeline);
  }

  it('a war named by its year is a name, no event, even in a sentence about the future (CONVENTIONS 18)', () => {
    expect(eventsOf('Officials will mark the anniversary of the 2020 war next month.')).toEqual([]);
    const t = timelineOf('Officials will mark the anniversary of the 2020 war next month.');
    expect(t.mentions.find((m) => m.text === 'the 2020 war')).toMatchObject({ role: 'name' });
  });

  it('elections named by their year keep the tense of their clause', () => {
    const [vote] = eventsOf('The 2024 elections will be held under new rules, the commission said.');
    expect(vote).toMatchObject({ expression: 'The 2024 elections', scheduled: true });
  });

  it('"since the 2023 offensive" bounds a state and is not an event', () => {
    expect(eventsOf('Since the 2023 offensive, the region has emptied.')).toEqual([]);
  });
});
