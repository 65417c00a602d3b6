import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown, statementsOf } from './statements.helpers.ts';

/** Sentences written for these tests (session 41): news outlets as media, acronyms as speakers. */
describe('an all-caps acronym is a name, never the pronoun "who"', () => {
  it('"WHO said that …" opens a sentence with its speaker', () => {
    const text = 'WHO said that its teams were supporting three hospitals near the border.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:who', 'its teams were supporting three hospitals near the border'],
    ]);
  });

  it('the lower-case relative still reads no subject', () => {
    const text = 'Doctors who said the wards were full were sent home.';
    expect(speakersShown(text)).not.toContain('text:who');
  });
});

describe('"According to <outlet>, which cites <source>, …": the source speaks (CONVENTIONS 15)', () => {
  it('a present-tense "cites" passes the words to the source', () => {
    const text =
      'According to the daily Ekspress, which cites a source in the ministry, the minister considered that the talks had stalled.';
    const got = statementsOf(text);
    expect(got.map((s) => s.speaker)).not.toContain('text:daily-ekspress');
    expect(got[0]!.speaker).toBe('text:source');
  });
});

describe('a relayed clause that opens with a quote starts inside its marks (CONVENTIONS 16)', () => {
  it('the source relays the leader, whose words start at the quoted phrase', () => {
    const text =
      'According to the daily Ekspress, which cites a source in the ministry, Aliyev considered that "a hostile mood" had taken hold in the hall.';
    const got = statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 20)]);
    expect(got).toContainEqual(['text:source', 'Aliyev considered th']);
    expect(got).toContainEqual(['aliyev', 'a hostile mood" had ']);
  });
});

describe('"According to <outlet>, Y … said: “…”": Y speaks, the outlet is the medium (CONVENTIONS 15)', () => {
  it('a daily hands on the quote after a colon', () => {
    const text =
      'According to the daily Ekspress, Anar Guliyev, at a briefing this morning, said in answer to a question: "The road will stay open."';
    expect(speakersAndQuotes(text)).toEqual([['text:anar-guliyev', 'The road will stay open.']]);
  });

  it('a name crediting the lead paragraph, cited again by "According to", is the copy’s own outlet', () => {
    const text =
      'Border talks resume\n\n' +
      'Sahar: Anar Guliyev, the spokesman of the ministry, speaking to reporters, said that the talks would resume next week.\n\n' +
      'According to Sahar, Guliyev, at his weekly briefing, said in answer to a question: "Our position has not changed."';
    const got = statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 20)]);
    expect(got.map(([speaker]) => speaker)).not.toContain('text:sahar');
    expect(got).toContainEqual(['text:anar-guliyev', 'Our position has not']);
  });

  it('a speaker’s label is no credit line: "According to" that name still gives their statement', () => {
    const text =
      'Guliyev: the talks will resume\n\nAccording to Guliyev, the talks will resume next week in Tbilisi.';
    expect(speakersShown(text)).toContain('text:guliyev');
  });
});
