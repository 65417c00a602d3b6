import { describe, expect, it } from 'vitest';
import {
  speakersAndQuotes,
  speakersShown,
  speakersViaAndQuotes,
  statementsOf,
} from './statements.helpers.ts';

/**
 * CONVENTIONS 15: a news outlet passing words on is the medium, not a speaker. "According to <the
 * press>, X said that …" gives X's statement only, the outlet as its relayer. Sentences written for
 * these tests (session 38).
 */
describe('"according to <a news outlet>, X said that …": only X speaks', () => {
  it('news agencies named by their kind, a body as the one relayed', () => {
    const text =
      'According to Turkish news agencies, the Russian Foreign Ministry announced that a truce had been agreed from noon.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['mfa-russia', 'text:turkish-news-agencies', 'a truce had been agreed from noon'],
    ]);
  });

  it("a broadcaster's report, an aside between the name and the verb", () => {
    const text =
      'According to the report of Channel News from Baku, Sergei Lavrov, at a press conference in the capital, ' +
      'stated that the truce was holding.';
    expect(speakersAndQuotes(text)).toEqual([['lavrov', 'the truce was holding']]);
  });

  it('a correspondent, and a later "He added" goes on with the one relayed', () => {
    const text =
      'According to the agency’s diplomatic correspondent, Anar Guliyev, speaking at a briefing on Monday, said that ' +
      'several shells had landed near the villages. Guliyev noted that his government was ready to mediate. ' +
      'He added that any settlement must respect the border.';
    expect(speakersShown(text)).toEqual(['text:anar-guliyev', 'text:anar-guliyev', 'text:anar-guliyev']);
  });

  it('a government office relaying still gives two statements (CONVENTIONS 14)', () => {
    const text = 'According to the Kremlin, Putin told Aliyev in a call that the peacekeepers would stay.';
    expect(speakersShown(text)).toEqual(['kremlin', 'putin']);
  });

  it('an outlet telling what it found, with no one relayed, stays the speaker', () => {
    const text = 'According to a regional newspaper, the road to the village had been closed since Friday.';
    expect(statementsOf(text)).toHaveLength(1);
  });
});
