import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/extract/entities/normalise.ts';
import { type LookupSpeaker, SpeakerLookup } from '../../src/index/speakerLookup.ts';

const speaker = (id: string, name: string, mentions: string[] = []): LookupSpeaker => ({
  entity: { id, name },
  mentions: [name, ...mentions],
});

const SPEAKERS = [
  speaker('gov-az', 'Government of Azerbaijan', ['the Azerbaijani side', 'Baku']),
  speaker('us-gov', 'Government of the United States', ['The United States']),
  speaker('blinken', 'Antony J. Blinken', [
    'Blinken',
    'The Secretary',
    'US Secretary of State Antony Blinken',
  ]),
  speaker('text:anna-petrosyan', 'Anna Petrosyan', ['a resident, Anna Petrosyan']),
  speaker('press', 'press service', ['the press service']),
  speaker('text:hikmet-hajiyev', 'Hikmet Hajiyev', ['spokesman Hikmet Hajiyev']),
];
const lookup = new SpeakerLookup(SPEAKERS);

const DESCRIPTION = [
  'the',
  'of',
  'side',
  'a',
  'an',
  'press',
  'service',
  'government',
  'ministry',
  'secretary',
  'state',
  'president',
  'spokesman',
  'and',
  'said',
];

describe('speaker lookup by name', () => {
  it('every speaker is found by its own name, and by its surname', () => {
    for (const s of SPEAKERS) expect(lookup.find(s.entity.name)).toEqual({ kind: 'found', speaker: s });
    expect(lookup.find('Petrosyan')).toMatchObject({
      kind: 'found',
      speaker: { entity: { id: 'text:anna-petrosyan' } },
    });
    expect(lookup.find('hajiye')).toMatchObject({
      kind: 'found',
      speaker: { entity: { id: 'text:hikmet-hajiyev' } },
    });
  });

  it('words of descriptions alone never find a speaker, in any number or order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DESCRIPTION), { minLength: 1, maxLength: 4 }), (words) => {
        const query = words.join(' ');
        if (normaliseName(query) === 'press service') return; // that speaker's own whole name ("the press service")
        expect(lookup.find(query).kind).not.toBe('found');
      }),
    );
  });

  it('a name one letter from a description word ("Biden", "side") is nobody', () => {
    expect(lookup.find('Biden')).toEqual({ kind: 'none' });
    expect(lookup.find('the')).toEqual({ kind: 'none' });
  });

  it('any query answers with a real speaker or none, and autocomplete offers only real speakers', () => {
    const real = new Set(SPEAKERS);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (query) => {
        const match = lookup.find(query);
        if (match.kind === 'found') expect(real.has(match.speaker)).toBe(true);
        if (match.kind === 'close' || match.kind === 'ambiguous')
          for (const c of match.candidates) expect(real.has(c)).toBe(true);
        for (const s of lookup.complete(query, 25)) expect(real.has(s)).toBe(true);
      }),
    );
  });
});

describe('speaker lookup by a name that differs in the given name', () => {
  const known = new SpeakerLookup([
    speaker('armen-grigoryan', 'Armen Grigoryan', ['Security Council secretary Armen Grigoryan']),
  ]);

  it('"Arman Grigorian" never answers with Armen Grigoryan’s words: at most a suggestion', () => {
    expect(known.find('Arman Grigorian').kind).not.toBe('found');
    expect(known.find('Arman Grigoryan').kind).not.toBe('found');
  });

  it('a spelling of the same name still finds him', () => {
    expect(known.find('Armen Grigorian')).toMatchObject({
      kind: 'found',
      speaker: { entity: { id: 'armen-grigoryan' } },
    });
  });
});
