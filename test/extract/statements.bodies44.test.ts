import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('"the agency" after a state service spoke: the service, unless another body is in view', () => {
  it('"Azerbaijan\'s State Border Service said … The agency added" is the service', () => {
    const text =
      "Azerbaijan's State Border Service said on Monday that two guards were hurt near the post. The agency said the post would stay closed until further notice.";
    expect(speakersShown(text)).toEqual(['sbs-azerbaijan', 'sbs-azerbaijan']);
  });

  it('a news agency named since the service spoke leaves "the agency" as written', () => {
    const text =
      "Azerbaijan's State Border Service said on Monday that two guards were hurt near the post, a report by a local news agency showed. The agency said the post would stay closed.";
    expect(speakersShown(text).at(-1)).not.toBe('sbs-azerbaijan');
  });

  it('a ministry is no "agency": "the agency" after the Defence Ministry is not it', () => {
    const text =
      "Armenia's Defence Ministry said one soldier was wounded overnight. The agency said the shots came from the east.";
    expect(speakersShown(text).at(-1)).not.toBe('mod-armenia');
  });
});

describe('a bare body set in a place: "In <country>, the Ministry of Health said"', () => {
  it('a ministry with its portfolio written after "of" is that country\'s', () => {
    const text =
      'Fighting resumed along the border on Tuesday. In Armenia, the Ministry of Health said that 40 wounded soldiers were in hospital.';
    expect(speakersShown(text)).toEqual(['moh-armenia']);
  });

  it('a script\'s speaker label opens the sentence: "REPORTER (VO): In Baku, the presidential administration said"', () => {
    const text =
      'ANCHOR: Two soldiers were handed over on Wednesday.\n\nREPORTER (VO): In Baku, the presidential administration said the two had been detained since April.';
    expect(speakersShown(text)).toEqual(['azerbaijani-presidential-administration']);
  });

  it('a portfolio named with another country is not bare: "the Ministry of Health of Georgia" stays as written', () => {
    const text = 'In Armenia, the Ministry of Health of Georgia said that 40 patients were moved.';
    expect(speakersShown(text)).not.toContain('moh-armenia');
  });
});

describe('"the regional administration": a word before the noun must be in the body\'s name', () => {
  it('is not the presidential administration named before', () => {
    const text =
      'The swap followed a statement by the Azerbaijani presidential administration on Thursday. About 2,000 of the displaced live in Shirak province, the regional administration said on Tuesday.';
    expect(speakersShown(text).at(-1)).not.toBe('azerbaijani-presidential-administration');
  });

  it('"the presidential administration" still points back to it', () => {
    const text =
      'The Azerbaijani presidential administration said the talks had been constructive. The two soldiers were freed on Friday, the presidential administration said.';
    expect(speakersShown(text)).toEqual([
      'azerbaijani-presidential-administration',
      'azerbaijani-presidential-administration',
    ]);
  });
});
