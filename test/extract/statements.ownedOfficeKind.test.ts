import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"the ombudsman\'s office" is an office, not a person', () => {
  it('"she" never points back to an office a person owns: it is the woman named after it', () => {
    const text =
      "The region's ombudsman's office said at least 21 civilians had been killed. " +
      'In the capital, a retired teacher named Ruta sat on a bench with her grandchildren. ' +
      '"We hear the planes at night," she said.';
    const speakers = speakersMentionsAndQuotes(text).map(([id]) => id);
    expect(speakers).toEqual(['text:region-ombudsman-office', 'text:ruta']);
  });

  it('the office still speaks for itself', () => {
    const text = "The mayor's office said the road would reopen on Friday.";
    expect(speakersMentionsAndQuotes(text)).toEqual([
      ['text:mayor-office', "The mayor's office", 'the road would reopen on Friday'],
    ]);
  });
});

describe('a person described, set in a place and named, stands before an earlier name', () => {
  it('"In X, a retired teacher named Ruta sat …. “…,” she said" is not the spokeswoman named before', () => {
    const text =
      'Spokeswoman Anna Lind said fighting continued. ' +
      'In the capital, a retired teacher named Ruta sat on a bench with her grandchildren. ' +
      '"We hear the planes at night," she said.';
    expect(speakersMentionsAndQuotes(text).map(([id, mention]) => `${id} ${mention}`)).not.toContain(
      'text:anna-lind she',
    );
  });
});
