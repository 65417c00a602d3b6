import { describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../../src/extract/entities/abbreviations.ts';
import { identifySpeakers } from '../../src/extract/entities/identity.ts';
import { extractFrom } from './statements.helpers.ts';

/** Each statement's canonical speaker id and quote, through the document pass. */
function said(text: string): [string, string][] {
  return identifySpeakers(text, extractFrom(text)).statements.map((s) => [
    s.speaker.id,
    text.slice(s.quote.start, s.quote.end),
  ]);
}

/**
 * CONVENTIONS 7: a body the article names by an abbreviation is that abbreviation throughout, also
 * where the short form comes first and its name is set off after it, and where the text writes the
 * name's initials as a word of their own. Sentences written for these tests (session 39).
 */
describe('an abbreviation with its name set off after it', () => {
  it('"NDRA, the National Disaster Relief Agency," defines the short form', () => {
    expect(
      definedAbbreviations('NDRA, the National Disaster Relief Agency, said the camps were full.'),
    ).toEqual([{ long: 'National Disaster Relief Agency', short: 'NDRA' }]);
  });

  it('a name whose initials do not fit the letters defines nothing', () => {
    expect(definedAbbreviations('KFOR, the Kosovo Force, said the road was open.')).toEqual([]);
  });

  it('"according to NDRA, the National Disaster Relief Agency." then "The agency said": one speaker, the short form', () => {
    const text =
      'Nine villages have been cut off by the floods, according to NDRA, the National Disaster Relief Agency. ' +
      'The agency said on Monday that two of its boats had reached the valley.';
    expect(said(text)).toEqual([
      ['text:ndra', 'Nine villages have been cut off by the floods'],
      ['text:ndra', 'two of its boats had reached the valley'],
    ]);
  });
});

describe('initials the text writes as a word name the body', () => {
  it('"the Ministry of Overseas Relations" and a later "MOR" are one speaker, under the short form', () => {
    const text =
      'In Canberra, the Ministry of Overseas Relations said its embassy was in touch with citizens in the region. ' +
      'MOR added that none of them had been hurt.';
    expect(said(text).map(([id]) => id)).toEqual(['text:mor', 'text:mor']);
  });

  it('a body never written by its initials keeps its name', () => {
    const text =
      'In Canberra, the Ministry of Overseas Relations said its embassy was in touch with citizens.';
    expect(said(text).map(([id]) => id)).toEqual(['text:ministry-of-overseas-relations']);
  });
});
