import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

function said(...paragraphs: string[]): [string, string][] {
  return statementsOf(['Talks resumed on Monday.', ...paragraphs].join('\n\n')).map((s) => [
    s.speaker,
    s.quote,
  ]);
}

describe('"<plural> interviewed by <Name> note that": the named agent is no subject, the plural speaks', () => {
  it('an outlet with a domain ("Steppe.kz") before a base-form verb keeps the saying', () => {
    expect(
      said('Analysts interviewed by Steppe.kz note that the summit exposed a rift in the bloc.'),
    ).toEqual([['text:analysts', 'the summit exposed a rift in the bloc']]);
    expect(said('Diplomats quoted by Trend claim that the border talks will resume in May.')).toEqual([
      ['text:diplomats', 'the border talks will resume in May'],
    ]);
  });

  it('a noun after a name with no reduced relative stays a noun', () => {
    expect(said('The move followed a Kura.am report that the road had closed.')).toEqual([]);
  });
});
