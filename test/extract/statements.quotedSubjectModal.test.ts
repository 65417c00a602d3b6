import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a quoted subject whose clause goes on with a modal verb', () => {
  it.each([
    [
      'Hikmet Hajiyev said the "illegal armed formations" must lay down their weapons.',
      'the "illegal armed formations" must lay down their weapons',
    ],
    [
      'Hikmet Hajiyev, an adviser to the president, said the "illegal armed formations" must lay down their weapons.',
      'the "illegal armed formations" must lay down their weapons',
    ],
    ['Ruben Vardanyan said the "blockade" should end at once.', 'the "blockade" should end at once'],
    [
      'Ruben Vardanyan said the "humanitarian road" could open within days.',
      'the "humanitarian road" could open within days',
    ],
  ])('%s: what was said is the whole clause, its quote inside it', (text, content) => {
    expect(speakersAndQuotes(text).map(([, quote]) => quote)).toEqual([content]);
  });

  it('a quote the verb calls for, with no verb of its own after it, is still the saying', () => {
    const text = 'Hikmet Hajiyev called for a "comprehensive peace" in the region.';
    expect(speakersAndQuotes(text).map(([, quote]) => quote)).not.toContain(
      'a "comprehensive peace" in the region',
    );
  });
});

describe('a quote that opens the clause, no determiner before it', () => {
  it('"said that “only negotiations” could …": the quote is the saying, as before a modal was read', () => {
    const text = 'Peter Stano said that "only negotiations" could bring lasting peace.';
    expect(speakersAndQuotes(text)).toEqual([['text:peter-stano', 'only negotiations']]);
  });
});
