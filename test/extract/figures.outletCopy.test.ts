import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/**
 * Figures as agencies, translated aggregator copy, ministries and wire services write them,
 * in sentences written for these tests: thousands grouped with spaces or full stops, ranges,
 * tolls that climb to a total, increments that are no totals.
 */

function figuresOf(text: string): Figure[] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  for (const f of figures) expect(text.slice(f.excerpt.start, f.excerpt.end)).toContain(f.number.text);
  return figures;
}

/** [category, number as written, value, low, high] for each figure, in text order. */
const numbers = (text: string) =>
  figuresOf(text).map((f) => [f.category, f.number.text, f.number.value, f.number.low, f.number.high]);

describe('thousands grouped with spaces or full stops, as translated copy writes them', () => {
  it.each([
    [
      'Nearly 100 000 people have arrived in Armenia since the start of the exodus, the prime minister said.',
      [['displaced', 'Nearly 100 000', 100_000, null, 100_000]],
    ],
    [
      'The number of displaced people registered in Armenia reached 100.417, the ministry reported.',
      [['displaced', '100.417', 100_417, 100_417, 100_417]],
    ],
    [
      'More than 2 350 servicemen were killed in the war, the ministry said.',
      [['killed', 'More than 2 350', 2_350, 2_351, null]],
    ],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('keeps a decimal before a scale word a decimal', () => {
    expect(numbers('Some 1.5 million people were displaced.')).toEqual([
      ['displaced', 'Some 1.5 million', 1_500_000, null, null],
    ]);
  });

  it('nests parts written with spaces in the total before them', () => {
    const [total, children] = figuresOf(
      'Nearly 100 000 refugees have crossed into Armenia, officials said. Of these, 41 000 are children.',
    );
    expect(children).toMatchObject({ number: { text: '41 000', value: 41_000 }, partOf: total!.id });
  });
});

describe('a range is one figure with both ends, never its upper end alone', () => {
  it.each([
    [
      'Between 30 and 40 bodies were still being identified at the morgue, a local official said.',
      [['killed', 'Between 30 and 40', 30, 30, 40]],
    ],
    [
      'The remains of 30 to 40 servicemen were found in the district, the ministry said.',
      [['killed', '30 to 40', 30, 30, 40]],
    ],
    ['Officials said 15-20 civilians were wounded in the shelling.', [['wounded', '15-20', 15, 15, 20]]],
    ['Two or three soldiers were killed on Tuesday.', [['killed', 'Two or three', 2, 2, 3]]],
    [
      'Between 2 and 3 thousand people fled the village overnight.',
      [['displaced', 'Between 2 and 3 thousand', 2_000, 2_000, 3_000]],
    ],
    // A hedge on a range states no end.
    ['Some 30 to 40 people were injured.', [['wounded', 'Some 30 to 40', 30, null, null]]],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('leaves two counts joined by "or" as two counts', () => {
    expect(numbers('Officials could not say whether 12 soldiers or 3 civilians were killed.')).toHaveLength(
      2,
    );
  });
});

/** [category, number as written, low, high, kind] for each figure, in text order. */
const shaped = (text: string) =>
  figuresOf(text).map((f) => [f.category, f.number.text, f.number.low, f.number.high, f.kind ?? 'total']);

describe('a toll that climbs to a total is that total, however long its subject', () => {
  it.each([
    [
      "The death toll from Monday's fuel depot explosion in Nagorno-Karabakh rose to 68, the region's health authorities said.",
      [['killed', '68', 68, 68, 'total']],
    ],
    [
      'The number of servicemen wounded during the anti-terrorist measures in Karabakh has reached 511, the Health Ministry said.',
      [['wounded', '511', 511, 511, 'total']],
    ],
    [
      'The number of Azerbaijani soldiers killed was later revised down to 192.',
      [['killed', '192', 192, 192, 'total']],
    ],
  ])('%s', (text, expected) => {
    expect(shaped(text)).toEqual(expected);
  });

  it('keeps a verb that bounds the count as its hedge', () => {
    expect(shaped('The toll passed 300 on Friday, officials said.')).toEqual([
      ['killed', 'passed 300', 301, null, 'total'],
    ]);
    expect(shaped('The number of refugees who have entered Armenia exceeded 100,000.')).toEqual([
      ['displaced', 'exceeded 100,000', 100_001, null, 'total'],
    ]);
  });
});

describe('an increment is a change, never a total', () => {
  it('"a further 12" adds to a toll, which is given after it', () => {
    expect(
      shaped(
        "Azerbaijan's defence ministry said a further 12 servicemen had died of their wounds, taking its toll to 204.",
      ),
    ).toEqual([
      ['killed', '12', 12, 12, 'change'],
      ['killed', '204', 204, 204, 'total'],
    ]);
  });

  it('"N more" of what was just counted is a change; the total it brings keeps its hedge', () => {
    expect(
      shaped(
        'Some 2,000 more refugees crossed into Armenia overnight, officials said, bringing the total past 50,000.',
      ),
    ).toEqual([
      ['displaced', 'Some 2,000', null, null, 'change'],
      ['displaced', 'past 50,000', 50_001, null, 'total'],
    ]);
    expect(shaped('Twelve people were killed on Monday. Five more died in hospital on Tuesday.')).toEqual([
      ['killed', 'Twelve', 12, 12, 'total'],
      ['killed', 'Five', 5, 5, 'change'],
    ]);
  });

  it('"N more" after a count of another kind counts other people', () => {
    expect(shaped('At least 32 people were killed. Forty more were wounded.')).toEqual([
      ['killed', 'At least 32', 32, null, 'total'],
      ['wounded', 'Forty', 40, 40, 'total'],
    ]);
  });

  it('"the past 24 hours" is a period, not a hedge', () => {
    expect(shaped('Over the past 24 hours, 12 people were killed.')).toEqual([
      ['killed', '12', 12, 12, 'total'],
    ]);
  });
});

describe('"as of" with a clock time, as agencies give a running count', () => {
  it.each([
    ['As of 10:00, 65,036 forcibly displaced persons have entered Armenia.', 'As of 10:00'],
    ['As of 8 a.m. local time, 12 people had been killed.', 'As of 8 a.m. local time'],
    ['As of 09:00 on Thursday, 97,735 refugees had crossed into Armenia.', 'As of 09:00 on Thursday'],
  ])('%s', (text, period) => {
    expect(figuresOf(text).map((f) => f.period.text)).toEqual([period]);
  });
});

describe('both sides in one sentence, and who reports them', () => {
  it('a participle after the last of two counts covers both: "200 and 192 killed"', () => {
    expect(
      shaped(
        'Losses in the September clashes amounted to 200 and 192 killed respectively, the two sides said.',
      ),
    ).toEqual([
      ['killed', '200', 200, 200, 'total'],
      ['killed', '192', 192, 192, 'total'],
    ]);
  });

  it.each([
    ['Baku, for its part, said 17 of its soldiers had died in the clashes.', 'Baku'],
    ['The Armenian side, in turn, reported 12 soldiers killed.', 'The Armenian side'],
    ['Officials, however, said 12 soldiers were killed.', 'Officials'],
  ])('an aside between the subject and "said" leaves the subject the reporter: %s', (text, reporter) => {
    expect(figuresOf(text).map((f) => f.reporter?.text)).toEqual([reporter]);
  });

  it('a figure attributed with "according to" a named ministry names that ministry', () => {
    const [f] = figuresOf(
      'According to the Health Ministry of Armenia, 142 people injured in the explosion have been taken to hospitals.',
    );
    expect(f).toMatchObject({ category: 'wounded', reporter: { text: 'the Health Ministry of Armenia' } });
  });
});

describe('"a further N" after a count of another kind counts other people', () => {
  it('"68 bodies …, and that a further 105 people remained missing" gives two totals', () => {
    expect(
      shaped(
        'The health minister said 68 bodies had been brought to Armenia, and that a further 105 people remained missing.',
      ),
    ).toEqual([
      ['killed', '68', 68, 68, 'total'],
      ['missing', '105', 105, 105, 'total'],
    ]);
  });
});

describe('a reporter whose name or place list holds commas', () => {
  it.each([
    [
      "Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons said that 3,890 Azerbaijanis remain missing.",
      "Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons",
    ],
    ['Officials in Baku, Ganja and Barda said 12 people were killed.', 'Officials in Baku, Ganja and Barda'],
    ['Armenia, Azerbaijan and Russia said 12 people were killed.', 'Armenia, Azerbaijan and Russia'],
    // An opening phrase ends at its comma: the subject is what follows.
    ['After talks in Moscow, Armenia and Azerbaijan said 12 people were killed.', 'Armenia and Azerbaijan'],
    [
      'After the blast in Stepanakert, Health Minister Avanesyan said 12 people were killed.',
      'Health Minister Avanesyan',
    ],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text).map((f) => f.reporter?.text)).toEqual([reporter]);
  });
});

describe('a part and the whole it is taken from', () => {
  it('"1,5 thousand" is one and a half thousand, as translated copy writes it', () => {
    expect(numbers('Over 1,5 thousand civilians have been evacuated by Russian peacekeepers.')).toEqual([
      ['evacuated', 'Over 1,5 thousand', 1_500, 1_501, null],
    ]);
  });

  it.each([
    [
      "By Wednesday, up to 50,000 of the region's roughly 120,000 residents had fled to Armenia.",
      [['displaced', 'up to 50,000', 'residents']],
    ],
    ['Some 3,000 of its 10,000 inhabitants were evacuated.', [['evacuated', 'Some 3,000', 'inhabitants']]],
  ])('the whole is no count of those it tells of: %s', (text, expected) => {
    expect(figuresOf(text).map((f) => [f.category, f.number.text, f.counted])).toEqual(expected);
  });

  it('"of whom" after a part nests in that part', () => {
    const [total, civilians, children] = figuresOf(
      'The ministry said the toll stands at 1,200 people, including 300 civilians, of whom 40 were children.',
    );
    expect(civilians!.partOf).toBe(total!.id);
    expect(children).toMatchObject({ number: { text: '40' }, partOf: civilians!.id });
  });

  it('an aside between a count and its verb does not hide the verb', () => {
    expect(
      shaped('Close to 100 000 people, or more than 80 per cent of the population, have fled Karabakh.'),
    ).toEqual([['displaced', 'Close to 100 000', null, 100_000, 'total']]);
  });
});

describe('"claimed the lives of" tells a toll, not who reports it', () => {
  it.each([
    ['He noted that the 44-day war of 2020 claimed the lives of over 3,800 Armenian servicemen.', undefined],
    ['The blast claimed 170 lives, officials said.', 'officials'],
    // A hedge before the count: the war is still no reporter.
    ['The six-week war three years ago claimed more than 6,500 lives.', undefined],
    ['The shelling claimed at least 12 more lives overnight, the ministry said.', 'the ministry'],
    ['Baku claimed that 12 Armenian soldiers were killed.', 'Baku'],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text).map((f) => [f.category, f.reporter?.text])).toEqual([['killed', reporter]]);
  });
});

