import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

// 13 February 2024 was a Tuesday.
const piece = (sentence: string) => `Talks resume in Munich\n\nTuesday 13 February 2024\n\n${sentence}\n`;

describe('an event told in the present as opening, starting or closing on a weekday is still to come', () => {
  it.each([
    [
      'Aliyev is attending the security conference, which opens Friday, officials said.',
      'Friday',
      '2024-02-16',
    ],
    [
      'The trial of the former ministers begins on Thursday in Baku, their lawyers said.',
      'on Thursday',
      '2024-02-15',
    ],
    ['The border crossing reopens Monday for trucks, the customs service said.', 'Monday', '2024-02-19'],
    [
      'Voting starts on Saturday morning and closes Sunday night, the commission said.',
      'Sunday night',
      '2024-02-18',
    ],
  ])('%s → "%s" is %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it('told in the past, the same day has gone by: "the conference opened on Friday"', () => {
    expect(events(piece('The conference opened on Friday, officials said.'))).toMatchObject({
      'on Friday': '2024-02-09',
    });
  });
});

describe('a part of the day told right after a day is that day', () => {
  it.each([
    [
      'The convoy was stopped at the bridge on Sunday. The border service confirmed the detention in the afternoon.',
      'in the afternoon',
      '2024-02-11',
    ],
    [
      'The trucks left Yerevan on Monday morning. By the evening it was clear they would not get through.',
      'By the evening',
      '2024-02-12',
    ],
    [
      'The hospital was shelled yesterday, and doctors said they had worked without rest since morning.',
      'since morning',
      '2024-02-12',
    ],
  ])('%s → "%s" is %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it.each([
    'Protests are usually held in the evening, organisers said.',
    'The curfew runs from 10 in the evening until dawn, police said on Monday.',
  ])('with no day told beside it, or after a clock, it dates nothing: %s', (sentence) => {
    const dated = events(piece(sentence));
    expect(Object.keys(dated).filter((t) => /evening|morning|afternoon/i.test(t))).toEqual([]);
  });
});

describe('what someone expects is still to come, across quoted words in its object', () => {
  it.each([
    [
      'The committee said it expected "more than a thousand" people at a rally on Saturday.',
      'on Saturday',
      '2024-02-17',
    ],
    [
      'Organisers expect some 500 marchers outside the embassy on Thursday, police said.',
      'on Thursday',
      '2024-02-15',
    ],
  ])('%s → "%s" is %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it('"than expected", "as expected" compare with a past expectation: the day has gone by', () => {
    expect(events(piece('As expected, turnout at the rally on Saturday was low.'))).toMatchObject({
      'on Saturday': '2024-02-10',
    });
  });
});
