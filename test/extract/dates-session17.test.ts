import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

const reference = (text: string) => {
  const r = timelineOf(text).reference;
  return r && formatSourceDate(r);
};

describe('a published piece named by the day it ran is no event', () => {
  const page = (sentence: string) => `CORRECTIONS\n\nPublished: October 7, 2023\n\n${sentence}\n`;
  it.each([
    'An article in the Foreign pages (October 3rd, "Queues grow at the border") gave the wrong town.',
    'A report (October 2nd) misspelled the name of the deputy mayor of Goris.',
    'Our obituary of the sculptor Anna Levonyan (September 30th) gave her age as 81.',
    'A caption on a photograph accompanying an article (October 4th) misnamed the bridge.',
    'An analysis piece on the offensive (October 1st) overstated the number of checkpoints.',
  ])('%s', (sentence) => {
    expect(events(page(sentence))).toEqual({});
  });

  it.each([
    'A summary of the Baku papers of 3-4 October led with the talks.',
    'Summaries of articles in the Yerevan dailies of 3 October; translations are ours.',
  ])('newspapers named by their day: %s', (sentence) => {
    expect(events(page(sentence))).toEqual({});
  });

  it('the corrected fact keeps its date, and a bracketed date in other prose stays an event', () => {
    expect(
      events(
        page('A report (October 2nd) said the bridge closed on September 30th. It reopened on October 3rd.'),
      ),
    ).toEqual({ 'on September 30th': '2023-09-30', 'on October 3rd': '2023-10-03' });
    expect(events(page('The ceasefire (October 3rd) held for two days, officials said.'))).toEqual({
      'October 3rd': '2023-10-03',
    });
  });

  it("a weekday is no longer boxed in by the papers' own days", () => {
    const text =
      'REGIONAL PRESS MONITOR\n\nArmenian press review, 6 October 2023\n\n' +
      'Summaries of the Yerevan dailies of 5-6 October.\n\n' +
      "Aravot leads with the prime minister's interview on Tuesday night, which the paper calls candid.\n";
    expect(events(text)).toEqual({ 'on Tuesday night': '2023-10-03' });
  });
});

describe("a parliamentary record's label lines date the record", () => {
  const record =
    'Written questions and answers\n\nRoad links: Humanitarian Access\nQuestion for the Foreign Office\n' +
    'UIN 30412, tabled on 14 March 2024\n\nJane Doe MP\n\n' +
    'To ask the Secretary of State, what assessment he has made of the closure of the road.\n\n' +
    'Answered on\n21 March 2024\n\nJohn Roe\nMinister of State\n\n' +
    'Officials raised the closure with the authorities on 18 March. The road reopened last week.\n';

  it("the answer's day dates the page; the question's day is no event", () => {
    expect(reference(record)).toBe('2024-03-21');
    expect(events(record)).toEqual({ 'on 18 March': '2024-03-18', 'last week': '2024-03-11/17' });
  });

  it.each(['Motion tabled on 14 March 2024', 'Petition received: 14 March 2024'])(
    "%s alone on its line is the record's date",
    (line) => {
      expect(events(`Published: March 21, 2024\n\n${line}\n\nThe minister replied on 18 March.\n`)).toEqual({
        'on 18 March': '2024-03-18',
      });
    },
  );

  it('a sentence that goes on after the date is an event', () => {
    const text = 'Published: March 21, 2024\n\nThe motion was tabled on 14 March 2024 by three members.\n';
    expect(events(text)).toEqual({ 'on 14 March 2024': '2024-03-14' });
  });
});

