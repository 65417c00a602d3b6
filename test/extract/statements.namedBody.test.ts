import { describe, expect, it } from 'vitest';
import { isNamedBody } from '../../src/extract/statements/jointSpeakers.ts';

describe('a named body, as a joint or listed speaker', () => {
  it('is a proper name ending in a body noun', () => {
    expect(isNamedBody('the State Border Service')).toBe(true);
    expect(isNamedBody("the Prosecutor General's Office")).toBe(true);
  });

  it('is a body noun before "of" and a proper name', () => {
    expect(isNamedBody('the Ministry of Emergency Situations')).toBe(true);
  });

  it('is an abbreviation in capitals', () => {
    expect(isNamedBody('OSCE')).toBe(true);
  });

  it('is no person, place or common noun phrase', () => {
    expect(isNamedBody('Anna Petrosyan')).toBe(false);
    expect(isNamedBody('Stepanakert')).toBe(false);
    expect(isNamedBody('the ministry')).toBe(false);
    expect(isNamedBody('UN')).toBe(false);
  });
});
