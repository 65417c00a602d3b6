import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta, SourceDate } from '../../src/corpus/types.ts';
import {
  buildTimelines,
  compareSourceDates,
  dateMatchesPeriod,
  formatSourceDate,
} from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

const NOW = new Date(Date.UTC(2026, 10, 23));
const NO_META: DocumentMeta = { title: null, outlet: null, published: null, url: null };

function doc(id: string, text: string, meta: DocumentMeta = NO_META): CorpusDocument {
  return { id, file: `${id}.txt`, text, sha256: '', label: `piece ${id}`, meta, bodyStart: 0 };
}

function timelines(docs: CorpusDocument[], now = NOW): Map<string, DocumentTimeline> {
  return buildTimelines(
    docs,
    new Map(docs.map((d) => [d.id, splitSentences(d.text, splitParagraphs(d.text))])),
    now,
  );
}

function datesOf(text: string, meta: DocumentMeta = NO_META): Record<string, string> {
  const t = timelines([doc('a', text, meta)]).get('a')!;
  return Object.fromEntries(t.mentions.map((m) => [m.text, formatSourceDate(m.date)]));
}

const day = (
  year: number | undefined,
  month: number,
  d: number,
  extra: Partial<SourceDate> = {},
): SourceDate => ({
  precision: 'day',
  ...(year !== undefined && { year }),
  month,
  day: d,
  yearStatus: year === undefined ? 'unknown' : 'stated',
  ...extra,
});

