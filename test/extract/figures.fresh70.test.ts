import { describe, expect, it } from 'vitest';
import { reportersOf as reporters } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-70's reporter misses. */
describe('"has listed" reports the count it lists, as "lists" does', () => {
  it('"The defence ministry has listed 220 of its soldiers killed" is the ministry\'s count', () => {
    expect(
      reporters(
        'The defence ministry in the capital has listed 220 of its soldiers killed, while the other side gives no figure.',
      ),
    ).toEqual([['220', 'The defence ministry in the capital']]);
  });

  it('"servicemen listed as missing" is a count\'s noun, not a report', () => {
    expect(
      reporters('The number of servicemen listed as missing rose to 24 by Wednesday, local media reported.'),
    ).toEqual([['24', 'local media']]);
  });
});

describe('a clause after a semicolon reads its own subject for a joined reporting verb', () => {
  it('"…; Baku does not disclose its losses and speaks of 41 civilians killed" is Baku\'s count', () => {
    expect(
      reporters(
        'The ministry has published the names of 480 of its soldiers killed; Baku does not disclose its military losses and speaks of 41 civilians killed.',
      ),
    ).toEqual([
      ['480', 'The ministry'],
      ['41', 'Baku'],
    ]);
  });
});
