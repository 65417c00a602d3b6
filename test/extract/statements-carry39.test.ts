import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

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
    expect(statementsOf(text).map((s) => [s.speaker, s.quote])).toEqual([
      [expect.stringMatching(/harutyunyan|avagyan/), content],
    ]);
  });
});
