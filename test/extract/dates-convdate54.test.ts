import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests. 16 March 2022 was a Wednesday. */
const story = (sentence: string) =>
  'The envoys meet in Geneva\n\nPublished 16 March 2022\n\n' +
  `The envoys met on Tuesday evening, aides said. ${sentence}\n`;
const onlyTheEnvoys = (sentence: string) =>
  expect(Object.keys(events(story(sentence)))).toEqual(['on Tuesday evening']);

describe('a relative time in the possessive before an event noun names the event (row NEW-convdate54-1)', () => {
  for (const sentence of [
    "The village was shelled during last year's war.",
    "Hundreds fled after last week's military offensive.",
    "Some 190 soldiers died in last month's operation.",
    "Nothing has changed since last month's events.",
    "The talks opened after this year's clashes.",
    "The ministry recalled the previous year's ceasefire.",
    "The opposition blamed him for last September's offensive.",
  ])
    it(`given "${sentence}", no date`, () => onlyTheEnvoys(sentence));

  it('given "The war ended last year.", an adjunct dates the year', () => {
    expect(events(story('The war ended last year.'))).toMatchObject({ 'last year': '2021' });
  });

  it('given "Fighting flared last month.", the month', () => {
    expect(events(story('Fighting flared last month.'))).toMatchObject({ 'last month': '2022-02' });
  });

  it('given "yesterday\'s attack", a day still dates its day', () => {
    expect(events(story("Yesterday's attack killed two."))).toMatchObject({ Yesterday: '2022-03-15' });
  });
});
