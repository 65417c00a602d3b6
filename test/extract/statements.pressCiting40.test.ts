import { describe, expect, it } from 'vitest';
import {
  speakersAndQuotes,
  speakersShown,
  speakersViaAndQuotes,
  statementsOf,
} from './statements.helpers.ts';

/**
 * CONVENTIONS 15: a news outlet passing words on is the medium, not a speaker; the source it cites
 * said it. Three forms of the press citing a source (session 40). Sentences written for these tests.
 */
describe('"<the press> report, citing Y, that …": the plural press in the present', () => {
  it('the cited official speaks, the press relays', () => {
    const text =
      'Georgian media report, citing the regional governor, that the bridge was repaired overnight.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:regional-governor', 'text:georgian-media', 'the bridge was repaired overnight'],
    ]);
  });

  it('a report, the noun, citing data, is no saying of the press', () => {
    const text = 'The report, citing UN data, says that the camps are full.';
    expect(speakersShown(text)).toEqual(['text:report']);
  });
});

describe('"<a wire agency by name> reports, citing Y, that …": the agency is the medium', () => {
  it('Reuters citing local officials', () => {
    const text =
      'Reuters reports, citing local officials, that more than 900 people left the valley overnight.';
    const said = statementsOf(text);
    expect(said.map((s) => s.speaker)).not.toContain('text:reuters');
    expect(said.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:local-officials', 'more than 900 people left the valley overnight'],
    ]);
  });
});

describe('"…, the <outlet> correspondent reports, citing Y.": the tail names the press in lower case', () => {
  it('the cited sources speak', () => {
    const text =
      'The two commissions have agreed on the first section of the border, the Caspian Wire correspondent reports, citing sources in Tbilisi.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:sources', 'The two commissions have agreed on the first section of the border'],
    ]);
  });

  it('a body that cites is no press: the tail is not read as the medium', () => {
    const text = 'The two sides agreed to meet again, the ministry said, citing its envoy.';
    expect(speakersShown(text)).toEqual(['text:ministry']);
  });
});
