import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('"…, a step that diplomats described as …" is the writer\'s word on the clause, no attribution', () => {
  it('the appraisers in the relative clause said nothing of the clause before it', () => {
    expect(
      said(
        'The two governments reopened the crossing at Margara, a step that diplomats described as the first sign of a thaw.',
      ),
    ).toEqual([]);
  });

  it('"which" and a named subject: the same', () => {
    expect(
      said(
        'Officials in Tbilisi signed a transit deal, an agreement which the Kremlin described as a turning point.',
      ),
    ).toEqual([]);
  });

  it('a saying in the clause before keeps its own speaker', () => {
    expect(
      said(
        'The mayor said the crossing at Margara had reopened, a step that diplomats described as the first sign of a thaw.',
      ),
    ).toEqual(['The mayor: the crossing at Margara had reopened']);
  });

  it('an attribution with "as" and a clause of time stays an attribution', () => {
    expect(said('The crossing will reopen on Friday, the mayor said as he left the meeting.')).toEqual([
      'the mayor: The crossing will reopen on Friday',
    ]);
  });
});
