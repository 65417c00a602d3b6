import { describe, expect, it } from 'vitest';
import { trailingProperName } from '../../src/extract/entities/textEntity.ts';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('an occupation before a name is the role, the name is who spoke', () => {
  it('"Pharmacist Ruzanna Melkonyan said …": the pharmacist is named by her name alone', () => {
    expect(who('Pharmacist Ruzanna Melkonyan said the shelves had been empty since Friday.')).toEqual([
      ['text:ruzanna-melkonyan', 'the shelves had been emp'],
    ]);
  });

  it('a sentence-opening occupation is no given name', () => {
    expect(trailingProperName('Mechanic Davit Harutyunyan')).toEqual({
      name: 'Davit Harutyunyan',
      role: 'Mechanic',
    });
  });
});

describe('a lower-case person noun before one capitalised word gives that word as the name', () => {
  it('"…, said local resident Nune": Nune, not "local resident Nune"', () => {
    expect(who('The bakery has not opened for a week, said local resident Nune.')).toEqual([
      ['text:nune', 'The bakery has not opene'],
    ]);
  });

  it('"the volunteer Aram said …"', () => {
    expect(trailingProperName('the volunteer Aram')).toEqual({ name: 'Aram', role: 'the volunteer' });
  });

  it('a weekday after the noun dates the saying and names no one', () => {
    expect(trailingProperName('officials Monday')).toBeNull();
    expect(trailingProperName('a resident Tuesday')).toBeNull();
  });
});

describe("the piece's own outlet named in its copy, with no metadata", () => {
  it('"Kavkazinfo.az reminds that …" is the site\'s own background, no statement', () => {
    const said = who(
      [
        'The checkpoint reopened on Friday morning, the border service said.',
        'Kavkazinfo.az reminds that the road was closed for two weeks in the spring.',
      ].join('\n\n'),
    );
    expect(said).toEqual([['text:border-service', 'The checkpoint reopened ']]);
  });

  it('"According to Dalan\'s report, …" with "told Dalan" is the outlet\'s own report', () => {
    const said = who(
      [
        "According to Dalan's report, the drills began on Tuesday near the river.",
        'A retired colonel told Dalan that the timing was no accident.',
      ].join('\n\n'),
    );
    expect(said).toEqual([['text:retired-colonel', 'the timing was no accide']]);
  });

  it("another outlet's report the text follows, never told the news, stays that outlet's", () => {
    const said = who("According to Dalan's report, the drills began on Tuesday near the river.");
    expect(said).toEqual([['text:dalan-report', 'the drills began on Tues']]);
  });
});
