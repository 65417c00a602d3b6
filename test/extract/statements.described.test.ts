import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"described" reports words only as what something is called', () => {
  it('a topic described is no statement', () => {
    expect(
      speakersMentionsAndQuotes('Refugees arriving in Goris described days without food or power.'),
    ).toEqual([]);
  });

  it('"as" before a clause is a time, not a name for the thing', () => {
    expect(
      speakersMentionsAndQuotes(
        'Families leaving the valley described the journey as they crossed the bridge.',
      ),
    ).toEqual([]);
  });

  it('"described X as Y" still says Y', () => {
    expect(
      speakersMentionsAndQuotes(
        'Families leaving the valley described the journey as “a road of tears.”',
      ).map((s) => s[2]),
    ).toEqual(['a road of tears.']);
  });
});
