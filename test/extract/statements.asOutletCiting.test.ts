import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown } from './statements.helpers.ts';

/**
 * CONVENTIONS 15: a news outlet passing words on is the medium, not a speaker. "As <outlet> reports,
 * citing Y, …" is Y's statement; a time phrase opening the sentence is no subject of "citing".
 * Sentences written for these tests (session 39).
 */
describe('"As <outlet> reports, citing Y, …": the cited source speaks', () => {
  it('a source in a government, cited by a wire agency', () => {
    const text =
      'As the Caspian Wire reports, citing a source in the Georgian government, Tbilisi is ready to host the next round.';
    expect(speakersAndQuotes(text)).toEqual([['text:source', 'Tbilisi is ready to host the next round']]);
  });

  it('a ministry cited by a news site named by its address', () => {
    const text =
      'As Novosti.az reported, citing the Ministry of Defense of Azerbaijan, two soldiers were wounded near the village.';
    expect(speakersAndQuotes(text)).toEqual([
      ['mod-azerbaijan', 'two soldiers were wounded near the village'],
    ]);
  });

  it('what is cited is no one who speaks: the outlet stays the one named', () => {
    const text = 'As the Caspian Wire reported, citing leaked documents, the talks will resume in May.';
    expect(speakersShown(text)).not.toContain('text:leaked-documents');
  });
});

describe('"The day before, <outlet>, citing Y, wrote that …": a time phrase is no speaker', () => {
  it('the cited source speaks, the outlet relays', () => {
    const text =
      'The day before, the news site Caspian Daily, citing a source in the ministry, wrote that the convoy would leave "within days".';
    expect(speakersShown(text)).toEqual(['text:source']);
  });

  it('"The next morning" opening the sentence', () => {
    const text =
      'The next morning, the regional paper, citing local officials, wrote that the bridge had reopened.';
    const said = speakersShown(text);
    expect(said).not.toContain('text:next-morning');
    expect(said).toEqual(['text:local-officials']);
  });
});
