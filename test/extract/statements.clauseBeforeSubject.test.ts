import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

describe('a lapse of time or a "but" before the subject is no part of who spoke', () => {
  it('"…, days after the Defense Ministry said": the ministry, not "days after the …"', () => {
    const text =
      'The minister visited Goris on Friday, two weeks after the Armenian Defense Ministry said that the road had been reopened.';
    expect(speakersAndOpenings(text)).toEqual([['mod-armenia', 'the road had been reopen']]);
  });

  it('"…, only hours before Azerbaijan announced": the country', () => {
    const text =
      'Monitors left the border post on Sunday, only hours before Azerbaijan announced that its troops had taken the hill.';
    expect(speakersAndOpenings(text)).toEqual([['gov-azerbaijan', 'its troops had taken the']]);
  });

  it('"… on Tuesday, but Armenia and Azerbaijan said": both countries, not the words before "but"', () => {
    const text =
      'Russia said a truce took effect at 9 a.m. Moscow time on Tuesday, but Armenia and Azerbaijan said ' +
      'the shelling went on for several more hours.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['gov-armenia', 'the shelling went on for']);
    expect(said).toContainEqual(['gov-azerbaijan', 'the shelling went on for']);
    expect(said.every(([speaker]) => !speaker!.includes('moscow-time'))).toBe(true);
  });

  it('a list of names still joins across commas before "and"', () => {
    const text = 'Russia, France and the United States said the talks must resume.';
    expect(speakersAndOpenings(text).map(([speaker]) => speaker)).toEqual([
      'gov-russia',
      'gov-france',
      'gov-us',
    ]);
  });
});
