import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('"the Azerbaijani ministry" points back only to a body of that country', () => {
  it('after another state’s ministry spoke, it is never that ministry (a wire)', () => {
    const text =
      'The Armenian Defence Ministry said that a conscript was wounded near Sotk. ' +
      'The Azerbaijani Ministry of Foreign Affairs said that Baku wanted a treaty. ' +
      'The Armenian ministry insisted that the shot came from across the line.';
    expect(speakersShown(text).at(-1)).toBe('mod-armenia');
  });

  it('with no body of that country named, the counterpart of the ministry in view (a daily)', () => {
    const text =
      'The Azerbaijani Ministry of Foreign Affairs said in a note that the talks would go on in June. ' +
      'The Armenian ministry, for its part, replied that no date had been agreed.';
    expect(speakersShown(text)).toEqual(['mfa-azerbaijan', 'mfa-armenia']);
  });

  it('with nothing to point to, the words stay as written rather than take another state’s body', () => {
    const text =
      'Russia’s Defence Ministry said that its convoy had reached the town. ' +
      'The Azerbaijani ministry said that the road would stay open.';
    expect(speakersShown(text).at(-1)).not.toBe('mod-russia');
  });
});
