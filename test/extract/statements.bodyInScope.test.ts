import { describe, expect, it } from 'vitest';
import { speakerIdsFrom } from './statements.helpers.ts';

/** Speakers of a document, with the outlet its metadata names (if any). */

describe('"the ministry" is the one body named with that noun just before', () => {
  it('an Armenian agency quoting Baku’s ministry: the ministry is Azerbaijan’s, not the home country’s', () => {
    const text = [
      'Azerbaijan’s Defense Ministry said its units had come under fire near Kalbajar overnight.',
      'The ministry said two of its soldiers were wounded.',
    ].join(' ');
    expect(speakerIdsFrom('Armenpress', text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan']);
  });

  it('wire copy naming one foreign ministry: the ministry is that one', () => {
    const text = [
      'The Russian Defense Ministry said its peacekeepers had recorded a breach of the ceasefire.',
      'The ministry said the situation in the Martakert district was calm by evening.',
    ].join(' ');
    expect(speakerIdsFrom(undefined, text)).toEqual(['mod-russia', 'mod-russia']);
  });
});

describe('"the ministry" after a ministry named earlier in the same sentence', () => {
  it('wire style: "X said …, and the ministry later added that …" is X, not the ministry of the paragraph before', () => {
    const text = [
      'The Armenian Defense Ministry said on Monday that 12 soldiers were listed as missing.',
      'The Azerbaijani Defense Ministry said 40 of its soldiers had been killed, and the ministry later added that 90 were wounded.',
    ].join('\n\n');
    expect(speakerIdsFrom(undefined, text)).toEqual(['mod-armenia', 'mod-azerbaijan', 'mod-azerbaijan']);
  });
});

describe('"the ministry" after a ministry named by its seat spoke', () => {
  it('translated German copy: "The Foreign Ministry in Baku insisted … The ministry also noted" is Baku’s', () => {
    const text = [
      'Two soldiers were wounded near the border on Monday, the Armenian Defense Ministry said.',
      'The Foreign Ministry in Baku insisted after the talks that the road was open. The ministry also noted that the checkpoint would stay.',
    ].join('\n\n');
    expect(speakerIdsFrom(undefined, text)).toEqual(['mod-armenia', 'mfa-azerbaijan', 'mfa-azerbaijan']);
  });
});

describe('two bodies of that noun named just before: "the ministry" is unclear, no statement', () => {
  it('wire style: both sides’ defence ministries, then "the ministry said"', () => {
    const text = [
      'Armenia’s Defense Ministry said its positions near Sotk were shelled.',
      'Azerbaijan’s Defense Ministry said its units had only returned fire.',
      'The ministry said two soldiers were wounded.',
    ].join(' ');
    expect(speakerIdsFrom(undefined, text)).toEqual(['mod-armenia', 'mod-azerbaijan']);
  });

  it('a state agency’s copy: another country’s ministry named after the home one spoke', () => {
    const text = [
      'The Azerbaijani Defense Ministry said two servicemen were wounded near Lachin.',
      'Armenia’s Foreign Ministry rejected the account on Tuesday.',
      'The ministry said the claim was false.',
    ].join(' ');
    const speakers = speakerIdsFrom('Azertac', text);
    expect(speakers[0]).toBe('mod-azerbaijan');
    expect(speakers).not.toContain('text:ministry');
  });

  it('broadsheet style: "according to the ministry’s information" after two ministries', () => {
    const text = [
      'The Armenian Foreign Ministry said the talks would resume in Brussels.',
      'The Azerbaijani Foreign Ministry said no date had been set.',
      'According to the ministry’s information, the foreign ministers would meet in May.',
    ].join(' ');
    // Whose information it is cannot be told: no ministry is credited with it.
    expect(speakerIdsFrom(undefined, text)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });
});
