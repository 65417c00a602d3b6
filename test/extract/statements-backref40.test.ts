import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"the ministry in <capital>": the ministry the sentence’s ministers hold', () => {
  it('a foreign minister named in the sentence makes it that capital’s foreign ministry', () => {
    const text =
      'Karabakh’s emergency service said 14 people were hurt in the shelling.\n\n' +
      'Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart in Sochi on Tuesday, the ministry in Moscow said.';
    expect(speakersMentionsAndQuotes(text)).toContainEqual([
      'mfa-russia',
      'the ministry in Moscow',
      'Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart in Sochi on Tuesday',
    ]);
  });

  it('with no minister and no ministry in view, the words stay as written', () => {
    const text =
      'Karabakh’s emergency service said 14 people were hurt in the shelling.\n\n' +
      'Two envoys met in Sochi on Tuesday, the ministry in Moscow said.';
    const ids = speakersMentionsAndQuotes(text).map(([id]) => id);
    expect(ids).not.toContain('mfa-russia');
    expect(ids).not.toContain('mod-russia');
  });
});

describe('a bare "the ministry" after a ministry relayed its minister', () => {
  it('is the ministry that relayed, not one named a paragraph before', () => {
    const text =
      'Karabakh’s defence ministry said nine more soldiers had died.\n\n' +
      'Russian Foreign Minister Sergey Lavrov talked with his Turkish counterpart on Monday, the ministry in Moscow said. ' +
      'The two sides agreed to keep in touch, the ministry added.';
    const found = speakersMentionsAndQuotes(text);
    expect(found).toContainEqual(['mfa-russia', 'the ministry', 'The two sides agreed to keep in touch']);
    expect(found.filter(([, m]) => m === 'the ministry').map(([id]) => id)).not.toContain(
      'karabakh-authorities',
    );
  });

  it('a ministry set in a capital and left as written is still the one "the ministry" points back to', () => {
    const text =
      'Karabakh’s defence ministry said nine more soldiers had died.\n\n' +
      'Two envoys talked on Monday, the ministry in Ankara said. The two sides agreed to keep in touch, the ministry added.';
    const ids = speakersMentionsAndQuotes(text)
      .filter(([, m]) => m === 'the ministry')
      .map(([id]) => id);
    expect(ids).not.toContain('karabakh-authorities');
  });
});
