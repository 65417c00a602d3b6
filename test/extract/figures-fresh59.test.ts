import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-59's figure misses. */
describe('people carried somewhere safe were evacuated', () => {
  it.each([
    [
      'According to the rescue service, about 1,200 villagers were taken to safer places, including 500 children.',
      [
        ['evacuated', 'about 1,200', 'the rescue service'],
        ['evacuated', '500', 'the rescue service'],
      ],
    ],
    ['Officials said 300 residents had been moved to safety overnight.', [['evacuated', '300', 'Officials']]],
    [
      'The Red Crescent said 24 patients with gunshot wounds have been flown to Baku, 9 of them by helicopter.',
      [
        ['evacuated', '24', 'The Red Crescent'],
        ['evacuated', '9', 'The Red Crescent'],
      ],
    ],
    [
      'According to the aid group, it took 12 critically ill people to hospitals in Yerevan last week.',
      [['evacuated', '12', 'the aid group']],
    ],
  ])('%s', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it('troops taken somewhere safe are still no evacuation', () => {
    expect(figuresOf('About 400 soldiers were taken to safer positions on Sunday.')).toEqual([]);
  });
});

describe('a modal of the past perfect hedges a count; one before a bare verb foretells', () => {
  it('"may have died" is a toll, as its source gives it', () => {
    expect(figuresOf('The governor said that up to 300 people may have died in the floods.')).toEqual([
      ['killed', 'up to 300', 'The governor'],
    ]);
  });
  it('"could be displaced" is no figure', () => {
    expect(figuresOf('The agency warned that 80,000 people could be displaced by the spring.')).toEqual([]);
  });
});

describe('a range of days before a month is a date, not a count', () => {
  it('"between 3 and 5 May" gives nothing, the count beside it still counts', () => {
    expect(figuresOf('Between 3 and 5 May, some 900 people fled the valley.')).toEqual([
      ['displaced', 'some 900', null],
    ]);
  });
});

describe('a verb of its own in a grave condition tells of the hurt; a bare modifier does not', () => {
  it('"N of them remained in critical condition" are wounded', () => {
    expect(
      figuresOf(
        'Doctors said 35 people were evacuated to hospitals in Tbilisi; 8 of them remained in serious condition.',
      ),
    ).toEqual([
      ['evacuated', '35', 'Doctors'],
      ['wounded', '8', 'Doctors'],
    ]);
  });
  it('"patients in a critical condition had been evacuated" were evacuated', () => {
    expect(
      figuresOf('The ministry said four patients in a critical condition had been flown to Yerevan.'),
    ).toEqual([['evacuated', 'four', 'The ministry']]);
  });
});

describe('a difference from an earlier count, its agent left out', () => {
  it('"N more than reported on Monday" is a change of the count before it', () => {
    const text =
      'The ministry said 96 people injured in the fire have been evacuated to hospitals in Yerevan, 14 more than reported on Tuesday.';
    expect(figuresOf(text)).toEqual([
      ['evacuated', '96', 'The ministry'],
      ['evacuated', '14', 'The ministry'],
    ]);
  });
});

describe('an exodus counted by its size, and a report beside it', () => {
  it('"as exodus passes N" in a headline is the exodus, told beside the announcement', () => {
    expect(figuresOf('Government announces new shelters as exodus passes 20,000')).toEqual([
      ['displaced', 'passes 20,000', null],
    ]);
  });
  it('the influx as subject, with its source', () => {
    expect(figuresOf('The influx of refugees has topped 8,000, officials said.')).toEqual([
      ['displaced', 'topped 8,000', 'officials'],
    ]);
  });
});

describe('what lies ahead is no count', () => {
  it('"may have to leave" foretells a move', () => {
    expect(figuresOf('The mayor noted that about 40 families may have to leave their homes.')).toEqual([]);
  });
  it('"X has announced, as the exodus passed N": the exodus is told beside the report', () => {
    expect(
      figuresOf(
        'The camp will close next month, its director has announced, as the exodus passed the 9,000 mark.',
      ),
    ).toEqual([['displaced', '9,000', null]]);
  });
});

describe('a contrastive clause after a trailing attribution is still reported', () => {
  it('", while N remain missing" keeps the source', () => {
    expect(figuresOf('The army lost 140 soldiers, its ministry has said, while 9 remain missing.')).toEqual([
      ['killed', '140', 'its ministry'],
      ['missing', '9', 'its ministry'],
    ]);
  });
});
