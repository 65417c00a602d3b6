import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('a place opening the sentence is no part of its subject', () => {
  it.each([
    [
      'Across the border, Tomas Vidal, an adviser to the governor, said the deal was fine.',
      'text:tomas-vidal',
    ],
    ['Elsewhere, Tom Hale, the mayor, said the road was shut.', 'text:tom-hale'],
  ])('%s', (text, speaker) => {
    expect(speakersShown(text)).toEqual([speaker]);
  });
});

describe('a spokesperson relaying what the principal told a group', () => {
  it('"said X had told both men that …": the spokesperson’s and X’s statements', () => {
    expect(
      statementsOf(
        'Presidential spokeswoman Lena Ortiz said President Ilham Aliyev had told both envoys that the talks would resume.',
      ).map((s) => [s.speaker, s.quote]),
    ).toEqual([
      ['text:lena-ortiz', 'President Ilham Aliyev had told both envoys that the talks would resume'],
      ['aliyev', 'the talks would resume'],
    ]);
  });
});
