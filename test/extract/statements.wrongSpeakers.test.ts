import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Who is credited with what: the speaker's id and the words, per statement. */
const who = (text: string) =>
  extractFrom(text).map((s) => ({ id: s.speaker.id, said: text.slice(s.quote.start, s.quote.end) }));

describe('"the official" points back to the unnamed official the text introduced, never to a body', () => {
  it.each([
    [
      'A senior State Department official, who briefed reporters on condition of anonymity, said the talks had stalled. ' +
        '"Nobody in Washington expects a breakthrough," the official said.',
      'text:senior-state-department-official',
    ],
    [
      'A Western diplomat in Baku said the convoy had been held at the border for a week. ' +
        '"It is a test of nerves," the diplomat added.',
      'text:western-diplomat',
    ],
    [
      'An EU spokesperson said the mission would stay until the spring. The Kremlin declined to comment. ' +
        '"We will not leave early," the spokesperson told reporters.',
      'text:eu-spokesperson',
    ],
  ])('%s', (text, id) => {
    const found = who(text);
    expect(found.at(-1)?.id).toBe(id);
  });
});