describe('a reported clause after "<verb of saying> that" has its own tense', () => {
  const page = (sentence: string) => `Published: Thursday, March 21, 2024\n\n${sentence}\n`;
  it.each([
    [
      'The minister said Rome was ready to send aid, adding that the ministry had set up a crisis unit on Tuesday.',
      'on Tuesday',
      '2024-03-19',
    ],
    [
      'The envoy is expected to travel to Baku, officials said, noting that the road was reopened on Monday.',
      'on Monday',
      '2024-03-18',
    ],
    [
      'Aid groups say they are set to resume deliveries and told reporters that the convoy arrived on Tuesday.',
      'on Tuesday',
      '2024-03-19',
    ],
  ])('%s', (sentence, text, date) => {
    expect(events(page(sentence))[text]).toBe(date);
  });

  it('a reported clause told in the future stays to come', () => {
    const sentence = 'The minister said on Wednesday that the talks will resume on Tuesday.';
    expect(events(page(sentence))).toEqual({ 'on Wednesday': '2024-03-20', 'on Tuesday': '2024-03-26' });
  });
});

describe('a date quoted alone takes the tense of the clause around the quote', () => {
  const page = (sentence: string) => `Published: January 12, 2024\n\n${sentence}\n`;
  it.each([
    [
      'The mayor told the paper that the first families will receive their keys "in the spring".',
      'spring 2024',
    ],
    ['Residents are expected to return "in the summer," the governor\'s office said.', 'summer 2024'],
    ['The last families left "in the spring," a resident said.', 'spring 2023'],
  ])('%s', (sentence, date) => {
    expect(Object.values(events(page(sentence)))).toEqual([date]);
  });
});

describe('"…, a day after <event>" under a main clause in the present perfect', () => {
  const page = (sentence: string) => `Published: Wednesday, September 20, 2023\n\n${sentence}\n`;
  it.each([
    [
      'President Erdogan has said Ankara supports the steps Baku took "to defend its territory," a day after Baku launched its operation.',
      'a day after',
      '2023-09-19',
    ],
    [
      'The European Union has called for an immediate ceasefire, two days after the shelling of the border villages began.',
      'two days after',
      '2023-09-18',
    ],
    [
      'Armenia and Azerbaijan have agreed to resume talks, a day after their foreign ministers met in Brussels.',
      'a day after',
      '2023-09-19',
    ],
  ])('%s', (sentence, text, date) => {
    expect(events(page(sentence))[text]).toBe(date);
  });

  it('a past main clause with no day of its own gives the phrase no day', () => {
    const sentence = 'The minister called for calm, a day after the attack on the checkpoint.';
    expect(events(page(sentence))['a day after']).toBeUndefined();
  });

  it('a day the sentence gives still anchors it', () => {
    const sentence =
      'The rebels agreed on Wednesday to lay down their arms, a day after Baku launched its offensive.';
    expect(events(page(sentence))['a day after']).toBe('2023-09-19');
  });
});

describe('"that November": the month of the year the paragraph speaks of', () => {
  const page = (paragraph: string) => `Published: March 14, 2024\n\n${paragraph}\n`;
  it.each([
    [
      'In the autumn of 2020 she was again on duty. The hospital treated hundreds of wounded. ' +
        '"We had no right to be tired," she told a visiting journalist that November.',
      '2020-11',
    ],
    ['The family returned in 2021. Later that March, the first school reopened in the village.', '2021-03'],
    ['The talks collapsed in the spring of 2019, and that October the border closed again.', '2019-10'],
  ])('%s', (paragraph, date) => {
    const found = events(page(paragraph));
    expect(Object.entries(found).find(([text]) => /^(?:later )?that /i.test(text))?.[1]).toBe(date);
  });

  it('with no year in the paragraph, no month is guessed', () => {
    const text =
      'Published: March 14, 2024\n\nThe war began in 2020.\n\nShe told a visiting journalist that November.\n';
    expect(Object.keys(events(text))).toEqual(['in 2020']);
  });

  it('"said that March was…" names no month of an earlier year', () => {
    const text =
      'Published: March 14, 2024\n\nIn 2020 the front moved. Officials said that March was the worst month.\n';
    expect(Object.keys(events(text))).toEqual(['In 2020']);
  });
});
