import { describe, expect, it } from 'vitest';
import { trailingProperName } from '../../src/extract/entities/textEntity.ts';
import { saidInPiece, speakersShown } from './statements.helpers.ts';

describe('a name the gazetteer knows whole is never cut to a word of it', () => {
  it('"The Russian peacekeeping contingent said" is the peacekeepers, not "Russian"', () => {
    expect(
      speakersShown('The Russian peacekeeping contingent said it was negotiating with the Azerbaijani side.'),
    ).toEqual(['russian-peacekeepers']);
  });

  it('a body named "on" its domain keeps the domain: "the State Commission on Missing Persons"', () => {
    expect(
      speakersShown('The State Commission on Missing Persons said 3,890 citizens are still missing.'),
    ).toEqual(['text:state-commission-on-missing-persons']);
  });
});

describe('a ministry named by its seat speaks for that government', () => {
  it.each([
    'The Foreign Ministry in Baku said the constitution remained "the main obstacle" to peace.',
    'The foreign ministry in Baku said the constitution remained "the main obstacle" to peace.',
  ])('%s', (text) => {
    expect(speakersShown(text)).toEqual(['mfa-azerbaijan']);
  });

  it('"the ministry" after it is the same ministry', () => {
    expect(
      speakersShown(
        'The Foreign Ministry in Baku said the constitution remained "the main obstacle" to peace. The ministry said Azerbaijan expected Armenia to drop its lawsuits.',
      ),
    ).toEqual(['mfa-azerbaijan', 'mfa-azerbaijan']);
  });
});

describe('a person noun capitalised to open a sentence is the role, not a given name', () => {
  it.each(['Host', 'Owner', 'Founder', 'Candidate'])(
    '"%s Annalena Baerbock" is Annalena Baerbock',
    (noun) => {
      expect(trailingProperName(`${noun} Annalena Baerbock`)?.name).toBe('Annalena Baerbock');
    },
  );

  it('"Host Annalena Baerbock" is Annalena Baerbock, whom "German Foreign Minister Annalena Baerbock" names too', () => {
    expect(
      speakersShown(
        'Host Annalena Baerbock spoke of progress. German Foreign Minister Annalena Baerbock said the talks had been "hard but honest".',
      ),
    ).toEqual(['baerbock']);
  });
});

describe('where the saying took place is no part of what was said', () => {
  it.each([
    ['The minister said afterwards that the road was closed.', 'The minister: the road was closed'],
    [
      'Aliyev said there that a treaty could be signed "within months".',
      'Aliyev: a treaty could be signed "within months"',
    ],
    [
      'Officials said there needs to be a rule that limits it.',
      'Officials: there needs to be a rule that limits it',
    ],
  ])('%s', (text, said) => {
    expect(saidInPiece(text)).toEqual([said]);
  });
});
