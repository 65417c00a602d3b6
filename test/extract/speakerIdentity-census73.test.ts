import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf } from './statements.helpers.ts';

describe('a place after a described group or body is no part of who it is', () => {
  it('given "Relief groups in Georgia say …", the speaker is the relief groups', () => {
    const text = 'Relief groups in Georgia say the shelters are full.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:relief-groups']);
  });

  it('files "the consulate in Tbilisi" and "Ethnic Georgians in Abkhazia" under their heads', () => {
    expect(textEntity('the consulate in Tbilisi').id).toBe('text:consulate');
    expect(textEntity('Ethnic Georgians in Abkhazia').id).toBe('text:ethnic-georgians');
  });

  it('keeps a name that holds "of" before its place: "Union of Armenians in Russia"', () => {
    expect(textEntity('Union of Armenians in Russia').id).toBe('text:union-of-armenians-in-russia');
  });
});
