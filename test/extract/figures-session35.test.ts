import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 35 (outlets-fresh-45). Sentences written for these tests. */
describe('a count broken down in an aside set off by dashes or brackets', () => {
  it('the counts that open the aside are parts of the count before it', () => {
    const figures = extracted(
      'The governor said nine people – five firefighters and four drivers of the city bus company – died in the blaze.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.reporter?.text ?? null])).toEqual([
      ['killed', 'nine', 'The governor'],
      ['killed', 'five', 'The governor'],
      ['killed', 'four', 'The governor'],
    ]);
    expect(figures[1]!.partOf).toBe(figures[0]!.id);
    expect(figures[2]!.partOf).toBe(figures[0]!.id);
  });

  it('brackets and spaced hyphens set off the aside as dashes do', () => {
    const bracketed = extracted('Officials said 14 people (eight soldiers and six civilians) were wounded.');
    expect(bracketed.map((f) => [f.number.text, f.partOf ?? null])).toEqual([
      ['14', null],
      ['eight', bracketed[0]!.id],
      ['six', bracketed[0]!.id],
    ]);
    const hyphens = extracted('Officials said 14 people - eight soldiers and six civilians - were wounded.');
    expect(hyphens.map((f) => [f.number.text, f.partOf ?? null])).toEqual([
      ['14', null],
      ['eight', hyphens[0]!.id],
      ['six', hyphens[0]!.id],
    ]);
  });

  it('a dash that opens a new clause breaks nothing down', () => {
    expect(
      extracted('Officials said 14 people were wounded – 30 others were evacuated.').map((f) => [
        f.category,
        f.number.text,
        f.partOf ?? null,
      ]),
    ).toEqual([
      ['wounded', '14', null],
      ['evacuated', '30', null],
    ]);
  });
});

describe('a role in apposition with a word in scare quotes', () => {
  it('the name before the role reports the figure', () => {
    expect(
      figuresOf(
        'Arsen Melikyan, the self-styled "governor" of the district, claimed that three villagers had been killed and nine injured.',
      ),
    ).toEqual([
      ['killed', 'three', 'Arsen Melikyan'],
      ['wounded', 'nine', 'Arsen Melikyan'],
    ]);
  });
});

describe('the hurt flown to care were evacuated', () => {
  it('a participle after the count describes those carried; the verb of carrying decides', () => {
    expect(
      figuresOf(
        'The health ministry said ambulances had driven 40 of the people injured in the fire to Goris.',
      ),
    ).toEqual([['evacuated', '40', 'The health ministry']]);
    expect(figuresOf('Officials said 40 people injured in the fire were still in hospital.')).toEqual([
      ['wounded', '40', 'Officials'],
    ]);
  });

  it('the hurt flown anywhere were evacuated, even to a single hospital', () => {
    expect(
      figuresOf(
        'The army said its helicopters had flown nine wounded people from the hills to a field hospital in Martuni.',
      ),
    ).toEqual([['evacuated', 'nine', 'The army']]);
  });

  it('the hurt driven to a single local hospital stay wounded', () => {
    expect(figuresOf('Police said they had driven 12 wounded people to a hospital in the town.')).toEqual([
      ['wounded', '12', 'Police'],
    ]);
  });
});

describe('some of the hurt, moved, are no part of a count of those moved', () => {
  it('"N of the injured" flown out does not nest in the evacuation told just before', () => {
    const figures = extracted(
      'The charity said it had evacuated 15 burned patients to Armenia. The minister said 120 of the injured had been flown to hospitals in Yerevan.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.partOf ?? null])).toEqual([
      ['evacuated', '15', null],
      ['evacuated', '120', null],
    ]);
  });
});

describe('unnamed data inside what a named speaker said', () => {
  it('the speaker reports the figure', () => {
    expect(
      figuresOf('The governor, Anna Petrosyan, said that, according to initial data, 14 people were killed.'),
    ).toEqual([['killed', '14', 'Anna Petrosyan']]);
  });

  it('unnamed data with no speaker around them name no one', () => {
    expect(figuresOf('According to initial data, 14 people were killed.')).toEqual([['killed', '14', null]]);
  });
});
