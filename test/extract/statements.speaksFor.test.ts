import { describe, expect, it } from 'vitest';
import { readPiece } from './statements.helpers.ts';

/** The speaker's canonical name of each statement of a one-piece corpus. */
const speakers = (text: string): string[] => readPiece(text).statements.map((s) => s.speaker.name);

describe('an aide, a lawyer or a strategist for someone speaks, not the one they work for', () => {
  it.each([
    // Filed without its rank ("top"), as every unnamed speaker is.
    ['“We will not sign,” said the former top aide to President Hayes.', 'former aide'],
    ['“We will not sign,” said a longtime lawyer for President Hayes.', 'longtime lawyer'],
    [
      'A veteran campaign strategist for Senator Ortega said the bill was dead.',
      'veteran campaign strategist',
    ],
    // A named person's spokesman is named with that person, as an office is.
    ['“We will not sign,” said a spokesman for President Aliyev.', "Ilham Aliyev's spokesman"],
  ])('%s', (text, want) => {
    expect(speakers(text)).toEqual([want]);
  });
});
