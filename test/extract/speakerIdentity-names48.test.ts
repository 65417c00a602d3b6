import { describe, expect, it } from 'vitest';
import { isCountryName, isPlaceName } from '../../src/extract/entities/countryNames.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf } from './statements.helpers.ts';

describe('a place is nobody’s short name', () => {
  it('given a country that speaks and a university named after it, the country stays the speaker', () => {
    const text =
      'Meanwhile, Malaysia hoped the two sides would keep talking. ' +
      'A lecturer from Universiti Malaysia, Farid Osman, said the talks were fragile.';
    const hoped = statementsOf(text).find((s) => s.quote.startsWith('the two sides'));
    expect(hoped?.speaker).toBe('text:malaysia');
  });

  it('knows countries and the gazetteer’s places, and not a surname', () => {
    expect(isCountryName('Indonesia')).toBe(true);
    expect(isCountryName('Saudi Arabia')).toBe(true);
    expect(isPlaceName('Goris')).toBe(true);
    expect(isPlaceName('Grigoryan')).toBe(false);
  });
});

describe('a place after a group says where it is, not who it is', () => {
  it('given "Republicans on Capitol Hill", the speaker is the Republicans', () => {
    expect(textEntity('Republicans on Capitol Hill').id).toBe('text:republicans');
  });

  it('given "Armenians in Los Angeles", the speaker is the Armenians', () => {
    expect(textEntity('Armenians in Los Angeles').id).toBe('text:armenians');
  });

  it('given a sentence with "Senators on Capitol Hill say", the statement is the senators’', () => {
    const text = 'Senators on Capitol Hill say the aid came too late.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:senators']);
  });
});
