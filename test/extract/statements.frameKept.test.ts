import { describe, expect, it } from 'vitest';
import { findFrameAttribution } from '../../src/extract/statements/attribution/frames.ts';
import { maskQuotes } from '../../src/extract/statements/attribution/tail.ts';
import { speakersShown } from './statements.helpers.ts';

/** The form, speaker and content a sentence's frame reads, with the quote between “ and ” masked or not. */
function frame(text: string, masking: boolean): [string, string, string] | null {
  const open = text.indexOf('“');
  const close = text.indexOf('”');
  const masked = masking ? maskQuotes(text, [{ open, end: close + 1, close }]) : text;
  const found = findFrameAttribution(text, masked, 0, text.length);
  return found
    ? [
        found.form,
        text.slice(found.speaker.start, found.speaker.end),
        text.slice(found.content.start, found.content.end),
      ]
    : null;
}

describe('a sentence read before is read again only with the same quotes masked', () => {
  const sentence = 'The envoy said “the delegation will not attend the talks in Vienna,” officials added.';

  it('reads the words with their quote masked, then unmasked, each as its own', () => {
    expect(frame(sentence, true)).toEqual([
      'trailing',
      'officials',
      'The envoy said “the delegation will not attend the talks in Vienna,”',
    ]);
    expect(frame(sentence, false)?.[1]).toBe('” officials');
  });

  it('reads them unmasked first, then masked, each as its own', () => {
    const other = sentence.replace('Vienna', 'Geneva');
    expect(frame(other, false)?.[1]).toBe('” officials');
    expect(frame(other, true)?.[1]).toBe('officials');
  });

  it('tells apart a quote masked at another place in the same words', () => {
    const text = 'Aliyev said “the corridor must open,” and the aide said “talks go on,” officials added.';
    const first = text.indexOf('“');
    const second = text.indexOf('“', first + 1);
    const maskAt = (open: number) => {
      const close = text.indexOf('”', open);
      return maskQuotes(text, [{ open, end: close + 1, close }]);
    };
    const readAt = (open: number) => {
      const found = findFrameAttribution(text, maskAt(open), 0, text.length);
      return found && text.slice(found.speaker.start, found.speaker.end);
    };
    const once = [readAt(first), readAt(second)];
    expect([readAt(second), readAt(first)]).toEqual([once[1], once[0]]);
  });
});

describe('a national body read in documents of two countries', () => {
  it('is each document’s own country’s body, though the words recur', () => {
    const yerevan =
      'YEREVAN, March 4. /ARKA/. Two soldiers were wounded near Sotk overnight, the Ministry of Defense said.';
    const baku =
      'BAKU, March 4. /APA/. Two soldiers were wounded near Lachin overnight, the Ministry of Defense said.';
    expect(speakersShown(yerevan)).toEqual(['mod-armenia']);
    expect(speakersShown(baku)).toEqual(['mod-azerbaijan']);
    expect(speakersShown(yerevan)).toEqual(['mod-armenia']);
  });
});
