import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

/** Text written for these tests (session 39, carry to outlets-fresh-52). */
describe('an outlet told by its quoted title, with its article and newsroom noun', () => {
  it.each([
    [
      'Levon Harutyunyan, a farmer from the village, told the "Mountain Herald" correspondent that he had sold his cattle.',
      'he had sold his cattle',
    ],
    [
      'Activist Ruben Avagyan told the "Mountain Herald" that the fires were a last protest.',
      'the fires were a last protest',
    ],
    [
      'Ruben Avagyan told the “Evening Lines” programme on Friday that the talks had stalled.',
      'the talks had stalled',
    ],
  ])('%s', (text, content) => {
    expect(speakersAndQuotes(text)).toEqual([[expect.stringMatching(/harutyunyan|avagyan/), content]]);
  });
});

describe('a place named before ", who" is no person', () => {
  it('"a soldier from Vanadzor, who …" then "she said": no statement by the town', () => {
    const said = statementsOf(
      'The sister of a conscript from Vanadzor, who was among those freed, spoke to reporters at the airport. "We waited for a whole year," she said.',
    );
    expect(said.map((s) => s.speaker)).not.toContain('text:vanadzor');
  });

  it('a given name with its own "who" clause is still a person', () => {
    const said = statementsOf(
      'Garegin, who has driven the mountain road for years, spoke to reporters. "We waited for a whole year," he said.',
    );
    expect(said.map((s) => s.speaker)).toEqual(['text:garegin']);
  });
});
