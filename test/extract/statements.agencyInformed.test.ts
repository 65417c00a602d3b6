import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

function said(...paragraphs: string[]): [string, string][] {
  return statementsOf(['Talks resumed on Monday.', ...paragraphs].join('\n\n')).map((s) => [
    s.speaker,
    s.quote,
  ]);
}

describe('agency copy: "informed" with its audience, and a role held by the name after it', () => {
  it('"…, X informed Aysor.am." and "informed journalists.": whom is no part of who or what', () => {
    expect(
      said(
        'Rescuers found the remains of nine more soldiers near Fizuli, the service’s spokesman Levon Ohanyan informed Aysor.am.',
        'The convoy crossed the bridge before noon, the ministry informed journalists.',
        'Water was restored in three villages, Levon Ohanyan informed.',
      ),
    ).toEqual([
      ['text:levon-ohanyan', 'Rescuers found the remains of nine more soldiers near Fizuli'],
      ['text:ministry', 'The convoy crossed the bridge before noon'],
      ['text:levon-ohanyan', 'Water was restored in three villages'],
    ]);
  });

  it('"which informed the decision" is no saying', () => {
    expect(said('Officials judged the road unsafe, which informed the decision.')).toEqual([]);
  });

  it('"Spokesman of the ministry X said": a complement ending in a body names the body; X spoke', () => {
    expect(
      said(
        'Spokesman of the ministry Rauf Gasimli said that the partners had been informed.',
        'The governor of Syunik said the road was open again.',
      ),
    ).toEqual([
      ['text:rauf-gasimli', 'the partners had been informed'],
      ['text:governor', 'the road was open again'],
    ]);
  });
});
