import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import { timelineFor } from './statements.helpers.ts';

/** Speaker ids and quotes of a document whose metadata names `outlet` (null: unknown). */
function said(text: string, outlet: string | null): { speaker: string; quote: string }[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, 'doc', sentences, paragraphs, timelineFor(text, null), outlet).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe("an outlet's own voice is the writer's", () => {
  it('drops "<outlet> reports" in its own copy', () => {
    const text = 'Farmers in Aghdam have begun the spring sowing on cleared fields, Azertac reports.';
    expect(said(text, 'Azertac')).toEqual([]);
  });

  it('drops "Earlier, <outlet edition> reported" when the outlet is the plain name', () => {
    const text =
      'The bridge near Goris was reopened on Friday. Earlier, Sputnik Armenia reported that repairs had begun in May.';
    expect(said(text, 'Sputnik')).toEqual([]);
  });

  it('gives the source the outlet cites', () => {
    const text =
      'As Trend reports with reference to the Azerbaijani Foreign Ministry, the talks will resume in Tbilisi next week.';
    expect(said(text, 'Trend')).toEqual([
      { speaker: 'mfa-azerbaijan', quote: 'the talks will resume in Tbilisi next week' },
    ]);
  });

  it('keeps another outlet as a speaker', () => {
    const text = 'Two convoys crossed the checkpoint on Monday, Armenpress reports.';
    expect(said(text, 'Azertac').map((s) => s.speaker)).toEqual(['text:armenpress']);
  });

  it("keeps today's reading when the outlet is unknown", () => {
    const text = 'Farmers in Aghdam have begun the spring sowing on cleared fields, Azertac reports.';
    expect(said(text, null).map((s) => s.speaker)).toEqual(['text:azertac']);
  });
});

describe('"the Defense Ministry" with no country', () => {
  it("is the national outlet's own country's ministry", () => {
    const text = 'Two soldiers were wounded near Sotk overnight, the Defense Ministry said.';
    expect(said(text, 'Armenpress').map((s) => s.speaker)).toEqual(['mod-armenia']);
    expect(said(text, 'Azertac').map((s) => s.speaker)).toEqual(['mod-azerbaijan']);
  });

  it('is the ministry the text named with its country before', () => {
    const text =
      "Armenia's Defense Ministry published a map of the positions on Monday.\n\nThe Ministry of Defense said the shelling had stopped by noon.";
    expect(said(text, null).map((s) => s.speaker)).toEqual(['mod-armenia']);
  });

  it('stays unresolved in a wire service or an outlet of unknown country', () => {
    const text = 'Two soldiers were wounded near Sotk overnight, the Defense Ministry said.';
    for (const outlet of ['Reuters', 'Wire', null])
      expect(said(text, outlet).map((s) => s.speaker)).toEqual(['text:defense-ministry']);
  });

  it("is not the outlet's country when the text named another country's ministry", () => {
    const text =
      "Azerbaijan's Defense Ministry published a map of the positions on Monday.\n\nThe Defense Ministry said the shelling had stopped by noon.";
    const speakers = said(text, 'Armenpress').map((s) => s.speaker);
    expect(speakers).not.toContain('mod-armenia');
  });

  it('reads "the Foreign Ministry" / "the Ministry of Foreign Affairs" the same way', () => {
    const text = 'The talks in Tbilisi were postponed by a week, the Ministry of Foreign Affairs said.';
    expect(said(text, 'Trend').map((s) => s.speaker)).toEqual(['mfa-azerbaijan']);
    expect(said(text, 'TASS').map((s) => s.speaker)).toEqual(['mfa-russia']);
    const named =
      "Armenia's Foreign Ministry summoned the envoy on Monday.\n\nThe Foreign Ministry said a note had been handed over.";
    expect(said(named, null).map((s) => s.speaker)).toEqual(['mfa-armenia']);
  });
});

describe("an outlet's correspondent reporting is the outlet's voice, metadata or not", () => {
  it('"X\'s correspondent reports", "our correspondent reports", "reports ARKA\'s correspondent": no statement', () => {
    expect(
      said(
        'The border crossing at Lars has been closed to lorries since Monday, Novosti-Kavkaz’s correspondent reports from the site.',
        null,
      ),
    ).toEqual([]);
    expect(
      said('Queues at the Goris market grew longer by the hour, our correspondent reports.', null),
    ).toEqual([]);
    expect(
      said(
        "Three buses with displaced families arrived in Vayk on Sunday morning, reports ARKA's correspondent.",
        null,
      ),
    ).toEqual([]);
    // The outlet's name before the word, without a possessive, as agencies in translation write it.
    expect(
      said(
        'The summit closed without a joint declaration, Caspian.kz correspondent reports from Yerevan.',
        null,
      ),
    ).toEqual([]);
  });

  it('a correspondent who said what they saw, and a source the correspondent quotes, still speak', () => {
    expect(said('A Reuters correspondent said the checkpoint was empty by noon.', null)).toEqual([
      { speaker: 'text:reuters-correspondent', quote: 'the checkpoint was empty by noon' },
    ]);
    expect(
      said("The mayor told ARKA's correspondent that the town had taken in 1,200 people.", null).map(
        (s) => s.quote,
      ),
    ).toEqual(['the town had taken in 1,200 people']);
  });
});

describe('an outlet the text names as itself, no metadata', () => {
  it('"Earlier, X reported" in a text where X also asks an expert: no statement', () => {
    const text =
      'Engineers reopened the Goris bypass on Friday.\n\nKavkazpost.ru asked the road engineer Vahan Sarkisov what the repairs would cost. "About a year of the region\'s budget," he said.\n\nEarlier, Kavkazpost.ru reported that the bypass had been shut for three weeks.';
    expect(said(text, null).map((s) => s.speaker)).not.toContain('text:kavkazpost-ru');
  });

  it('"As the "X" reported" in a text where sources told the "X": no statement', () => {
    const text =
      'A farmer from Khachen told the "Mountain Herald" that the well had run dry.\n\nAs the "Mountain Herald" reported, the drought began in early June.';
    expect(said(text, null).map((s) => s.speaker)).toEqual(['text:farmer']);
  });

  it('"X explains what happened" in a text where officials told X: no statement of X', () => {
    const text =
      'In this briefing, Border Watch explains what changed at the crossing. Customs officers told Border Watch that lorries now wait two days.';
    expect(said(text, null).map((s) => s.speaker)).not.toContain('text:border-watch');
  });

  it('"X reported" alone stays a statement of X: one clue names no outlet as the writer', () => {
    const text = 'Earlier, Kavkazpost.ru reported that the bypass had been shut for three weeks.';
    expect(said(text, null).map((s) => s.speaker)).toEqual(['text:kavkazpost-ru']);
  });
});
