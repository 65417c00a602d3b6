import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * A sentence that points back to the one before it names who told that one's figures: "That was what the
 * ministry stated.", "This was reported on Friday by the rescue service."
 */
describe('"That was what X stated" after a toll: X reports the toll', () => {
  it.each([
    [
      'At least 40 people have been killed and more than 120 injured in the blast. That was what the provincial health department stated on Friday.',
      'the provincial health department',
    ],
    [
      'Nine soldiers were wounded in the shelling. This was reported on Sunday by the border guard service.',
      'the border guard service',
    ],
    [
      'Some 300 residents were evacuated from the village. That is what the regional governor told reporters.',
      'the regional governor',
    ],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });

  it('a pointing sentence in the next paragraph tells nothing of the one before', () => {
    expect(
      figuresOf(
        'At least 40 people have been killed in the blast.\n\nThat was what the provincial health department feared most.',
      )[0]?.[2],
    ).toBeNull();
  });
});

describe('"the flight of N people" counts the displaced, as "the exodus of" does', () => {
  it('"prompting the flight of more than 80,000 villagers"', () => {
    const [figure] = figuresOf(
      'The army retook the valley in a two-day offensive last year, prompting the flight of more than 80,000 villagers.',
    );
    expect(figure?.[0]).toBe('displaced');
    expect(figure?.[1]).toBe('more than 80,000');
  });
});
