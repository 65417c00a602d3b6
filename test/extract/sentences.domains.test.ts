import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: web addresses and outlet names with a domain', () => {
  it('a full stop between letters with no space after it is no boundary ("Steppe.kz", "www.x.com")', () => {
    expect(
      sentencesOf(
        'Analysts polled by Steppe.kz say the talks stalled. Details are on www.caspian-daily.com for readers. 2news.az and Kura.am carried it too.',
      ),
    ).toEqual([
      'Analysts polled by Steppe.kz say the talks stalled.',
      'Details are on www.caspian-daily.com for readers.',
      '2news.az and Kura.am carried it too.',
    ]);
  });

  it('a domain at the end of a sentence ends it after its last full stop only', () => {
    expect(
      sentencesOf('The road reopened on Friday, the governor told Vesti.ge. The ministry confirmed it.'),
    ).toEqual(['The road reopened on Friday, the governor told Vesti.ge.', 'The ministry confirmed it.']);
    expect(sentencesOf('"We are waiting," he told Lori.news.am. "Nobody came."')).toEqual([
      '"We are waiting," he told Lori.news.am.',
      '"Nobody came."',
    ]);
  });

  it('an e-mail address closing a paragraph stays whole', () => {
    expect(sentencesOf('Write to the desk at anna.petrosyan@caspian-daily.com.')).toEqual([
      'Write to the desk at anna.petrosyan@caspian-daily.com.',
    ]);
  });
});
