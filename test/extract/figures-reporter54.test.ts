import { describe, expect, it } from 'vitest';
import { reportersOf } from './figures.helpers.ts';

/**
 * Who reports a figure when the sentence names its source by a word that points back: "the statement"
 * stands for whoever issued it, "the source" for the source named before. The reporter is that source
 * as the text named it.
 */
const CASES: [string, string, string | null][] = [
  // "The statement" after a body that issued it: the body, shown as the text names it.
  [
    "Georgia's interior ministry issued a statement on Friday. The ministry said the border was calm. The statement also said that 12 migrants had been injured in a crush at the crossing.",
    '12',
    "The ministry (Georgia's interior ministry)",
  ],
  [
    'The Red Crescent said the convoy had reached the town. The statement said 40 patients had been evacuated overnight.',
    '40',
    'The Red Crescent',
  ],
  // "According to the source" after a source who told the paper: that source, with where it sits.
  [
    'A source in the border guard service told the paper that the road was reopened. According to the source, nine people were wounded in the shooting.',
    'nine',
    'A source in the border guard service',
  ],
  // A statement or source named with its owner is no pointer back.
  [
    'The clinic was shelled at night. According to the statement of the regional health office, six staff were wounded.',
    'six',
    'the statement of the regional health office',
  ],
];

describe('"the statement", "the source": the source named before', () => {
  it.each(CASES)('%s → %s by %s', (text, number, reporter) => {
    const found = reportersOf(text).find(([n]) => n === number);
    expect(found, `no figure ${number}`).toBeDefined();
    expect(found?.[1] ?? null).toBe(reporter);
  });
});

/**
 * "he says", "they said" after a sentence that names no source but opens with the person or the people the
 * pronoun stands for: they report the figure. Only the opening subject, only of the pronoun's kind.
 */
const OPENING_SUBJECT_CASES: [string, string, string | null][] = [
  [
    'At the clinic, deputy director Marta Ohanyan checks the beds twice a day. Some 60 patients have been moved to Yerevan, she says.',
    'Some 60',
    'deputy director Marta Ohanyan',
  ],
  [
    'Arman Gasparyan runs the only bakery left in the village. Eleven of his neighbours were wounded last week, he said.',
    'Eleven',
    'Arman Gasparyan',
  ],
  [
    'Local officials in Tegh reopened the school on Monday. They said at least three children had been injured by shrapnel.',
    'at least three',
    'Local officials in Tegh',
  ],
  // "he" never stands for a body, and "they" never for one person.
  [
    'The Defence Ministry of Armenia issued new maps on Monday. Five soldiers were wounded overnight, he said.',
    'Five',
    null,
  ],
  [
    'Anna Petrosyan walked to the border with her son. They said 20 people had been killed in the shelling.',
    '20',
    null,
  ],
];

describe('a pronoun stands for the subject that opens the sentence before', () => {
  it.each(OPENING_SUBJECT_CASES)('%s → %s by %s', (text, number, reporter) => {
    const found = reportersOf(text).find(([n]) => n === number);
    expect(found, `no figure ${number}`).toBeDefined();
    expect(found?.[1] ?? null).toBe(reporter);
  });
});

/**
 * Two sources in one sentence: media that carry a speaker's words relay them, and the speaker reports
 * (rule 15); "according to which" after someone's figures gives the figures' owner.
 */
const TWO_SOURCE_CASES: [string, string, string | null][] = [
  [
    'Prime Minister Ali Karimov said on Monday that at least 120 soldiers had been killed, according to Turkish media.',
    'at least 120',
    'Prime Minister Ali Karimov',
  ],
  // No speaker in the sentence: the media are the only source named.
  ['At least 40 people were wounded in the blast, according to local media.', 'At least 40', 'local media'],
  [
    'The envoy passed on the figures of the regional health office, according to which 37 civilians had died.',
    '37',
    'the regional health office',
  ],
];

describe('the source of the count when two are named', () => {
  it.each(TWO_SOURCE_CASES)('%s → %s by %s', (text, number, reporter) => {
    const found = reportersOf(text).find(([n]) => n === number);
    expect(found, `no figure ${number}`).toBeDefined();
    expect(found?.[1] ?? null).toBe(reporter);
  });
});

/**
 * A subject with a description or a name apposed to it, set off by commas before its verb: both are the
 * text's naming of one source, and the reporter keeps both.
 */
const APPOSED_CASES: [string, string, string | null][] = [
  [
    'The second witness, a retired border guard, told the court that four shepherds had been wounded.',
    'four',
    'The second witness, a retired border guard',
  ],
  [
    'At the field hospital, a medic who asked to be identified only by his first name, Davit, said 30 of the wounded were soldiers.',
    '30',
    'a medic who asked to be identified only by his first name, Davit',
  ],
  [
    "Officials in the province's main town, Lachin, said on Friday that two men had died in the shelling.",
    'two',
    "Officials in the province's main town, Lachin",
  ],
];

describe('a subject keeps what is apposed to it', () => {
  it.each(APPOSED_CASES)('%s → %s by %s', (text, number, reporter) => {
    const found = reportersOf(text).find(([n]) => n === number);
    expect(found, `no figure ${number}`).toBeDefined();
    expect(found?.[1] ?? null).toBe(reporter);
  });
});

describe('a noun of reporting is no verb', () => {
  it('"a Defence Ministry report of shooting and a blast that wounded two": the report names no reporter of the blast', () => {
    const text =
      'Summary: the bulletin led with a Defence Ministry report of shooting on the border and a mine blast that wounded two soldiers.';
    expect(reportersOf(text)).toContainEqual(['two', null]);
  });
});
