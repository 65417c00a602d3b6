import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a firm named with its class noun', () => {
  it('"the Vostokteplo company said" is the firm by its own name', () => {
    expect(
      speakersAndQuotes('Heating was cut in three districts overnight, the Vostokteplo company said.'),
    ).toEqual([['text:vostokteplo', 'Heating was cut in three districts overnight']]);
  });

  it('"the company" after it is the same firm', () => {
    expect(
      speakersAndQuotes(
        'As reported by the "Lorva Water" company, the main pipe burst near the dam. ' +
          'The company noted that repairs would take two days.',
      ),
    ).toEqual([
      ['text:lorva-water', 'the main pipe burst near the dam'],
      ['text:lorva-water', 'repairs would take two days'],
    ]);
  });

  it('"the company" after two firms is unclear: no statement', () => {
    expect(
      speakersAndQuotes(
        'The Kestel company said the lines were down. The Marov company said its depot was shut. ' +
          'The company added that crews were on their way.',
      ).map(([speaker]) => speaker),
    ).toEqual(['text:kestel', 'text:marov']);
  });
});

describe('a statement of a named body', () => {
  it('"according to the statement of the Ministry of X" is the ministry', () => {
    expect(
      speakersAndQuotes(
        'According to the statement of the Ministry of Coastal Affairs, twelve vessels will patrol the bay. ' +
          'The ministry noted that the crews had finished their training.',
      ),
    ).toEqual([
      ['text:ministry-of-coastal-affairs', 'twelve vessels will patrol the bay'],
      ['text:ministry-of-coastal-affairs', 'the crews had finished their training'],
    ]);
  });
});

describe('"the ministry" after a ministry opening the sentence before', () => {
  it('is that ministry, though it said nothing there and another spoke earlier', () => {
    expect(
      speakersAndQuotes(
        'The Russian Ministry of Defense announced that the post had begun work.\n\n' +
          "Azerbaijan's Ministry of Defense welcomed the opening of the post. " +
          'The ministry stated that the maps had not been handed over.',
      ),
    ).toEqual([
      ['mod-russia', 'the post had begun work'],
      ['mod-azerbaijan', 'the maps had not been handed over'],
    ]);
  });

  it('"according to the bulletin of the X" is X, as its statement is', () => {
    expect(
      speakersAndQuotes(
        'According to the bulletin of the Ministry of Coastal Affairs, two boats ran aground near the pier.',
      ),
    ).toEqual([['text:ministry-of-coastal-affairs', 'two boats ran aground near the pier']]);
  });
});
