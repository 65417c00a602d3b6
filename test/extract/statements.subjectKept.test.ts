import { describe, expect, it } from 'vitest';
import { findFrameAttribution } from '../../src/extract/statements/attribution/frames.ts';

/** The speaker and content a sentence's frame reads, as the words of the text. */
function frame(text: string, sentence: string): { speaker: string; content: string } | null {
  const from = text.indexOf(sentence);
  const found = findFrameAttribution(text, text, from, from + sentence.length);
  return found
    ? {
        speaker: text.slice(found.speaker.start, found.speaker.end),
        content: text.slice(found.content.start, found.content.end),
      }
    : null;
}

describe('a lead-in read before is read the same wherever it stands', () => {
  it('gives each sentence its own speaker and content when the lead-in recurs', () => {
    const first = 'Kremlin spokesman Dmitry Peskov said that the talks would resume in Moscow.';
    const second = 'Kremlin spokesman Dmitry Peskov said that no date had been set for a summit.';
    expect(frame(first, first)).toEqual({
      speaker: 'Kremlin spokesman Dmitry Peskov',
      content: 'the talks would resume in Moscow',
    });
    const wire = `MOSCOW, Oct. 3 (Interfax) - Shelling was reported overnight. ${second}`;
    expect(frame(wire, second)).toEqual({
      speaker: 'Kremlin spokesman Dmitry Peskov',
      content: 'no date had been set for a summit',
    });
  });

  it('reads a lead-in with an adverbial and a comma the same in a later document', () => {
    const lead = 'At a briefing on Friday, Foreign Minister Ararat Mirzoyan told reporters';
    const one = `Shelling resumed. ${lead} that Yerevan was ready to sign the text.`;
    const other = `Talks stalled in August. ${lead} that the border must be demarcated first.`;
    expect(frame(one, one.slice(one.indexOf('At a briefing')))?.speaker).toBe(
      'Foreign Minister Ararat Mirzoyan',
    );
    const sentence = other.slice(other.indexOf('At a briefing'));
    expect(frame(other, sentence)).toEqual({
      speaker: 'Foreign Minister Ararat Mirzoyan',
      content: 'the border must be demarcated first',
    });
  });

  it('does not lend a subject to a sentence whose words before the verb differ', () => {
    const named = 'The ministry said that 14 servicemen were wounded.';
    const unnamed = 'The ministry, which did not say that 14 servicemen were wounded, declined to comment.';
    expect(frame(named, named)?.speaker).toBe('The ministry');
    expect(frame(unnamed, unnamed)?.speaker).not.toBe('The ministry');
  });
});
