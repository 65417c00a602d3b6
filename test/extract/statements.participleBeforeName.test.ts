import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) => extractFrom(text).map((s) => [s.speaker.id, s.mention]);

describe('a hyphenated participle before a name ("Geneva-based", "Moscow-backed") is no part of it', () => {
  it('"the Geneva-based ICRC" is the ICRC the gazetteer knows', () => {
    expect(
      who('The Geneva-based ICRC said on Monday that its convoy had been turned back at the checkpoint.'),
    ).toEqual([['icrc', 'The Geneva-based ICRC']]);
  });

  it('a body the gazetteer lacks is named without where it sits', () => {
    expect(
      who('The Yerevan-based Hrant Foundation said on Monday that its convoy had been turned back.'),
    ).toEqual([['text:hrant-foundation', 'The Yerevan-based Hrant Foundation']]);
  });

  it('a body named with who backs it is named without its patron', () => {
    expect(
      who('The Moscow-funded Lachin Relief Fund said on Monday that its trucks had been turned back.'),
    ).toEqual([['text:lachin-relief-fund', 'The Moscow-funded Lachin Relief Fund']]);
  });
});
