import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind session 43's figure census. */
describe('a running total named by its own words, then "to"', () => {
  it('a day of a month inside those words opens no range, and the total is read', () => {
    expect(
      figuresOf(
        'The authorities said the bodies of 40 more soldiers had been found, bringing the number recovered since October 3 to 410.',
      ),
    ).toEqual([
      ['killed', '40', 'The authorities'],
      ['killed', '410', 'The authorities'],
    ]);
  });

  it('"the death toll it has announced" is the toll; its "it" is the sentence\'s reporter', () => {
    expect(
      figuresOf(
        'The army said 15 more of its soldiers had died, bringing the military death toll it has published since March 2 to 190.',
      ),
    ).toEqual([
      ['killed', '15', 'The army'],
      ['killed', '190', 'The army'],
    ]);
  });
});

describe('a second plural noun shares the count and its verb', () => {
  it.each([
    [
      'The agency said 31 civilians and servicemen have been killed and 70 wounded by mines since the war.',
      [
        ['killed', '31', 'The agency'],
        ['wounded', '70', 'The agency'],
      ],
    ],
    ['Officials said 12 soldiers and policemen had died in the clashes.', [['killed', '12', 'Officials']]],
  ])('%s', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });
});

describe('a lower-bound verb keeps its place in the number (CONVENTIONS 21)', () => {
  it.each([
    [
      'The death toll from the clashes crosses 150, officials said.',
      [['killed', 'crosses 150', 'officials']],
    ],
    ['The border death toll passes 90, the ministry said.', [['killed', 'passes 90', 'the ministry']]],
    ['The number of arrivals crossed 40,000 on Friday.', [['displaced', 'crossed 40,000', null]]],
  ])('%s', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });
});

describe('"dies" and "die" tell of the dead as "died" does', () => {
  it('a present-tense headline clause', () => {
    expect(figuresOf('Three shepherds wounded by mine, one dies in hospital')).toEqual([
      ['wounded', 'Three', null],
      ['killed', 'one', null],
    ]);
  });

  it('a modal before "die" foretells, and is no figure', () => {
    expect(figuresOf('Doctors warned that some 40 patients could die within days.')).toEqual([]);
  });
});

describe('"the dead included" names the whole a part belongs to', () => {
  it('nests the part in the count of the dead just given', () => {
    const figures = extracted(
      'The agency said 18 people had been killed and 60 wounded by mines. It said the dead included three deminers.',
    );
    expect(figures.map((f) => [f.category, f.number.text])).toEqual([
      ['killed', '18'],
      ['wounded', '60'],
      ['killed', 'three'],
    ]);
    expect(figures[2]!.partOf).toBe(figures[0]!.id);
  });
});

describe('armed men who move are no displaced people', () => {
  it('troops crossing into a region are deployed', () => {
    expect(
      figuresOf('The ministry said a column of about 250 troops had crossed into the region on Monday.'),
    ).toEqual([]);
  });

  it('civilians crossing still fled', () => {
    expect(figuresOf('Officials said 3,000 villagers had crossed into Armenia by Monday.')).toEqual([
      ['displaced', '3,000', 'Officials'],
    ]);
  });
});

describe('brought in by ambulance is an evacuation', () => {
  it.each([
    [
      'The ministry said 60 patients were brought in by ambulances overnight.',
      [['evacuated', '60', 'The ministry']],
    ],
    [
      'Officials said 15 wounded residents were taken by ambulance to Goris.',
      [['evacuated', '15', 'Officials']],
    ],
  ])('%s', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });
});
