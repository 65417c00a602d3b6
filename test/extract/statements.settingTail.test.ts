import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('where a person spoke, after an inverted subject, is no part of who spoke', () => {
  it('"said <title> <name> in front of the press" is the person', () => {
    expect(
      speakersShown('"We are not leaving," said UNHCR envoy Lena Marchetti in front of the press.'),
    ).toEqual(['text:lena-marchetti']);
  });

  it('"said <name> outside the court" is the person', () => {
    expect(speakersShown('"The verdict is a shame," said Davit Harutyunyan outside the court.')).toEqual([
      'text:davit-harutyunyan',
    ]);
  });
});