describe('adjectives and particles around a count', () => {
  it('an adjective before the first of two coordinated nouns covers both', () => {
    expect(shaped('The Azerbaijani side reported 192 dead servicemen and one civilian.')).toEqual([
      ['killed', '192', 192, 192, 'total'],
      ['killed', 'one', 1, 1, 'total'],
    ]);
  });

  it('"revised up to 215" is a revised total, not "at most 215"', () => {
    expect(shaped('The toll was revised up to 215 on Friday.')).toEqual([
      ['killed', '215', 215, 215, 'total'],
    ]);
    expect(shaped('Up to 300 people were wounded.')).toEqual([['wounded', 'Up to 300', null, 300, 'total']]);
  });
});

describe('"the number of <people> who have fled … climbed to N"', () => {
  it('is a count of the displaced, whatever the people are called', () => {
    expect(
      shaped(
        'The number of ethnic Armenians who have fled Nagorno-Karabakh for Armenia climbed to 88,780 on Friday, the government said.',
      ),
    ).toEqual([['displaced', '88,780', 88_780, 88_780, 'total']]);
  });
});

describe('a date after a comparison dates the compared count only', () => {
  it('"climbed to 88,780, up from 84,770 a day earlier": the day earlier is not the 88,780\'s', () => {
    const text =
      'The number of refugees who have crossed into Armenia climbed to 88,780, up from 84,770 a day earlier, the government said.';
    const phrase = 'a day earlier';
    const start = text.indexOf(phrase);
    const mention = {
      start,
      end: start + phrase.length,
      text: phrase,
      date: { precision: 'day' as const, year: 2023, month: 9, day: 28, yearStatus: 'stated' as const },
      sentence: 0,
    };
    const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
      docId: 'doc',
      reference: null,
      referenceBasis: null,
      mentions: [mention],
    });
    expect(figures.map((f) => [f.number.text, f.period.text])).toEqual([
      ['88,780', null],
      ['84,770', 'a day earlier'],
    ]);
  });
});
