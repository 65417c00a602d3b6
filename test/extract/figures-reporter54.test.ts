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
