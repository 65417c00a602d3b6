import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * Who reports a casualty figure when an adverb stands between the auxiliary and the reporting verb ("have
 * so far reported"), and when "citing" after "X said," names X's own source ("citing figures from its
 * checkpoints"): the subject reports, never the adverb or the source it cites.
 */

describe('an adverb between the auxiliary and the verb is never who reports', () => {
  it.each([
    ['The regional authorities have so far reported 140 soldiers killed.', 'The regional authorities'],
    ['The health ministry has already reported 35 people wounded.', 'The health ministry'],
    ['The rebel command has thus far confirmed 61 fighters killed.', 'The rebel command'],
    ['Local officials have since reported that 12 civilians were killed.', 'Local officials'],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });
});

describe('"X said, citing its own figures": X reports', () => {
  it.each([
    [
      'By Friday evening, 18,000 people had crossed into Georgia, the Georgian interior ministry said, citing figures from its border posts.',
      'the Georgian interior ministry',
    ],
    [
      'More than 300 people were wounded, the regional health service reported, citing its own hospital records.',
      'the regional health service',
    ],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });

  it('a source of another cited after "said," still reports', () => {
    expect(
      figuresOf(
        'About 4,000 people were displaced, the aid group said, citing the provincial governor.',
      )[0]?.[2],
    ).toBe('the provincial governor');
  });
});

describe('"the organisation said" after one organisation named in its sentence', () => {
  it('is that organisation', () => {
    expect(
      figuresOf(
        'Since the fighting began, the ICRC has moved more than 250 wounded people to hospitals, the organisation said.',
      )[0]?.[2],
    ).toBe('the organisation (the ICRC)');
  });

  it('with two organisations named in the sentence, stays as written', () => {
    expect(
      figuresOf(
        'Working alongside the United Nations, the ICRC has evacuated 80 wounded civilians since March, the organisation said.',
      )[0]?.[2],
    ).toBe('the organisation');
  });
});
