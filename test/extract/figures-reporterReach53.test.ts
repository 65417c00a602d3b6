import { describe, expect, it } from 'vitest';
import { figuresOf, reportersOf } from './figures.helpers.ts';

/**
 * Who reports a figure, in sentences written for these tests in the styles of outlets none of the read sets
 * holds (Gulf, Caribbean, East African, Central Asian, Japanese, Pacific and South Asian papers). The reporter
 * is the source of the clause that holds the figure; a clause of its own (after a semicolon, or a second
 * subject and verb) has its own source; a participle after "the" is an adjective, not a speaker's verb; an
 * aside between a subject and its verb leaves the subject the speaker. When no one is named, no one reports.
 */
const CASES: [string, string, string | null][] = [
  // A headline of two clauses joined by a semicolon: each clause's subject reports its own figure.
  ['Armenian officials say 31 soldiers killed; Baku puts civilian toll at 12', '31', 'Armenian officials'],
  ['Armenian officials say 31 soldiers killed; Baku puts civilian toll at 12', '12', 'Baku'],
  [
    "Armenia's health ministry put the number of wounded at 35; Azerbaijan did not comment.",
    '35',
    "Armenia's health ministry",
  ],
  // "the confirmed toll", "the reported toll": an adjective, and no one named.
  [
    'The confirmed toll now stands at more than 90 dead, among them at least 20 civilians.',
    'more than 90',
    null,
  ],
  [
    'The confirmed toll now stands at more than 90 dead, among them at least 20 civilians.',
    'at least 20',
    null,
  ],
  ['The reported toll of 25 dead could not be independently verified.', '25', null],
  // An aside set off by commas between the subject and its verb.
  [
    'Baku, which does not disclose its military losses, said on Tuesday that 42 civilians had been killed.',
    '42',
    'Baku',
  ],
  [
    'The health ministry in Stepanakert, which updates its figures daily, said 17 more soldiers had died.',
    '17',
    'The health ministry in Stepanakert',
  ],
  [
    'Local residents, who asked not to be named, said three people had been killed in the village.',
    'three',
    'Local residents',
  ],
  [
    "According to the ombudsman's office, whose staff visited the hospital, 14 people were wounded.",
    '14',
    "the ombudsman's office",
  ],
  // The saying clause after the figure, whatever its verb.
  ['Four people were wounded, the interior ministry said in a statement.', 'Four', 'the interior ministry'],
  [
    'Twenty-one civilians have been killed since Sunday, Azerbaijani officials told AFP.',
    'Twenty-one',
    'Azerbaijani officials',
  ],
  [
    'More than 100,000 people have fled the region, the UN refugee agency said on Friday.',
    'More than 100,000',
    'the UN refugee agency',
  ],
  [
    'Hospital sources said at least eight people were wounded, but the ministry gave no figures.',
    'at least eight',
    'Hospital sources',
  ],
  // The name set off by commas is who spoke (first written expecting the role too; the name alone is right).
  [
    'A spokesman for the ministry, Vagif Dargahli, said 11 civilians had been wounded in the shelling.',
    '11',
    'Vagif Dargahli',
  ],
  // Two sources in one sentence: each governs its own clause.
  [
    'Officials in Yerevan said six soldiers died, while Azerbaijani media reported that three servicemen had been wounded.',
    'six',
    'Officials in Yerevan',
  ],
  [
    'Officials in Yerevan said six soldiers died, while Azerbaijani media reported that three servicemen had been wounded.',
    'three',
    'Azerbaijani media',
  ],
  [
    'The war killed about 6,500 people, and the Armenian government says more than 100,000 fled.',
    'about 6,500',
    null,
  ],
  // A clause of time after the report ("said Friday, as …") tells its count beside the report, no one's.
  [
    'Canada will send $3 million in aid, the foreign ministry said Friday, as the number of refugees topped 90,000.',
    'topped 90,000',
    null,
  ],
  // "self-declared" is an adjective: no speaker named "The self-".
  [
    'The self-declared republic will be dissolved, its leader has announced, as the exodus passed the 50,000 mark.',
    '50,000',
    null,
  ],
];

describe('the reporter is the source of the clause that holds the figure', () => {
  it.each(CASES)('%s → %s by %s', (text, number, reporter) => {
    const found = reportersOf(text).find(([n]) => n === number);
    expect(found, `no figure ${number}`).toBeDefined();
    expect(found?.[1] ?? null).toBe(reporter);
  });
});

describe('a body named in full keeps its short name in brackets', () => {
  it('"according to the Mine Action Agency (MAA)" names the agency with its initials', () => {
    const text =
      'Since the war ended, 40 people have been killed by landmines, according to the Mine Action Agency (MAA).';
    expect(figuresOf(text)).toContainEqual(['killed', '40', 'the Mine Action Agency (MAA)']);
  });
});

describe('a headline "N X among M killed" (its copula dropped) gives a part and its whole', () => {
  it.each([
    ['Two journalists among three killed by landmine in Kalbajar', 'killed', 'three', 'Two'],
    ['Four soldiers among 12 wounded in border clash near Jermuk', 'wounded', '12', 'Four'],
  ])('%s → %s %s, of which %s', (text, category, whole, part) => {
    expect(figuresOf(text)).toEqual([
      [category, whole, null],
      [category, part, null],
    ]);
  });
});

describe('refugees helped to return are returnees, no displacement figure (CONVENTIONS 20)', () => {
  it('"helped more than 30,000 refugees to return" counts no one displaced', () => {
    expect(
      figuresOf(
        'According to the ministry, peacekeepers have helped more than 30,000 refugees to return to Karabakh.',
      ),
    ).toEqual([]);
  });
});
