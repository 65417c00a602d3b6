import { describe, expect, it } from 'vitest';
import { definedAbbreviations } from '../../src/extract/entities/abbreviations.ts';
import { identifySpeakers } from '../../src/extract/entities/identity.ts';
import { extractFrom } from './statements.helpers.ts';

function said(text: string): [string, string][] {
  return identifySpeakers(text, extractFrom(text)).statements.map((s) => [
    s.speaker.id,
    text.slice(s.quote.start, s.quote.end),
  ]);
}

/**
 * CONVENTIONS 7: translated copy keeps a body's own-language letters, which are not the English
 * name's initials; the short form in capitals right after a name headed by a body's noun still
 * defines it. Sentences written for these tests (session 48).
 */
describe("a body's own-language abbreviation after its English name", () => {
  it('"the Coastal Rescue Authority (SKD)" defines the short form', () => {
    expect(definedAbbreviations('the Coastal Rescue Authority (SKD) said the port was closed.')).toEqual([
      { long: 'Coastal Rescue Authority', short: 'SKD' },
    ]);
  });

  it('a body noun before its domain heads the name: "the Greek Council of Western Europe (SEDE)"', () => {
    expect(definedAbbreviations('the Greek Council of Western Europe (SEDE) said so.')).toEqual([
      { long: 'Greek Council of Western Europe', short: 'SEDE' },
    ]);
  });

  it('a person\'s name before capitals in brackets defines nothing: "Anna Berg (DKP)"', () => {
    expect(definedAbbreviations('Anna Berg (DKP) said the vote was lost.')).toEqual([]);
  });

  it('given the name, then the short form: one speaker, the short form, in both sentences', () => {
    const text =
      'The Flood and Storm Relief Authority (KEMA) said on Monday that 40 homes had been evacuated. ' +
      'KEMA said the river would crest overnight.';
    expect(said(text)).toEqual([
      ['text:kema', '40 homes had been evacuated'],
      ['text:kema', 'the river would crest overnight'],
    ]);
  });
});
