import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string, words = 28): [string, string][] {
  return statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, words)]);
}

describe('a briefing transcript whose labels carry a clock and stand alone on their line', () => {
  const briefing =
    'Daily press briefing\n\n' +
    'Transcript (unedited)\n\n' +
    '11:58:02 - Ingrid Solberg, Chief Spokesperson:\n' +
    'Good morning. One announcement before we start: the Commissioner travels to Tbilisi tomorrow.\n\n' +
    '11:59:40 - Marek Dvorak, Spokesperson for Foreign Affairs:\n' +
    'Thank you, Ingrid. The Minister told the foreign press on Monday that the talks were "on track". ' +
    'We welcome that.\n\n' +
    'Our envoy will be in the region next week.\n\n' +
    '12:01:15 - Question, Radio Kavkaz:\n' +
    'Was the envoy warned about the shelling?\n\n' +
    '12:01:30 - Marek Dvorak:\n' +
    'I will not speculate. She said yesterday that the crossing "must stay open". Our line has not changed.\n\n' +
    '12:03:00 - Ingrid Solberg, Chief Spokesperson:\n' +
    'Thank you, Marek. We move on to the next topic.\n';

  it('each turn is its labelled speaker’s, its first paragraph included whatever it reports', () => {
    expect(said(briefing)).toEqual([
      ['text:ingrid-solberg', 'Good morning. One announceme'],
      ['text:marek-dvorak', 'Thank you, Ingrid. The Minis'],
      ['text:marek-dvorak', 'Our envoy will be in the reg'],
      ['text:marek-dvorak', 'I will not speculate. She sa'],
    ]);
  });

  it('a question and the chair’s closing courtesy and procedure state nothing', () => {
    const quotes = statementsOf(briefing).map((s) => s.quote);
    expect(quotes.some((q) => q.includes('envoy warned'))).toBe(false);
    expect(quotes.some((q) => q.includes('next topic'))).toBe(false);
  });

  it('a clock without a dash ("14:05 Name:") opens a label too', () => {
    const text =
      'Press conference, unofficial transcript\n\n' +
      '14:05 Anna Leclerc: We have agreed on a schedule for the border commission.\n\n' +
      '14:07 Question: When does it meet?\n\n' +
      '14:07 Anna Leclerc: In March, in Geneva.\n\n' +
      '14:09 Tomas Berg: Sweden will fund the first session.\n';
    expect(said(text)).toEqual([
      ['text:anna-leclerc', 'We have agreed on a schedule'],
      ['text:anna-leclerc', 'In March, in Geneva.'],
      ['text:tomas-berg', 'Sweden will fund the first s'],
    ]);
  });
});

describe('the last speaker’s paragraphs after the last label', () => {
  it('go on in the speaker’s own voice; the page’s own text after them is no one’s', () => {
    const text =
      'Round table transcript\n\n' +
      'Nadia Petrosyan: The schools reopened last week. Half the teachers have left.\n\n' +
      'Question: What do the families need most?\n\n' +
      'Nadia Petrosyan:\n' +
      'Housing, before the winter.\n\n' +
      'We have asked the ministry for two hundred more places and we are still waiting.\n\n' +
      'The round table was organised by the Civil Forum. A recording is on its website.\n';
    expect(said(text)).toEqual([
      ['text:nadia-petrosyan', 'The schools reopened last we'],
      ['text:nadia-petrosyan', 'Housing, before the winter.'],
      ['text:nadia-petrosyan', 'We have asked the ministry f'],
    ]);
  });
});

describe('a hearing whose labels give a title and a surname', () => {
  it('"Senator Ortega:" and "Ambassador Hale:" speak; the chair who opens and asks hosts', () => {
    const text =
      'Hearing of the Committee on Foreign Affairs\n\n' +
      'Chairman Whitfield: The committee will come to order. Your response, Ambassador?\n\n' +
      'Senator Ortega: Thank you, Mr. Chairman. The administration was warned months ago.\n\n' +
      'Ambassador Hale: We raised the corridor with both governments.\n\n' +
      'Senator Ortega: Was that enough?\n\n' +
      'Ambassador Hale: It was not. We should have done more.\n';
    expect(said(text)).toEqual([
      ['text:ortega', 'Thank you, Mr. Chairman. The'],
      ['text:hale', 'We raised the corridor with '],
      ['text:hale', 'It was not. We should have d'],
    ]);
  });
});

describe('an interview printed as bare "Q:" and "A:"', () => {
  it('answers are the person the opening introduces, not the last person it names', () => {
    const text =
      'A conversation with Lusine Vardanyan\n\n' +
      'Lusine Vardanyan ran the maternity ward in Stepanakert until September. She spoke with our ' +
      'correspondent Tom Reyes in Goris, a week after former minister Arman Sargsyan resigned.\n\n' +
      'Q: How did you leave?\n\n' +
      'A: With the last bus of patients. We drove for thirty hours.\n\n' +
      'Q: Did Mr. Sargsyan help you?\n\n' +
      'A: No one helped us on the road.\n';
    expect(said(text)).toEqual([
      ['text:lusine-vardanyan', 'With the last bus of patient'],
      ['text:lusine-vardanyan', 'No one helped us on the road'],
    ]);
  });

  it('the outlet’s own interviewer named first is not who answers', () => {
    const text =
      'Interview\n\n' +
      'Senior writer Paula Grant sat down with Defence Minister Karen Ohanian on Friday.\n\n' +
      'Q: Is the army ready?\n\n' +
      'A: It is better prepared than in 2020.\n';
    expect(said(text)).toEqual([['text:karen-ohanian', 'It is better prepared than i']]);
  });

  it('an opening that names no one leaves the answers unattributed', () => {
    const text =
      'Readers’ questions\n\n' +
      'Every week our experts answer your questions.\n\n' +
      'Q: Will the border open?\n\n' +
      'A: Not before the spring.\n';
    expect(said(text)).toEqual([]);
  });
});
