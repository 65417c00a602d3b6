import { describe, expect, it } from 'vitest';
import { reportersOf } from './figures.helpers.ts';

/**
 * A toll's reporter where the text names none, in sentences written for these tests in the styles of outlets
 * none of the read sets holds (a Balkan wire, a Scandinavian daily, a West African weekly, a Gulf broadcaster).
 * A source that frames one sentence ("According to X, …") carries to the next only while the next goes on
 * with X's report, counting what X counted; a background toll of another time (a past war, an earlier year) is the writer's, and
 * names no one. "…, it said" after a clause whose subject is a body stands for that body.
 */
const CASES: [string, string, string | null][] = [
  // A background toll of an earlier war, after a framed report: no one named.
  [
    'According to the regional police, 40 people were detained after the rally. The war of 1992 killed about 30,000 people.',
    'about 30,000',
    null,
  ],
  [
    'According to the Interior Ministry, 12 officers were hurt in the clashes. Some 3,000 people died in the fighting that ended in 2016.',
    'Some 3,000',
    null,
  ],
  [
    'According to hospital staff, eight patients were evacuated overnight. The 2008 conflict, which killed more than 800 people, ended within days.',
    'more than 800',
    null,
  ],
  // The framed report goes on in the next sentence, counting the same thing: the source carries.
  [
    'According to the health ministry, 14 people were killed on Monday. Another 30 were killed on Tuesday.',
    '30',
    'the health ministry',
  ],
  // The killed and the wounded are one report of people harmed: the source carries.
  [
    'According to the health ministry, 14 people were killed on Monday. Another 30 were wounded, including six children.',
    '30',
    'the health ministry',
  ],
  // People moved, then people harmed: a count of another kind is no longer the frame's report.
  [
    'According to the regional governor, about 2,600 residents were evacuated overnight. At least three civilians were injured.',
    'At least three',
    null,
  ],
  // "…, it said" after a clause whose subject is the body: the body reports.
  [
    'The weather was cold. Since March, the IOM has evacuated more than 900 patients from the north, it said.',
    'more than 900',
    'the IOM',
  ],
  [
    'Aid convoys were stopped at the bridge. The UNHCR has evacuated 4,200 people this week, it said in a statement.',
    '4,200',
    'The UNHCR',
  ],
  // A person named earlier, then "it said": never the person.
  [
    'Minister Adjoa Mensah visited the camp. The agency has evacuated 600 patients since Friday, it said.',
    '600',
    'The agency',
  ],
];

describe('a toll where the text names no reporter: background tolls and "it said"', () => {
  for (const [text, number, reporter] of CASES) {
    it(`given "${text}", ${number} is reported by ${reporter ?? 'no one'}`, () => {
      const found = reportersOf(text).find(([n]) => n === number);
      expect(found?.[1] ?? null).toBe(reporter);
    });
  }
});
