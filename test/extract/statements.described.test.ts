import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, s.mention, text.slice(s.quote.start, s.quote.end)]);

describe('"described" reports words only as what something is called', () => {
  it('a topic described is no statement', () => {
    expect(who('Refugees arriving in Goris described days without food or power.')).toEqual([]);
  });

  it('"as" before a clause is a time, not a name for the thing', () => {
    expect(who('Families leaving the valley described the journey as they crossed the bridge.')).toEqual([]);
  });

  it('"described X as Y" still says Y', () => {
    expect(
      who('Families leaving the valley described the journey as “a road of tears.”').map((s) => s[2]),
    ).toEqual(['a road of tears.']);
  });
});
