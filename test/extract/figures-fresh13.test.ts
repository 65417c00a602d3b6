import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/**
 * Forms of a casualty count met in outlets-fresh-13, in sentences written for these tests: a side's
 * estimate of its own losses ("put its own losses at 80"), an army that "lost" its soldiers, those
 * "among those killed", and two nouns that share one count ("civilians and soldiers").
 */

describe('a side puts its own losses at a number', () => {
  it.each([
    ['Baku says 40 of its troops died, while Yerevan put its own losses at 65.', '65', 'Yerevan'],
    ['The rebels have put their own military losses at about 1,200.', 'about 1,200', 'The rebels'],
    [
      'The separatist leadership puts its losses at more than 300.',
      'more than 300',
      'The separatist leadership',
    ],
  ])('%s', (text, number, reporter) => {
    expect(figuresOf(text).at(-1)).toEqual(['killed', number, reporter]);
  });

  it('the putter reports only its own count, over an "according to" earlier in the sentence', () => {
    expect(
      figuresOf(
        'Georgia lost 170 soldiers, with four still missing, according to its army, while the separatists have put their own losses at about 400.',
      ),
    ).toEqual([
      ['killed', '170', 'its army'],
      ['missing', 'four', 'its army'],
      ['killed', 'about 400', 'the separatists'],
    ]);
    expect(
      figuresOf(
        'Ukraine says 90 of its soldiers were killed and 12 are missing, while Russia put its own losses at 30.',
      ),
    ).toEqual([
      ['killed', '90', 'Ukraine'],
      ['missing', '12', 'Ukraine'],
      ['killed', '30', 'Russia'],
    ]);
  });

  it('losses that are no people, or no possessive side, give no figure', () => {
    expect(figuresOf('The ministry put the economic losses at 300 million.')).toEqual([]);
    expect(figuresOf('Farmers put their losses at $2 million.')).toEqual([]);
    expect(figuresOf('Insurers put losses at 40.')).toEqual([]);
    expect(figuresOf('The company put its own losses at 12 per cent.')).toEqual([]);
  });
});

describe('an army that lost its soldiers counts its dead', () => {
  it.each([
    ['Georgia lost 170 soldiers in the five-day war.', '170'],
    ['The battalion lost about 40 men in a single night, its commander said.', 'about 40'],
    ['By then the rebels had lost more than 600 fighters.', 'more than 600'],
  ])('%s', (text, number) => {
    expect(figuresOf(text)[0]?.slice(0, 2)).toEqual(['killed', number]);
  });

  it('lost things, lost contact, or lost people who are no fighters: no figure', () => {
    expect(figuresOf('The army lost 30 tanks and 12 drones.')).toEqual([]);
    expect(figuresOf('The unit lost contact with 12 soldiers on Monday.')).toEqual([]);
    expect(figuresOf('The party lost 40 members to the new movement.')).toEqual([]);
    expect(figuresOf('The village has lost 300 residents since the factory closed.')).toEqual([]);
  });
});

describe('"were among those killed"', () => {
  it.each([
    ['At least 12 children were among those killed in the shelling.', 'killed', 'At least 12'],
    ['Two journalists are among the wounded, the ministry said.', 'wounded', 'Two'],
    ['Some 300 students were among those who fled the town.', 'displaced', 'Some 300'],
  ])('%s', (text, category, number) => {
    expect(figuresOf(text)[0]?.slice(0, 2)).toEqual([category, number]);
  });

  it('among others who are no casualties: no figure', () => {
    expect(figuresOf('Hundreds of volunteers were among the first to arrive.')).toEqual([]);
    expect(figuresOf('Five senators were among those who signed the letter.')).toEqual([]);
  });
});

describe('two nouns that share one count and one verb', () => {
  it('the count and what it counts take both nouns', () => {
    const [f] = extracted('Since the truce, at least 31 civilians and soldiers have been killed by mines.');
    expect(f).toMatchObject({
      category: 'killed',
      number: { text: 'at least 31' },
      counted: 'civilians and soldiers',
    });
    const [g] = extracted('Nine police officers or guards were injured in the riot.');
    expect(g).toMatchObject({ category: 'wounded', counted: 'police officers or guards' });
  });

  it('a second count keeps its own noun; a verb after "and" is no noun', () => {
    expect(extracted('Thirty soldiers and 12 civilians were killed.').map((f) => f.counted)).toEqual([
      'soldiers',
      'civilians',
    ]);
    expect(figuresOf('About 300 residents and officials attended the funeral.')).toEqual([]);
    expect(figuresOf('He has two sons and was killed in 1994.')).toEqual([]);
  });
});

describe('", up 120 from a day earlier": a change of the count just given', () => {
  it('the change takes the count’s category and counts no one "from Sunday"', () => {
    const figures = extracted('The count rose to 500 refugees on Monday, up 120 from Sunday.');
    expect(figures.map((f) => [f.category, f.number.text, f.counted, f.kind ?? null])).toEqual([
      ['displaced', '500', 'refugees', null],
      ['displaced', '120', null, 'change'],
    ]);
    expect(figuresOf('About 2,000 soldiers were wounded, down 300 from the army’s first count.')).toEqual([
      ['wounded', 'About 2,000', null],
      ['wounded', '300', null],
    ]);
  });

  it('with no count before it, or no "from" after it, there is no figure', () => {
    expect(figuresOf('Bread prices were up 12 from last month.')).toEqual([]);
    expect(figuresOf('Turnout was up, 300 from the capital alone.')).toEqual([]);
  });
});

describe('a part named before its whole: "12 children were among the 40 people killed"', () => {
  it('the part nests in the whole after it and takes its category', () => {
    const figures = extracted(
      'More than 3,000 children are among the nearly 9,000 people who have fled to Armenia since Sunday.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.counted, f.partOf ?? null])).toEqual([
      ['displaced', 'nearly 9,000', 'people', null],
      ['displaced', 'More than 3,000', 'children', 'doc#f1'],
    ]);
    expect(
      extracted('Twelve children were among the 40 people killed in the strike.').map((f) => [
        f.category,
        f.number.text,
        f.partOf ?? null,
      ]),
    ).toEqual([
      ['killed', '40', null],
      ['killed', 'Twelve', 'doc#f1'],
    ]);
  });

  it('a whole that is no casualty count gives no figure', () => {
    expect(figuresOf('Five journalists are among the 300 guests at the ceremony.')).toEqual([]);
    expect(figuresOf('Two doctors were among the 12 people who signed the appeal.')).toEqual([]);
  });
});

describe('a second source in the sentence takes over from "according to"', () => {
  it('"according to X, …, and Y reported N": N is Y’s', () => {
    expect(
      figuresOf(
        'According to Tbilisi, 170 Georgian soldiers died, and Moscow reported 67 of its own killed.',
      ),
    ).toEqual([
      ['killed', '170', 'Tbilisi'],
      ['killed', '67', 'Moscow'],
    ]);
  });

  it('a count before the second source stays with "according to"', () => {
    expect(
      figuresOf(
        'According to the ministry, 40 soldiers were wounded on Monday, officials in the region said.',
      ),
    ).toEqual([['wounded', '40', 'the ministry']]);
  });
});
