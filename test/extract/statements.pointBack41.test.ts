import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';
import { speakersAndQuotes } from './statements.helpers.ts';

/**
 * A short sentence that points back ("That was what X stated.", "So said X.", "This was announced by X.")
 * names who said the sentence before it in its paragraph; it says nothing itself.
 */
describe('a sentence that points back names the speaker of the one before', () => {
  it('"That was what the ministry stated on Tuesday."', () => {
    const text =
      'The convoy reached the border crossing late in the evening. ' +
      'That was what the Ministry of Defence of the Russian Federation stated on Tuesday.';
    expect(speakersAndQuotes(text)).toEqual([
      ['mod-russia', 'The convoy reached the border crossing late in the evening'],
    ]);
  });

  it('"This is what X told reporters."', () => {
    const text =
      'The bridge over the river will reopen next month. This is what Ararat Mirzoyan told reporters.';
    expect(speakersAndQuotes(text)).toEqual([
      ['mirzoyan', 'The bridge over the river will reopen next month'],
    ]);
  });

  it('"So said X."', () => {
    const text = 'The negotiations will go on in the spring. So said Ararat Mirzoyan on Friday.';
    expect(speakersAndQuotes(text)).toEqual([['mirzoyan', 'The negotiations will go on in the spring']]);
  });

  it('"This was announced on Monday by X."', () => {
    const text =
      'The talks will resume in the capital next week. This was announced on Monday by Ararat Mirzoyan.';
    expect(speakersAndQuotes(text)).toEqual([['mirzoyan', 'The talks will resume in the capital next week']]);
  });

  it('a pointing sentence that says more than who said it is left alone', () => {
    const text =
      'The talks will resume in the capital next week. That was what Ararat Mirzoyan said he hoped for.';
    expect(speakersAndQuotes(text).map(([, quote]) => quote)).not.toContain(
      'The talks will resume in the capital next week',
    );
  });

  it('a pointing sentence in the next paragraph tells nothing of the one before', () => {
    const text = 'The talks will resume in the capital next week.\n\nSo said Ararat Mirzoyan on Friday.';
    expect(speakersAndQuotes(text)).toEqual([]);
  });
});

describe('the figures read the same pointing sentence', () => {
  it('"So said X." names who reported the toll before it', () => {
    expect(
      figuresOf(
        'At least 12 people were wounded in the shelling. So said the regional governor on Sunday.',
      )[0]?.[2],
    ).toBe('the regional governor');
  });
});
