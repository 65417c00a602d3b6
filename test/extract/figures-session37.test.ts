import { describe, expect, it } from 'vitest';
import { extracted, figuresOf, reportersOf } from './figures.helpers.ts';

/** Casualty figures, session 37. Sentences written for these tests. */
describe('a change and the count it led to', () => {
  it('"rose by 21 to 71" is a change of 21 and a count of 71, never the range 21 to 71', () => {
    const figures = extracted('The ministry said its death toll had risen by 21 to 71.');
    expect(figures.map((f) => [f.category, f.number.text, f.kind ?? null])).toEqual([
      ['killed', '21', 'change'],
      ['killed', '71', null],
    ]);
  });

  it('"the death toll" names what a change counts, as "the number of dead" does', () => {
    expect(figuresOf('The governor said the death toll had climbed by four.')).toEqual([
      ['killed', 'four', 'The governor'],
    ]);
  });

  it('a range after "between" or with no verb of change is still one number', () => {
    expect(figuresOf('Between 30 and 40 people were killed, officials said.')).toEqual([
      ['killed', 'Between 30 and 40', 'officials'],
    ]);
    expect(figuresOf('Officials said 30 to 40 people were wounded.')).toEqual([
      ['wounded', '30 to 40', 'Officials'],
    ]);
  });
});

describe('a part told after its whole, which the words name', () => {
  it('"Of those killed, 35 were civilians" is a part of the dead, not of the wounded told last', () => {
    const figures = extracted(
      'Since the war, 64 people have been killed and 270 injured by mines, officials said. Of those killed, 35 were civilians.',
    );
    expect(figures.map((f) => [f.category, f.number.text])).toEqual([
      ['killed', '64'],
      ['wounded', '270'],
      ['killed', '35'],
    ]);
    expect(figures[2]!.partOf).toBe(figures[0]!.id);
  });

  it('"Among those killed were" names the dead too', () => {
    const figures = extracted(
      'The blasts killed 18 people and wounded 41, the mayor said. Among those killed were six children.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.partOf ?? null])).toEqual([
      ['killed', '18', null],
      ['wounded', '41', null],
      ['killed', 'six', figures[0]!.id],
    ]);
  });
});

describe('taken to hospital', () => {
  it('people taken or rushed to hospital are counted as wounded, a noun left out or not', () => {
    expect(
      figuresOf(
        'The city said at least nine people had died and that more than 120 had been taken to hospital.',
      ),
    ).toEqual([
      ['killed', 'at least nine', 'The city'],
      ['wounded', 'more than 120', 'The city'],
    ]);
    expect(figuresOf('Police said three people were rushed to hospital after the brawl.')).toEqual([
      ['wounded', 'three', 'Police'],
    ]);
  });

  it('taken to hospital in a named place by air stays an evacuation', () => {
    expect(
      figuresOf('The ministry said 14 people had been taken to hospital in Yerevan by helicopter.'),
    ).toEqual([['evacuated', '14', 'The ministry']]);
  });
});

describe('arrivals where the text speaks of people leaving', () => {
  it('"arrived from the region" is displacement where refugees are spoken of', () => {
    expect(
      figuresOf(
        'The flight from the enclave went on. The government said on Friday that 41,200 people had arrived from the region since Monday.',
      ),
    ).toEqual([['displaced', '41,200', 'The government']]);
  });

  it('residents leaving, said in the sentence before, make arrivals an exodus', () => {
    expect(
      figuresOf(
        'The police said the residents who wish to leave could do so freely. Officials said that by the evening more than 5,100 people had arrived in Armenia.',
      ),
    ).toEqual([['displaced', 'more than 5,100', 'Officials']]);
  });

  it('arrivals with nothing said of flight are no figure', () => {
    expect(figuresOf('Organisers said 5,100 people had arrived in Tbilisi for the festival.')).toEqual([]);
  });
});

describe('who reports a figure', () => {
  it('whoever puts a toll at a number, with words before "toll", reports it', () => {
    expect(
      reportersOf('The regional defence ministry put its military death toll at 310 on Monday.'),
    ).toEqual([['310', 'The regional defence ministry']]);
    expect(reportersOf('Georgian officials put the civilian death toll at 14 last month.')).toEqual([
      ['14', 'Georgian officials'],
    ]);
  });

  it('an aside between the subject and its verb, before or after an auxiliary, is skipped', () => {
    expect(reportersOf('The other side, for its part, has reported 63 servicemen killed.')).toEqual([
      ['63', 'The other side'],
    ]);
    expect(
      reportersOf(
        'The Interior Ministry, in a written reply, recalled that four police officers had been killed.',
      ),
    ).toEqual([['four', 'The Interior Ministry']]);
  });
});