describe('formatSourceDate shows a date at the precision the source holds', () => {
  it.each<[SourceDate, string]>([
    [day(2023, 9, 19), '2023-09-19'],
    [{ precision: 'month', year: 2023, month: 9, yearStatus: 'stated' }, '2023-09'],
    [{ precision: 'year', year: 2023, yearStatus: 'stated' }, '2023'],
    [{ precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' }, 'fall 2020'],
    [{ precision: 'decade', year: 1990, decadePart: 'early', yearStatus: 'stated' }, 'early 1990s'],
    [{ precision: 'decade', year: 1990, yearStatus: 'stated' }, '1990s'],
    [day(2023, 9, 19, { end: { year: 2023, month: 9, day: 20 } }), '2023-09-19/20'],
    [day(2023, 9, 30, { end: { year: 2023, month: 10, day: 1 } }), '2023-09-30/10-01'],
    [day(undefined, 9, 19), '09-19 (year not established)'],
    [{ precision: 'month', month: 9, yearStatus: 'unknown' }, 'September (year not established)'],
  ])('%o → %s', (date, shown) => expect(formatSourceDate(date)).toBe(shown));
});

describe('compareSourceDates orders a timeline', () => {
  it('by first day, wider before narrower on the same start, unknown years last', () => {
    const dates: SourceDate[] = [
      day(undefined, 1, 5),
      day(2023, 9, 19),
      { precision: 'month', year: 2023, month: 9, yearStatus: 'stated' },
      { precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' },
      { precision: 'decade', year: 1990, decadePart: 'early', yearStatus: 'stated' },
      day(2023, 9, 1),
    ];
    expect([...dates].sort(compareSourceDates).map(formatSourceDate)).toEqual([
      'early 1990s',
      'fall 2020',
      '2023-09',
      '2023-09-01',
      '2023-09-19',
      '01-05 (year not established)',
    ]);
  });
});

describe('dateMatchesPeriod: does a date fall within the period the user asked for', () => {
  it.each<[SourceDate, { year: number; month?: number; day?: number }, boolean]>([
    [day(2023, 9, 19), { year: 2023, month: 9 }, true],
    [day(2023, 9, 19), { year: 2023 }, true],
    [day(2023, 9, 19), { year: 2023, month: 9, day: 19 }, true],
    [day(2023, 9, 19), { year: 2023, month: 10 }, false],
    [
      { precision: 'month', year: 2023, month: 9, yearStatus: 'stated' },
      { year: 2023, month: 9, day: 19 },
      false,
    ],
    [{ precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' }, { year: 2020 }, true],
    [
      { precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' },
      { year: 2020, month: 10 },
      false,
    ],
    [day(2023, 9, 19, { end: { year: 2023, month: 9, day: 20 } }), { year: 2023, month: 9, day: 20 }, true],
    [day(undefined, 9, 19), { year: 2023, month: 9 }, false],
    [day(undefined, 9, 19), { year: 2023 }, false],
  ])('%o in %o → %s', (date, period, expected) => expect(dateMatchesPeriod(date, period)).toBe(expected));
});

describe('date expressions in a dated piece', () => {
  const published: DocumentMeta = {
    ...NO_META,
    published: { value: day(2023, 9, 22), how: 'stated', why: 'Published: line' },
  };

  it('absolute dates in several forms, with or without a year', () => {
    expect(
      datesOf(
        'Talks began on September 19. A deal was signed November 10, 2020. The decree is dated 2020-10-24. Troops left on 19 September 2023.',
        published,
      ),
    ).toEqual({
      'on September 19': '2023-09-19',
      'November 10, 2020': '2020-11-10',
      '2020-10-24': '2020-10-24',
      'on 19 September 2023': '2023-09-19',
    });
  });

  it('relative days: "the next day" and "a day earlier" count from the date the text just gave', () => {
    expect(
      datesOf(
        'On September 12, the army moved. The next day, shelling began. On September 15, talks failed. A day earlier, envoys arrived.',
        published,
      ),
    ).toEqual({
      'On September 12': '2023-09-12',
      'The next day': '2023-09-13',
      'On September 15': '2023-09-15',
      'A day earlier': '2023-09-14',
    });
  });

  it('"today", "yesterday" and "over the past 24 hours" count from the piece\'s date', () => {
    const text = 'The minister spoke today. Officials met yesterday. Ten people died over the past 24 hours.';
    expect(datesOf(text, published)).toEqual({ today: '2023-09-22', yesterday: '2023-09-21' });
    // A duration up to the piece's date is no date of the timeline (CONVENTIONS 19): a span apart.
    const t = timelines([doc('a', text, published)]).get('a')!;
    expect(t.spans?.map((m) => [m.text, formatSourceDate(m.date)])).toEqual([
      ['over the past 24 hours', '2023-09-21/22'],
    ]);
  });

  it('"over the past week" and "the past two days" are spans, not dates', () => {
    const text =
      'The agency said on Friday that 300 families had returned over the past week. Shelling has eased in the past two days.';
    expect(datesOf(text, published)).toEqual({ 'on Friday': '2023-09-22' });
    const t = timelines([doc('a', text, published)]).get('a')!;
    expect(t.spans?.map((m) => m.text)).toEqual(['over the past week', 'in the past two days']);
  });

  it('weekdays take the day of the week up to the piece\'s date; "this week" is that Monday to Sunday', () => {
    expect(
      datesOf(
        'Officials said on Monday evening that the roads were closed. Leaders will meet this week.',
        published,
      ),
    ).toEqual({
      'on Monday evening': '2023-09-18',
      'this week': '2023-09-18/24',
    });
  });

  it('ranges, seasons and decades keep their real precision', () => {
    expect(
      datesOf(
        'Fighting on September 19-20 ended a truce signed in the fall of 2020. The conflict dates to the early 1990s and the beginning of the nineties.',
        published,
      ),
    ).toEqual({
      'on September 19-20': '2023-09-19/20',
      'in the fall of 2020': 'fall 2020',
      'the early 1990s': 'early 1990s',
      'the beginning of the nineties': 'early 1990s',
    });
  });

  it('a month-day in January looks back across the new year when told as past', () => {
    const january: DocumentMeta = {
      ...NO_META,
      published: { value: day(2024, 1, 3), how: 'stated', why: 'Published: line' },
    };
    expect(
      datesOf('The ceasefire collapsed on December 30. A summit is scheduled for February 2.', january),
    ).toEqual({
      'on December 30': '2023-12-30',
      'February 2': '2024-02-02',
    });
  });

  it('words that chrono reads as dates but are not ("for three weeks", "30 years of conflict", "The Sun") are left alone', () => {
    expect(
      datesOf('Fighting has raged for three weeks after 30 years of conflict, The Sun reported.', published),
    ).toEqual({});
  });
});

describe('never invent precision', () => {
  it('a weekday in a piece without a date gets no day', () => {
    expect(datesOf('Officials said on Wednesday morning that the roads were closed.')).toEqual({});
  });

  it('"today" in an undated piece is not given a day', () => {
    expect(datesOf('The minister spoke today about the talks.')).toEqual({});
  });

  it('a dateline without a year leaves its dates without one when nothing dates the piece', () => {
    const t = timelines([
      doc(
        'tass',
        'MOSCOW, March 4. /TASS/. Talks will resume, the ministry said.\nOn March 2, the talks stalled.\n',
      ),
    ]).get('tass')!;
    expect(formatSourceDate(t.reference!)).toBe('03-04 (year not established)');
    expect(t.reference!.yearReason).toMatch(/year not established/);
    expect(t.mentions.map((m) => [m.text, formatSourceDate(m.date), m.role ?? 'text'])).toEqual([
      ['March 4', '03-04 (year not established)', 'dateline'],
      ['On March 2', '03-02 (year not established)', 'text'],
    ]);
  });
});

describe("year inference from a document's own evidence", () => {
  it('a weekday next to a day and month, with a year told as past, pins the year and says why', () => {
    const t = timelines([
      doc(
        'w',
        'BAKU, Oct 2 (AP) - Troops withdrew on Sunday, October 1, the ministry said. A truce had been agreed in 2020.\n',
      ),
    ]).get('w')!;
    expect(formatSourceDate(t.reference!)).toBe('2023-10-02');
    expect(t.reference!.yearStatus).toBe('inferred');
    expect(t.reference!.yearReason).toContain('"on Sunday, October 1" must be a Sunday');
    expect(t.referenceBasis).toContain('dateline');
  });

  it('evidence that fits no year leaves the year unknown and says so', () => {
    const t = timelines([
      doc(
        'c',
        'BAKU, Sept 20 (AP) - Azerbaijan said on Sunday, September 17, that shots were fired. Armenia said on Monday, September 19, that it had not fired. A war ended in 2020.\n',
      ),
    ]).get('c')!;
    expect(t.reference!.yearStatus).toBe('unknown');
    expect(t.reference!.yearReason).toContain('conflicts');
    expect(t.mentions.every((m) => m.date.year === undefined || m.text === 'in 2020')).toBe(true);
  });

  it('evidence that leaves several years lists the candidates and guesses none', () => {
    const t = timelines([
      doc('s', 'KYIV, June 5 (Reuters) - Talks resumed, officials said. The war began in 2022.\n'),
    ]).get('s')!;
    expect(t.reference!.yearStatus).toBe('unknown');
    expect(t.reference!.yearReason).toContain('candidates 2023, 2024, 2025, 2026');
  });

  it('no article is from the future: a fit after `now` is not a candidate', () => {
    // 20 September is a Wednesday in 2023 and 2028; with now in 2026 only 2023 is left.
    const text =
      'PARIS, September 20 (AFP) - The ministry said on Wednesday that talks would resume. A truce was signed in 2020.\n';
    expect(timelines([doc('f', text)]).get('f')!.reference!.year).toBe(2023);
    const later = timelines([doc('f', text)], new Date(Date.UTC(2029, 0, 1))).get('f')!;
    expect(later.reference!.yearStatus).toBe('unknown');
    expect(later.reference!.yearReason).toContain('2023, 2028');
  });

  it('an event told as still to come bounds the year from above', () => {
    const t = timelines([
      doc(
        'u',
        'ROME, Oct 3 (Reuters) - Officials said on Tuesday that elections are scheduled for June 2024. The previous vote was held in 2018.\n',
      ),
    ]).get('u')!;
    expect(t.reference!.year).toBe(2023);
    expect(t.reference!.yearReason).toContain('"June 2024" is told as still to come');
  });
});

describe('year lent between documents that tell the same dated event', () => {
  const pinned =
    'BAKU, Oct 2 (AP) - Troops withdrew on Sunday, October 1, the ministry said. A truce had been agreed in 2020.\nOn September 28, the separatist leader signed a decree dissolving all institutions.\n';
  const unpinned =
    'The separatist authorities are gone. On September 28, the separatist leader signed a decree dissolving all institutions, officials said.\n';

  it('a document of unknown year takes the year of a pinned one that tells the same event on the same day', () => {
    const t = timelines([doc('pinned', pinned), doc('open', unpinned)]);
    const sept28 = t.get('open')!.mentions.find((m) => m.text === 'On September 28')!;
    expect(formatSourceDate(sept28.date)).toBe('2023-09-28');
    expect(sept28.date.yearStatus).toBe('inferred');
    expect(sept28.date.yearReason).toContain('piece pinned');
  });

  it('the same words on a different day lend nothing', () => {
    const other = unpinned.replace('September 28', 'September 29');
    const t = timelines([doc('pinned', pinned), doc('open', other)]);
    expect(t.get('open')!.mentions.find((m) => m.text === 'On September 29')!.date.yearStatus).toBe(
      'unknown',
    );
  });

  it('lenders that disagree leave the year unknown', () => {
    const pinned2019 =
      'BERLIN, Sept 30, 2019 (Reuters) - On September 28, the separatist leader signed a decree dissolving all institutions.\n';
    const t = timelines([doc('pinned', pinned), doc('old', pinned2019), doc('open', unpinned)]);
    const date = t.get('open')!.mentions.find((m) => m.text === 'On September 28')!.date;
    expect(date.yearStatus).toBe('unknown');
    expect(date.yearReason).toContain('disagree');
  });
});
