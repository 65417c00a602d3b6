import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"according to the same source"', () => {
  it('names no one: the words are nobody’s statement', () => {
    const text =
      'The number of people who crossed by Monday night was 14,300, the figure published by the border agency showed. ' +
      'More than 20,000 had crossed by Tuesday morning, according to the same source.';
    expect(speakersMentionsAndQuotes(text).map(([, mention]) => mention)).not.toContain('the same source');
  });

  it('the source the sentence before cites keeps its own statement', () => {
    const text =
      'The two ministers met in Vienna on Friday, diplomatic sources said. ' +
      'Lindqvist told his counterpart that Stockholm would "keep the channel open," according to the same sources.';
    expect(speakersMentionsAndQuotes(text)).toEqual([
      ['text:diplomatic-sources', 'diplomatic sources', 'The two ministers met in Vienna on Friday'],
    ]);
  });

  it('"according to the same figures" is no speaker either', () => {
    const text =
      'Some 9,000 people fled the valley, according to the figures of the relief agency. ' +
      'According to the same figures, more than 30 people died on the road.';
    expect(speakersMentionsAndQuotes(text).map(([, mention]) => mention)).not.toContain('the same figures');
  });
});

describe('"the same" source with more words, or the figures it gave', () => {
  it('"according to the same figures" names no one', () => {
    const text =
      'About 9,000 families left the valley in May, according to the figures of the Moldovan government. ' +
      'According to the same figures, more than 40 people died on the way.';
    const mentions = speakersMentionsAndQuotes(text).map(([, mention]) => mention);
    expect(mentions).not.toContain('the same figures');
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).not.toContain('text:same-figures');
  });

  it('given "A source in the ministry said …. According to the same source in the ministry, …", that source (f40 gold)', () => {
    const text =
      'A source in the Interior Ministry said the talks had been postponed. ' +
      'According to the same source in the ministry, the next round will be held in Oslo.';
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).not.toContain('text:same-source');
    const said = speakersMentionsAndQuotes(text).find(
      ([, , quote]) => quote === 'the next round will be held in Oslo',
    );
    expect(said?.[0]).toBe('text:source');
  });
});
