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

  it('"according to the same figures" with no saying just before is no speaker either', () => {
    const text =
      'Some 9,000 people fled the valley in May.\n\n' +
      'According to the same figures, more than 30 people died on the road.';
    expect(speakersMentionsAndQuotes(text).map(([, mention]) => mention)).not.toContain('the same figures');
  });
});

describe('"the same" source with more words, or the figures it gave', () => {
  it('"according to the same figures" right after the figures\' giver is that giver, never "same figures"', () => {
    const text =
      'About 9,000 families left the valley in May, according to the figures of the Moldovan government. ' +
      'According to the same figures, more than 40 people died on the way.';
    const said = speakersMentionsAndQuotes(text);
    expect(said.map(([id]) => id)).not.toContain('text:same-figures');
    const first = said.find(([, , quote]) => quote.includes('9,000 families'));
    const next = said.find(([, , quote]) => quote.startsWith('more than 40'));
    expect(next?.[0]).toBe(first?.[0]);
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

describe('"the same source" / "the same person" right after a saying is who said it', () => {
  it('given "…, the prosecutor\'s office reported. Four others were hurt, according to the same source.", the office', () => {
    const text =
      "Two workers were killed when their truck hit a mine, the Moldovan prosecutor's office reported. " +
      'Four others were hurt, according to the same source.';
    const said = speakersMentionsAndQuotes(text);
    const first = said.find(([, , quote]) => quote.startsWith('Two workers'));
    const next = said.find(([, , quote]) => quote.startsWith('Four others'));
    expect(next?.[0]).toBe(first?.[0]);
    expect(next?.[1]).toBe('the same source');
  });

  it('given "A nurse … told the radio that …. The same person said …", the nurse', () => {
    const text =
      'A nurse at the district hospital, who asked not to be named, told the radio that the wards were full. ' +
      'The same person said that "nobody has slept for two days."';
    const said = speakersMentionsAndQuotes(text);
    const first = said.find(([, , quote]) => quote.startsWith('the wards'));
    const next = said.find(([, mention]) => mention === 'The same person');
    expect(first?.[0]).toBeDefined();
    expect(next?.[0]).toBe(first?.[0]);
  });

  it('given two speakers in the sentence before, "the same source" is no one', () => {
    const text =
      'The mayor said the road was open, and the police said it was closed. ' +
      'According to the same source, 40 trucks were waiting.';
    const said = speakersMentionsAndQuotes(text);
    expect(said.find(([, , quote]) => quote.startsWith('40 trucks'))).toBeUndefined();
  });
});
