import { describe, expect, it } from 'vitest';
import { idsAndWords, statementsOf } from './statements.helpers.ts';

/** Sentences written for these tests (session 48, wrong70). */
describe('"assessed that" is a verb of judging with a clause (CONVENTIONS 9)', () => {
  it('given "An analyst, Rina Sari, assessed that …", the analyst says the clause', () => {
    expect(
      idsAndWords('An analyst of the region, Rina Sari, assessed that the talks would stall before winter.'),
    ).toContainEqual({ id: 'text:rina-sari', said: 'the talks would stall before winter' });
  });

  it('given "assessed the damage", no statement', () => {
    expect(idsAndWords('Engineer Rina Sari assessed the damage to the bridge on Monday.')).toEqual([]);
  });
});

describe('a stance told in a clause: subject, verb, object and "to" before the quote (CONVENTIONS 16)', () => {
  it('given "said that Moscow expected both sides to “…”", the statement starts at the clause', () => {
    expect(
      idsAndWords(
        'Foreign Minister Olga Petrenko said that Moscow expected both sides to "refrain from any step" now.',
      ),
    ).toContainEqual({
      id: 'text:olga-petrenko',
      said: 'Moscow expected both sides to "refrain from any step" now',
    });
  });

  it('given "urged both sides to “…”", the appeal\'s quoted words are the statement', () => {
    expect(
      idsAndWords('Foreign Minister Olga Petrenko urged both sides to "refrain from any step" now.'),
    ).toContainEqual({ id: 'text:olga-petrenko', said: 'refrain from any step' });
  });
});

describe("a head's office written as a proper name (CONVENTIONS 6, row AE)", () => {
  it('given "the Prime Minister\'s Office said …", the speaker is text:office-of-the-prime-minister', () => {
    expect(
      idsAndWords("Later, the Prime Minister's Office said that the two leaders had spoken by phone."),
    ).toContainEqual({
      id: 'text:office-of-the-prime-minister',
      said: 'the two leaders had spoken by phone',
    });
  });

  it('given "the mayor\'s office said …", the office of a person stays as written', () => {
    expect(idsAndWords("The mayor's office said the road would reopen.")).toContainEqual({
      id: 'text:mayor-office',
      said: 'the road would reopen',
    });
  });
});

describe('row S: a relative who called and said hands on the words said', () => {
  it('given "My aunt called from Goris last night and said …", the aunt says what follows', () => {
    const text = '"My aunt called from Goris last night and said the shops were empty," Ruzan Avagyan said.';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.speaker === 'text:aunt')?.quote).toBe('the shops were empty,');
    expect(seen.some((s) => s.speaker === 'text:ruzan-avagyan')).toBe(true);
  });

  it('given "My aunt called me last night." alone, the call hands on no words', () => {
    const text = '"My aunt called me last night. We cried," Ruzan Avagyan said.';
    expect(statementsOf(text).some((s) => s.speaker === 'text:aunt')).toBe(false);
  });
});
