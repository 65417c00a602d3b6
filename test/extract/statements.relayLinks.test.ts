import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a relay names both links (CONVENTIONS 14): the relayer from the principal, the principal at its words', () => {
  it('wire style: "X stressed that …, the ministry said"', () => {
    expect(
      speakersViaAndQuotes(
        'Lavrov stressed that the talks must resume within a month, the Russian Foreign Ministry said.',
      ),
    ).toEqual([
      ['mfa-russia', undefined, 'Lavrov stressed that the talks must resume within a month'],
      ['lavrov', 'mfa-russia', 'the talks must resume within a month'],
    ]);
  });

  it('broadsheet style: "the department said X had told Y that …"', () => {
    expect(
      speakersViaAndQuotes(
        'The State Department said on Friday that Blinken had told Aliyev during their call that force would settle nothing.',
      ),
    ).toEqual([
      [
        'us-state-department',
        undefined,
        'Blinken had told Aliyev during their call that force would settle nothing',
      ],
      ['blinken', 'us-state-department', 'force would settle nothing'],
    ]);
  });

  it('"told" and whom, then the words without "that"', () => {
    expect(
      speakersViaAndQuotes(
        'Kremlin spokesman Dmitry Peskov said Putin had told Pashinyan the convoy would go through.',
      ),
    ).toEqual([
      ['peskov', undefined, 'Putin had told Pashinyan the convoy would go through'],
      ['putin', 'peskov', 'the convoy would go through'],
    ]);
  });
});

describe('a readout of what the principal did, with no words of theirs, is the relayer’s statement only', () => {
  it('agency style: "X spoke with Y and urged …, the ministry said"', () => {
    expect(
      speakersViaAndQuotes(
        'Foreign Minister Sergey Lavrov spoke by phone with Ararat Mirzoyan and urged both sides to show restraint, the Russian Foreign Ministry said.',
      ),
    ).toEqual([
      [
        'mfa-russia',
        undefined,
        'Foreign Minister Sergey Lavrov spoke by phone with Ararat Mirzoyan and urged both sides to show restraint',
      ],
    ]);
  });

  it('US daily style: "X called Y to press for …, the State Department said in a readout"', () => {
    const [s, ...more] = statementsOf(
      'Secretary of State Antony Blinken called President Ilham Aliyev on Monday to press for the road to reopen, the State Department said in a readout.',
    );
    expect([s?.speaker, s?.via, more]).toEqual(['us-state-department', undefined, []]);
  });

  it('"told him to …" is an order, no words to report', () => {
    expect(
      speakersViaAndQuotes(
        'Kremlin spokesman Dmitry Peskov said Putin had told Aliyev to investigate the shooting.',
      ).map(([speaker]) => speaker),
    ).toEqual(['peskov']);
  });
});

describe('a source cited after the clause said the clause too', () => {
  it('"She added that …, according to the migration service": both at the words', () => {
    const text =
      'Anahit Petrosyan of the Yerevan Refugee Council said shelters were full. She added that at least 900 ' +
      'families had moved on to Russia, according to the migration service.';
    expect(speakersViaAndQuotes(text).slice(1)).toEqual([
      ['text:migration-service', undefined, 'at least 900 families had moved on to Russia'],
      ['text:anahit-petrosyan', 'text:migration-service', 'at least 900 families had moved on to Russia'],
    ]);
  });
});
