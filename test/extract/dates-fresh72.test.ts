import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-72's wrong dates. */
const piece = (body: string) => `Border talks resume\n\nPublished: 28 September 2023\n\n${body}\n`;

describe('a spelled ordinal after the month and a comma is no day of that month', () => {
  it('"closed since December, first by activists" is the month of December', () => {
    const text = piece('The road has been closed since December, first by activists and then by guards.');
    expect(events(text)).toEqual({ 'since December': '2022-12' });
  });

  it('"on December first" is still the first of December', () => {
    expect(events(piece('The talks ended on December first.'))).toMatchObject({
      'on December first': '2022-12-01',
    });
  });

  it('a month with no preposition before it, then a comma and an ordinal, dates nothing', () => {
    expect(events(piece('In the cold of December, first responders worked through the night.'))).toEqual({});
  });
});

describe('"that day" after a count given "as of" a day points back to that day', () => {
  it('given a deadline, then "as of 8 pm on Thursday", "earlier that day" is Thursday', () => {
    const text = piece(
      'A decree signed on Thursday dissolves the institutions by 1 January 2024. The spokeswoman said that as of 8 pm on Thursday, 65,036 people had entered Armenia. The prime minister, she said, had told his cabinet earlier that day that none would stay.',
    );
    expect(events(text)).toMatchObject({ 'as of 8 pm on Thursday': '2023-09-28', 'that day': '2023-09-28' });
  });

  it('"the previous day" after an "as of" day still counts from the day the narrative stands on', () => {
    const text = piece(
      'The convoy left on Thursday. As of Wednesday, 50,000 people had crossed. Officials met the previous day.',
    );
    expect(events(text)).toMatchObject({ 'the previous day': '2023-09-27' });
  });
});

describe('a past passive relative clause under a plan dates what was done', () => {
  const piece2023 = (body: string) => `Border talks resume\n\nPublished: 7 December 2023\n\n${body}\n`;

  it('"would free two soldiers who were detained after crossing the border in April" is the April before', () => {
    const text = piece2023(
      'The sides said Armenia would free two soldiers who were detained after crossing the border in April.',
    );
    expect(events(text)).toEqual({ 'in April': '2023-04' });
  });

  it('"which was expected to open in April" is no deed done: the plan keeps its year', () => {
    const text = piece2023('The bridge, which was expected to open in April, will be finished in May.');
    expect(events(text)).toMatchObject({ 'in May': '2024-05' });
  });
});
