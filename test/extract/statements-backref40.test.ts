import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, s.mention, text.slice(s.quote.start, s.quote.end)]);

describe('"the ministry in <capital>": the ministry the sentence’s ministers hold', () => {
  it('a foreign minister named in the sentence makes it that capital’s foreign ministry', () => {
    const text =
      'Karabakh’s emergency service said 14 people were hurt in the shelling.\n\n' +
      'Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart in Sochi on Tuesday, the ministry in Moscow said.';
    expect(who(text)).toContainEqual([
      'mfa-russia',
      'the ministry in Moscow',
      'Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart in Sochi on Tuesday',
    ]);
  });

  it('with no minister and no ministry in view, the words stay as written', () => {
    const text =
      'Karabakh’s emergency service said 14 people were hurt in the shelling.\n\n' +
      'Two envoys met in Sochi on Tuesday, the ministry in Moscow said.';
    const ids = who(text).map(([id]) => id);
    expect(ids).not.toContain('mfa-russia');
    expect(ids).not.toContain('mod-russia');
  });
});
