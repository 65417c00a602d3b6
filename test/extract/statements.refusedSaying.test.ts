import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a saying denied or refused says nothing and ends what was said before it', () => {
  it.each([
    [
      'Reyes said the mayor had dropped the plan, but Reyes did not say when.',
      ['Reyes: the mayor had dropped the plan'],
    ],
    [
      'The board met on Monday. Grant said the vote was close, but he did not say how close.',
      ['Grant: the vote was close'],
    ],
    [
      'Officials said the convoy had reached the border and declined to comment further.',
      ['Officials: the convoy had reached the border'],
    ],
    [
      'A ministry spokeswoman said the talks would resume, but she wouldn’t elaborate on the timing.',
      ['A ministry spokeswoman: the talks would resume'],
    ],
    [
      'The ministry said the envoys had met twice but declined to provide a date for the next round.',
      ['The ministry: the envoys had met twice'],
    ],
    [
      'Aliyan said the convoy would leave on Friday but would not offer details of its route.',
      ['Aliyan: the convoy would leave on Friday'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it('a refusal alone after a clause attributes the clause to no one', () => {
    expect(said('The depot was shelled overnight, but the army refused to say by whom.')).toEqual([]);
  });

  it('"could not provide" may be the clause\'s own subject unable to, and is kept', () => {
    expect(said('Aliyan said the depot had the records but could not provide them in time.')).toEqual([
      'Aliyan: the depot had the records but could not provide them in time',
    ]);
  });

  it('a negation inside what was said is kept', () => {
    expect(said('Lindqvist said the mission would not comment on rumours and would wait.')).toEqual([
      'Lindqvist: the mission would not comment on rumours and would wait',
    ]);
  });
});

describe('a second saying after "but" with no comma ends the first and is read', () => {
  it.each([
    [
      'Grant said the vote was close but the opposition said it was rigged.',
      ['Grant: the vote was close', 'the opposition: it was rigged'],
    ],
    [
      'Grant said the vote was close but Moreno said it was rigged.',
      ['Grant: the vote was close', 'Moreno: it was rigged'],
    ],
    ['Grant said the vote was close but fair.', ['Grant: the vote was close but fair']],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});
