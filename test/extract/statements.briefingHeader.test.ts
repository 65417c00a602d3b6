import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import { timelineFor } from './statements.helpers.ts';

/** The body starts after the header, as the corpus loader finds it: the headline and the first question stay out. */
function answersOf(header: string, body: string) {
  const text = header + body;
  const paragraphs = splitParagraphs(text, header.length);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, 'doc', sentences, paragraphs, timelineFor(text, null)).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('a briefing whose headline names the official', () => {
  it('a bare "Answer:" after a question in the header is the one person the headline names', () => {
    const header =
      'Answer of the Spokesperson of the Ministry of Energy Lena Varossian to a question of the press\n\n' +
      'Question: How do you comment on the reports of fuel shortages in the north?\n\n';
    const body = 'Answer: The reports are false. Fuel deliveries continue on schedule.\n';
    expect(answersOf(header, body)).toEqual([
      {
        speaker: 'text:lena-varossian',
        quote: 'The reports are false. Fuel deliveries continue on schedule.',
      },
    ]);
  });

  it('a headline set in capitals names the official as well', () => {
    const header =
      'ANSWER OF THE SPOKESPERSON OF THE MINISTRY OF ENERGY LENA VAROSSIAN TO A QUESTION OF THE PRESS\n\n' +
      'Question: How do you comment on the reports of fuel shortages in the north?\n\n';
    const body = 'Answer: The reports are false. Fuel deliveries continue on schedule.\n';
    expect(answersOf(header, body).map((s) => s.speaker)).toEqual(['text:lena-varossian']);
    const two = 'ANSWER OF LENA VAROSSIAN AND RUBEN TAVROSYAN TO A QUESTION OF THE PRESS\n\n';
    expect(answersOf(two + header.slice(header.indexOf('Question')), body)).toEqual([]);
  });

  it('a headline naming two people leaves a bare "Answer:" unattributed', () => {
    const header =
      'Answer of Lena Varossian and Ruben Tavrosyan to a question of the press\n\n' +
      'Question: How do you comment on the reports of fuel shortages in the north?\n\n';
    const body = 'Answer: The reports are false. Fuel deliveries continue on schedule.\n';
    const speakers = answersOf(header, body).map((s) => s.speaker);
    expect(speakers).not.toContain('text:lena-varossian');
    expect(speakers).not.toContain('text:ruben-tavrosyan');
  });

  it('without a question before it, "Answer:" in the body is no briefing answer', () => {
    const header = 'Statement of the Spokesperson of the Ministry of Energy Lena Varossian\n\n';
    const body = 'Answer: The reports are false. Fuel deliveries continue on schedule.\n';
    expect(answersOf(header, body)).toEqual([]);
  });
});

describe('a briefing answer goes on until the next question', () => {
  const header = 'Briefing by Ministry of Energy Spokeswoman Lena Varossian, Yerdan, March 3\n\n';

  it('an unlabelled paragraph after an answer is the same official speaking', () => {
    const body =
      'Question: Will the northern plant reopen?\n\n' +
      'Lena Varossian: Repairs are under way.\n\n' +
      'Two turbines were replaced last month.\n\n' +
      'Question: And the grid?\n\n' +
      'Lena Varossian: The grid is stable.\n';
    expect(answersOf(header, body)).toEqual([
      { speaker: 'text:lena-varossian', quote: 'Repairs are under way.' },
      { speaker: 'text:lena-varossian', quote: 'Two turbines were replaced last month.' },
      { speaker: 'text:lena-varossian', quote: 'The grid is stable.' },
    ]);
  });

  it('a paragraph that reports someone else saying something is no part of the answer', () => {
    const body =
      'Question: Will the northern plant reopen?\n\n' +
      'Lena Varossian: Repairs are under way.\n\n' +
      'The plant director said on Monday that repairs would take a year.\n';
    const said = answersOf(header, body);
    expect(said[0]).toEqual({ speaker: 'text:lena-varossian', quote: 'Repairs are under way.' });
    expect(said.slice(1).map((s) => s.speaker)).not.toContain('text:lena-varossian');
  });

  it('after the last question, prose in the third person that the page goes on from is the writer’s', () => {
    const body =
      'Question: Will the northern plant reopen?\n\n' +
      'Lena Varossian: Repairs are under way.\n\n' +
      'Yerdan is one of the few capitals that still burn coal.\n\n' +
      '"The plant is old," said Tomas Arden, an engineer in Yerdan.\n';
    const said = answersOf(header, body);
    expect(said.filter((s) => s.speaker === 'text:lena-varossian')).toEqual([
      { speaker: 'text:lena-varossian', quote: 'Repairs are under way.' },
    ]);
  });

  it('the last answer may run to the page’s end in the third person', () => {
    const body =
      'Question: Will the northern plant reopen?\n\n' +
      'Lena Varossian: Repairs are under way.\n\n' +
      'Two turbines were replaced last month.\n';
    expect(answersOf(header, body)).toEqual([
      { speaker: 'text:lena-varossian', quote: 'Repairs are under way.' },
      { speaker: 'text:lena-varossian', quote: 'Two turbines were replaced last month.' },
    ]);
  });

  it('after the last question, the answer goes on in the speaker’s own voice', () => {
    const body =
      'Question: Will the northern plant reopen?\n\n' +
      'Lena Varossian: Repairs are under way.\n\n' +
      'We expect the first turbine to run in May.\n';
    expect(answersOf(header, body)).toEqual([
      { speaker: 'text:lena-varossian', quote: 'Repairs are under way.' },
      { speaker: 'text:lena-varossian', quote: 'We expect the first turbine to run in May.' },
    ]);
  });
});

describe('a briefing whose header names its spokesperson, with answers marked "A -"', () => {
  const text =
    'Ministry of Foreign Affairs\n\nPress briefing of 3 May 2024\n\nSpokesperson: Lena Varossian\n\n' +
    'The Minister, Ruben Tavrosyan, spoke on Monday with his Georgian counterpart.\n\n' +
    'Q - Is the border open?\n\n' +
    'A - It is open. Minister Ruben Tavrosyan has said that the crossing will stay open all summer.\n\n' +
    'We call on both sides to keep it so.\n';

  it('an unlabelled answer is the spokesperson’s, not the person the body named last', () => {
    const found = answersOf('', text);
    expect(found.slice(0, 1)).toEqual([
      {
        speaker: 'text:lena-varossian',
        quote: 'It is open. Minister Ruben Tavrosyan has said that the crossing will stay open all summer.',
      },
    ]);
    expect(found).toContainEqual({
      speaker: 'text:lena-varossian',
      quote: 'We call on both sides to keep it so.',
    });
  });

  it('someone else’s saying that the answer relays is theirs as well', () => {
    expect(answersOf('', text)).toContainEqual({
      speaker: 'text:ruben-tavrosyan',
      quote: 'the crossing will stay open all summer',
    });
  });
});
