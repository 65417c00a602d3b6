import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a relayed call whose one called has a name set beside it (CONVENTIONS 14)', () => {
  it('"had spoken with her counterpart, <Name>, on Monday and told him that …": the principal’s words', () => {
    const text =
      'A spokesperson for the minister, Emily Dawson, said Melanie Joly had spoken with her Armenian counterpart, Ararat Mirzoyan, on Monday and told him that Ottawa would send more aid.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'text:melanie-joly',
      'text:emily-dawson',
      'Ottawa would send more aid',
    ]);
  });

  it('an act after the apposed name ("had met her counterpart, <Name>, and signed …") relays no words', () => {
    const text =
      'A spokesperson for the minister, Emily Dawson, said Melanie Joly had met her counterpart, Ararat Mirzoyan, and signed a memorandum.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:emily-dawson']);
  });

  it('a list of names keeps its commas: "met Aliyev, Putin, and Michel said …" is Michel’s saying', () => {
    const text = 'The ministry said Pashinyan met Aliyev, Putin, and Michel said the talks had gone well.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).not.toContain('pashinyan');
  });
});
