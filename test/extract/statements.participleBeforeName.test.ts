import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('a hyphenated participle before a name ("Geneva-based", "Moscow-backed") is no part of it', () => {
  it('"the Geneva-based ICRC" is the ICRC the gazetteer knows', () => {
    expect(
      speakersAndMentions(
        'The Geneva-based ICRC said on Monday that its convoy had been turned back at the checkpoint.',
      ),
    ).toEqual([['icrc', 'The Geneva-based ICRC']]);
  });

  it('a body the gazetteer lacks is named without where it sits', () => {
    expect(
      speakersAndMentions(
        'The Yerevan-based Hrant Foundation said on Monday that its convoy had been turned back.',
      ),
    ).toEqual([['text:hrant-foundation', 'The Yerevan-based Hrant Foundation']]);
  });

  it('a body named with who backs it is named without its patron', () => {
    expect(
      speakersAndMentions(
        'The Moscow-funded Lachin Relief Fund said on Monday that its trucks had been turned back.',
      ),
    ).toEqual([['text:lachin-relief-fund', 'The Moscow-funded Lachin Relief Fund']]);
  });
});
