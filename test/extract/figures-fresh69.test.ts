import { describe, expect, it } from 'vitest';
import { extracted, reportersOf } from './figures.helpers.ts';

describe('a count broken down by a comma aside before its verb', () => {
  it('"six people, four police officers and two civilians, had been killed": the two counts are parts of six', () => {
    const figures = extracted(
      'The border service said eight people, five guards and three drivers, had been killed by a mine on Tuesday.',
    );
    expect(figures.map((f) => [f.number.text, f.category])).toEqual([
      ['eight', 'killed'],
      ['five', 'killed'],
      ['three', 'killed'],
    ]);
    expect(figures[1]!.partOf).toBe(figures[0]!.id);
    expect(figures[2]!.partOf).toBe(figures[0]!.id);
  });
});

describe('a count in a content clause after any verb that reports it', () => {
  it('"Observers in Tbilisi point out that …, when … left some 300 people dead": the observers report it', () => {
    expect(
      reportersOf(
        'Observers in Tbilisi point out that the shelling is the heaviest since 2008, when a week of fighting left some 300 people dead.',
      ),
    ).toEqual([['some 300', 'Observers in Tbilisi']]);
  });
});

describe('a list or figures made public: the publisher reports the counts they hold', () => {
  it('"has published the names of 135 servicemen killed": the ministry reports 135', () => {
    expect(
      reportersOf(
        'The Defence Ministry has published the names of 61 soldiers killed, and says ten are missing.',
      ),
    ).toEqual([
      ['61', 'The Defence Ministry'],
      ['ten', 'The Defence Ministry'],
    ]);
  });

  it('"released the bodies of 12 soldiers": bodies handed over are no list made public', () => {
    expect(reportersOf('The rebels released the bodies of 12 soldiers killed in the ambush.')).toEqual([
      ['12', null],
    ]);
  });
});
