import { describe, expect, it } from 'vitest';
import { datesShown, publishedOn, timelineOfText } from './dates.helpers.ts';

/** Sentences written for these tests, in a piece dated Wednesday 23 November 2022. */
const DATED = publishedOn(2022, 11, 23);

const datesOf = (text: string) => datesShown(timelineOfText(text, DATED));

describe('a count the last told day cannot anchor is counted from the one event its words name that the text dated', () => {
  it('given "the summit held in Minsk on November 23", then a month told, "three days earlier" beside "the summit" is November 20', () => {
    const text =
      'The leaders met at the summit held in Minsk on November 23. Fighting had flared in October.\n\nThe host, who was re-elected three days earlier, said little. His aide said the summit had gone well.';
    expect(datesOf(text)).toMatchObject({ 'three days earlier': '2022-11-20' });
  });

  it('given "brokered the first truce on 10 October", then Monday, "The second truce, announced a week later" is 17 October', () => {
    const text =
      'Moscow, which brokered the first truce on 10 October, was irritated. Its envoy spoke on Monday.\n\nThe second truce, announced a week later, also failed.';
    expect(datesOf(text)).toMatchObject({ 'a week later': '2022-10-17' });
  });

  it('with two summits dated on different days, "three days earlier" is left undated', () => {
    const text =
      'The summit held in Minsk on November 23 followed the summit held in Sochi on October 31. Fighting had flared in September.\n\nThe host, who was re-elected three days earlier, said little about the summit.';
    expect(datesOf(text)).not.toHaveProperty('three days earlier');
  });

  it('when its paragraph names no dated event, "three days earlier" is left undated', () => {
    const text =
      'The leaders met at the summit held in Minsk on November 23. Fighting had flared in October.\n\nThe host, who was re-elected three days earlier, said little.';
    expect(datesOf(text)).not.toHaveProperty('three days earlier');
  });

  it('"a week later" with no dated event named is left undated, not counted from the last day told', () => {
    const text = 'The envoy spoke on Monday.\n\nA week later, the talks resumed.';
    expect(datesOf(text)).not.toHaveProperty('A week later');
  });

  it('inside a quotation (the speaker\'s own day), "a week later" is not counted from the event', () => {
    const text =
      'Moscow brokered the first truce on 10 October. Its envoy spoke on Monday.\n\n"The second truce came a week later and failed," he said.';
    expect(datesOf(text)).not.toHaveProperty('a week later');
  });

  it('"weeks later than planned" compares and dates nothing', () => {
    const text =
      'Moscow brokered the first truce on 10 October.\n\nThe truce took hold two weeks later than planned.';
    expect(datesOf(text)).not.toHaveProperty('two weeks later');
  });
});

describe("a lead told in the present perfect with no date of its own tells the events it names on the piece's day", () => {
  it('given "has refused to sign the declaration of the summit in Minsk", "said the same day that the summit …" is the piece\'s day', () => {
    const text =
      'The prime minister has refused to sign the declaration of the summit in Minsk.\n\nThe attack on September 13-14 hit three regions.\n\nThe foreign ministry said the same day that the summit had been misused.';
    expect(datesOf(text)).toMatchObject({ 'the same day': '2022-11-23' });
  });

  it('given a past-tense lead ("refused to sign … the summit"), "the same day" is left undated', () => {
    const text =
      'The prime minister refused to sign the declaration of the summit in Minsk.\n\nThe attack on September 13-14 hit three regions.\n\nThe foreign ministry said the same day that the summit had been misused.';
    expect(datesOf(text)).not.toHaveProperty('the same day');
  });
});

describe('an event dated only inside a quotation is not remembered', () => {
  it('given a quote “We will open the talks on November 20”, "three days earlier" beside "the talks" stays undated', () => {
    const text =
      '"We will open the talks on November 20," the envoy said. Fighting had flared in October.\n\nThe mediators arrived three days earlier, before the talks.';
    expect(datesOf(text)).not.toHaveProperty('three days earlier');
  });
});
