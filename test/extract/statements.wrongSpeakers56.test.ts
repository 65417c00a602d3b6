import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { speakerQuoteLines, speakersShown } from './statements.helpers.ts';

/** The statements a whole document's headline line gives, with their words. */
function headlineSaid(text: string): [string, string][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  return all
    .filter((s) => s.line === 'headline')
    .map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]);
}

describe('"the ministry in <capital>" goes back to that country\'s ministry that spoke', () => {
  it('after "Azerbaijan\'s Defence Ministry said", "The ministry in Baku reported" and its "it" are that ministry', () => {
    const text =
      'Border incident\n\n' +
      "Two Azerbaijani servicemen were wounded near the border, Azerbaijan's Defence Ministry said. " +
      'Yerevan called the report false.\n\n' +
      'The ministry in Baku reported that the shots came from a hill near the village. ' +
      'Both servicemen are out of danger, it added.';
    expect(speakersShown(text)).toEqual(['mod-azerbaijan', 'mod-azerbaijan', 'mod-azerbaijan']);
  });
});

describe('a sentence framed "In <capital>," gives "the government" after it to that capital\'s state', () => {
  it('"In Baku, the government said" is Azerbaijan\'s government, even after Armenia was named last', () => {
    const text =
      'Road talks\n\n' +
      'The two sides met on Monday to discuss the reopening of the road through Armenia.\n\n' +
      'In Baku, the government said the work would start in the spring.';
    expect(speakersShown(text)).toEqual(['gov-azerbaijan']);
  });
});

describe('a news story that prints one exchange of a briefing', () => {
  it('the bare "A:" after "Q:" is the official quoted in the paragraph before the question', () => {
    const text =
      'Delimitation deal welcomed\n\n' +
      'OUR DESK / Updated: May 2, 2024\n\n' +
      'The two neighbours agreed on a first stretch of their border on Friday.\n\n' +
      'At the weekly briefing, foreign ministry spokesperson Lars Ekberg said Sweden welcomed the step.\n\n' +
      'Q: Are observers being sent?\n\n' +
      'A: We are ready to help if both sides ask for it. No decision has been taken.\n\n' +
      'He said the minister would visit the region in June.';
    expect(speakersShown(text)).toEqual(['text:lars-ekberg', 'text:lars-ekberg', 'text:lars-ekberg']);
  });
});

describe('a dash interview introduced by "<guest> talked about …"', () => {
  it("the answer turns are the guest's, though the story before named others", () => {
    const text =
      'Shooting on the border\n\n' +
      'Prime Minister Nikol Pashinyan said that the incident would not stop the talks.\n\n' +
      'In our studio, Dr. Hanna Kowalska of the Institute of Eastern Affairs talked about the incident.\n\n' +
      '- Will the fighting resume?\n\n' +
      '- I do not expect it. Both governments want the treaty signed.\n\n' +
      '- What can the observers do?\n\n' +
      '- They can watch and they can report, and that matters.';
    expect(speakersShown(text)).toEqual(['pashinyan', 'text:hanna-kowalska', 'text:hanna-kowalska']);
  });
});

describe('"A <nationality> observer, who …" is one person a "he" after points to', () => {
  it('the quote "he said" after the observer is the observer\'s, not the spokesman\'s named before', () => {
    const text =
      'Observers safe\n\n' +
      'The spokesman of the Czech foreign ministry, Tomas Novotny, told the radio that all of the observers were safe.\n\n' +
      'A Czech observer, who asked not to be named, told our reporter that the patrols had been shortened. ' +
      '"We stay, but we are careful," he said.';
    const found = speakerQuoteLines(text);
    expect(found[0]).toMatch(/^text:tomas-novotny: /);
    expect(found.slice(1).map((s) => s.split(':')[0])).toEqual(['text', 'text']);
    expect(speakersShown(text).slice(1)).toEqual(['text:czech-observer', 'text:czech-observer']);
  });
});

describe('an agency headline "topic: "quote" - Name"', () => {
  it('the words are the quote, not the topic before its colon', () => {
    const text =
      'Twelve villages handed over: "We will not give up an inch" - Pashinyan\n\n' +
      'Prime Minister Nikol Pashinyan told reporters that the talks would go on. "We will not give up an inch. ' +
      'The border will be drawn on the maps," he said.\n';
    expect(headlineSaid(text)).toEqual([['pashinyan', 'We will not give up an inch']]);
  });
});

describe('"According to <outlet>, which cited <source>, …"', () => {
  it('the cited source speaks, the outlet is the medium', () => {
    const text =
      'Talks\n\n' +
      'According to Reuters, which cited a diplomatic source in Vienna, the two ministers may meet in March.';
    expect(speakersShown(text)).toEqual(['text:diplomatic-source']);
  });
});

describe('"says <Name> to <Outlet>": whom an inverted subject told is no part of the name', () => {
  it('"– …, says ICRC spokesperson Anna Berg to NRK." is Anna Berg', () => {
    const text =
      'Corridor\n\n' +
      'The Red Cross still crosses the road.\n\n' +
      '– We will continue as long as both sides allow it, says ICRC spokesperson Anna Berg to NRK.';
    expect(speakersShown(text)).toEqual(['text:anna-berg']);
  });

  it('"said the Armenian Ambassador to France" keeps the envoy\'s "to"', () => {
    const text = 'Talks\n\n"The talks go on," said the Armenian Ambassador to France.';
    expect(speakersShown(text)).toEqual(['text:armenian-ambassador-to-france']);
  });
});

describe('"A spokesperson said" after a sentence that only addressed a body', () => {
  it('"… called on Azerbaijan to withdraw. A spokesperson said …" is no spokesperson of Azerbaijan', () => {
    const text =
      'Border\n\n' +
      'In Paris, the Quai d’Orsay called on Azerbaijan to pull back its troops. A spokesperson said the French ' +
      'government found the shelling "unacceptable."';
    expect(speakersShown(text)).toHaveLength(1);
    expect(speakersShown(text)).not.toContain('gov-azerbaijan');
  });

  it('"Azerbaijan\'s Foreign Ministry rejected the report. A spokesperson said …" is still the ministry\'s', () => {
    const text =
      'Border\n\n' +
      "Azerbaijan's Foreign Ministry rejected the report. A spokesperson said the troops had only returned fire.";
    expect(speakersShown(text)).toEqual(['mfa-azerbaijan']);
  });
});
