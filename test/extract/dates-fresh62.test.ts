import { describe, expect, it } from 'vitest';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-62's date misses. */
const piece = (stamp: string, body: string) => `Border talks resume\n\n${stamp}\n\n${body}\n`;

describe('a dotted stamp whose numbers each close with a point ("5.10.2023.") dates the piece', () => {
  it.each(['5.10.2023. 18:47', '5. 10. 2023. 18:47', '5.10.2023.'])('%s', (stamp) => {
    expect(readHeaderStamp(stamp, 'The minister said on Thursday that talks went well.')?.date).toMatchObject(
      {
        year: 2023,
        month: 10,
        day: 5,
      },
    );
  });

  it('it outranks a year-less dateline under it, whose weekdays then take its year', () => {
    const text = piece(
      '5.10.2023. 18:47',
      'GRANADA, Oct 5 (Hina) - The prime minister said in Granada on Thursday that the talks had failed.',
    );
    expect(published(text)).toBe('2023-10-05');
    expect(events(text)).toMatchObject({ 'on Thursday': '2023-10-05' });
  });
});

describe('a verb whose past is its bare form marks the past after a singular subject', () => {
  it('"A shell hit a school overnight" is the night before the piece', () => {
    const text = piece(
      '11 October 2020, 13:42',
      'A shell hit a school in the town overnight. No one was hurt.',
    );
    expect(events(text)).toMatchObject({ overnight: '2020-10-10/11' });
  });

  it('"a direct hit on" is a noun: nothing is read as past from it', () => {
    const text = piece('11 October 2020, 13:42', 'The building suffers a direct hit on most nights.');
    expect(events(text)).toEqual({});
  });
});

describe('a part of the day before "on" and its date: the date is read', () => {
  it('"by early morning on September 26" is that day', () => {
    const text = piece(
      'September 27, 2023 12:41 GMT',
      'The government said on Wednesday that 28,000 people had crossed by early morning on September 26.',
    );
    expect(events(text)).toMatchObject({ 'on September 26': '2023-09-26' });
  });

  it('"the day before" then counts from that day', () => {
    const text = piece(
      'September 27, 2023 12:41 GMT',
      'The government said that 28,000 people had crossed by early morning on September 26, a number reached only the day before.',
    );
    expect(events(text)).toMatchObject({ 'on September 26': '2023-09-26', 'the day before': '2023-09-25' });
  });
});

describe('a plan still to come does not move the narrative off its day', () => {
  it('"The day before" after "would meet again in the autumn" counts from the lead’s day', () => {
    const text = piece(
      '30 August 2024',
      [
        'The two deputy prime ministers signed the rules on Friday.',
        'The government said the commissions would meet again in the autumn.',
        'The day before, the president had said that a treaty was possible.',
      ].join('\n\n'),
    );
    expect(events(text)).toMatchObject({ 'on Friday': '2024-08-30', 'The day before': '2024-08-29' });
  });

  it('a past month told between still leaves the day (CONVENTIONS 19)', () => {
    const text = piece(
      '30 August 2024',
      [
        'The two deputy prime ministers signed the rules on Friday.',
        'The commissions had first met in May.',
        'The day before, the president had said that a treaty was possible.',
      ].join('\n\n'),
    );
    expect(events(text)['The day before']).toBeUndefined();
  });
});

describe('"since lunchtime" is a part of the day, as "since the morning" (CONVENTIONS 19, P)', () => {
  it('in a quote told on a known day, it is that day', () => {
    const text = piece(
      '16 November 2021, 18:00',
      'Fighting broke out on the border on Tuesday. "I have been calling him since lunchtime," his mother said.',
    );
    expect(events(text)).toMatchObject({ 'since lunchtime': '2021-11-16' });
  });
});

describe('a lead weekday under a year-less dateline (CONVENTIONS 17)', () => {
  it('is the dateline’s own day when the years that fit put it there or on the day before', () => {
    const text =
      'Georgia offers to host talks\n\nTbilisi, Mar 3 (EFE).- Georgia is ready to host a meeting of the two leaders, its prime minister said on Wednesday.\n';
    expect(events(text)).toMatchObject({ 'on Wednesday': '03-03 (year not established)' });
  });
});
