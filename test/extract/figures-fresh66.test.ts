import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, fresh-66's classes. Sentences written for these tests. */
describe('"By X\'s count," fronted before its clause', () => {
  it('names who counts the clause\'s toll, as a fronted "according to" does', () => {
    expect(
      figuresOf("By the health ministry's count, 4,200 people have crossed into Armenia since Monday."),
    ).toEqual([['displaced', '4,200', 'the health ministry']]);
  });

  it('after the count, it still gives only the count right before it', () => {
    expect(figuresOf("Shelling killed 12 civilians, by the mayor's count.")).toEqual([
      ['killed', '12', 'the mayor'],
    ]);
  });
});

describe('a warring side that lost people lost its dead', () => {
  it('"the Armenian side lost about 200 people"', () => {
    expect(figuresOf('In two days of fighting the Armenian side lost about 200 people.')).toEqual([
      ['killed', 'about 200', null],
    ]);
  });

  it('a town that lost people to emigration counts no dead', () => {
    expect(figuresOf('The town lost 2,000 people to emigration in a decade.')).toEqual([]);
  });
});

describe('a partitive with a quantifier that gives no number', () => {
  it('"some of the roughly 100 residents had left": the number is the whole, no count of who left', () => {
    expect(figuresOf('Some of the roughly 100 residents had left the village by Friday evening.')).toEqual(
      [],
    );
  });

  it('"all 100 residents had left" is the count of who left', () => {
    expect(figuresOf('All 100 residents had fled the village by Friday evening.')).toEqual([
      ['displaced', '100', null],
    ]);
  });
});

describe('refugees leaving again, with "since" closing the clause', () => {
  it('"fewer than 2,000 of them have left the country since" is no new displacement', () => {
    const found = figuresOf(
      'The government says 11,000 people arrived from Karabakh and that fewer than 2,000 of them have left the country since.',
    );
    expect(found.map((f) => f[1])).not.toContain('fewer than 2,000');
  });
});

describe('crossing a named bridge or the border into a country', () => {
  it('"had crossed the Hakari bridge into Armenia": a population uprooted', () => {
    expect(
      figuresOf('Within a week, more than 10,000 people had crossed the Hakari bridge into Armenia.'),
    ).toEqual([['displaced', 'more than 10,000', null]]);
  });
});

describe('a vague part of a whole whose own clause tells its fate', () => {
  it('"Most of the 9,000 people who fled have not returned": the whole is the count', () => {
    expect(figuresOf('Most of the 9,000 people who fled have not returned.').map((f) => f[0])).toEqual([
      'displaced',
    ]);
  });
});
