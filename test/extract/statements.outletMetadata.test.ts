import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import { timelineFor } from './statements.helpers.ts';

/** Speakers of a document whose metadata gives this outlet and site address. */
function speakersFrom(outlet: string | null, url: string | null, text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, 'doc', sentences, paragraphs, timelineFor(text, null), outlet, url).map(
    (s) => s.speaker.id,
  );
}

const DEFENSE = 'Two drones were shot down overnight near the border, the Defense Ministry said on Sunday.';
const FOREIGN = 'The Foreign Ministry said it had summoned the ambassador over the remarks.';

describe('an outlet no table lists: its country read from its metadata', () => {
  it('a paper whose name holds its home city: "The Moscow Times"', () => {
    expect(speakersFrom('The Moscow Times', 'https://www.themoscowtimes.com/2023/09/20/x', DEFENSE)).toEqual([
      'mod-russia',
    ]);
  });

  it('a government site on a national domain, with no outlet name', () => {
    expect(
      speakersFrom(null, 'https://www.primeminister.am/en/press-release/item/2023/09/21/x/', FOREIGN),
    ).toEqual(['mfa-armenia']);
  });

  it('an agency on a national domain whose name holds no place', () => {
    expect(speakersFrom('Qafqazinfo', 'https://qafqazinfo.az/news/detail/x', FOREIGN)).toEqual([
      'mfa-azerbaijan',
    ]);
  });
});

describe('metadata that names no one country leaves the body as written', () => {
  it('a regional outlet on a foreign domain', () => {
    expect(speakersFrom('Caucasus Watch', 'https://caucasuswatch.de/en/news/x.html', FOREIGN)).toEqual([
      'text:foreign-ministry',
    ]);
  });

  it('a name holding two countries', () => {
    expect(speakersFrom('Armenia-Azerbaijan Peace Monitor', null, DEFENSE)).toEqual([
      'text:defense-ministry',
    ]);
  });
});
