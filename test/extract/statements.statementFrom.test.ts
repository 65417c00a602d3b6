import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

describe('"the statement" is the statement the text just named with its author', () => {
  it('"In a statement from X, …. “…,” the statement said": X, not a body that spoke before', () => {
    const text =
      'The Azerbaijani Defense Ministry said Armenian forces had shelled its positions overnight.\n\n' +
      'In a statement from the Kazakh Ministry of Foreign Affairs, it was said that Astana "deeply regrets" the clash. ' +
      '"Both sides must return to the negotiating table," the statement said.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['text:kazakh-ministry-of-foreign-affairs', 'Both sides must return t']);
    expect(said).not.toContainEqual(['mod-azerbaijan', 'Both sides must return t']);
  });

  it('without a statement named with its author, "the statement" stays with the one quoted before', () => {
    const text =
      'The Armenian Foreign Ministry said in a statement that the shelling was unacceptable. ' +
      '"We call on our partners to respond," the statement said.';
    expect(speakersAndOpenings(text)).toContainEqual(['mfa-armenia', 'We call on our partners ']);
  });
});
