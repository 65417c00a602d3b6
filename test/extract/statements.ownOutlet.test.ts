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
