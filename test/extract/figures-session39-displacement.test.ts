import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 39: displacement told by a verb of leaving or arriving. Sentences written for these tests. */
describe('a population that has left, crossed or arrived is displaced, with no refugee word around', () => {
  it('"have now left" with no place after it', () => {
    expect(
      figuresOf('Officials in Baku say that some 12,000 residents, nearly the whole valley, have now left.'),
    ).toEqual([['displaced', 'some 12,000', 'Officials in Baku']]);
  });

  it('"have reached" a named country', () => {
    expect(figuresOf('Over 30,000 people have already reached Georgia, according to Tbilisi.')).toEqual([
      ['displaced', 'Over 30,000', 'Tbilisi'],
    ]);
  });

  it('"moved to" a named country, the counted phrase carrying where they are from', () => {
    expect(
      figuresOf(
        'According to the interior ministry, about 9,000 inhabitants of the district moved to Turkey.',
      ),
    ).toEqual([['displaced', 'about 9,000', 'the interior ministry']]);
  });

  it('"had left the districts"', () => {
    expect(figuresOf('The governor said that at least 2,500 villagers had left the districts.')).toEqual([
      ['displaced', 'at least 2,500', 'The governor'],
    ]);
  });

  it('a group acting or visiting, a bare arrival and a habit are not displaced', () => {
    expect(figuresOf('About 600 peacekeepers arrived in Lachin in the spring.')).toEqual([]);
    expect(figuresOf('Roughly 90 people came on Sunday, organisers said.')).toEqual([]);
    expect(figuresOf('This month, 14 new victims have been registered.')).toEqual([]);
    expect(figuresOf('The post will serve the 400 lorry drivers who cross the border every day.')).toEqual(
      [],
    );
    expect(figuresOf('Some 3,000 tourists arrived in Dilijan last summer.')).toEqual([]);
    expect(figuresOf('About 2,000 people arrived in Gyumri for the wine fair, organisers said.')).toEqual([]);
  });
});

describe('people forced to leave a place, and people from a number of villages', () => {
  it('"forced N to leave" a named region is displacement', () => {
    expect(
      figuresOf('The spring offensive forced more than 20,000 ethnic Georgians to leave Abkhazia.'),
    ).toEqual([['displaced', 'more than 20,000', null]]);
  });

  it('"people from 12 villages were forced to leave their homes": the numeral belongs to the post-modifier', () => {
    expect(
      figuresOf(
        'According to local officials, about 4,500 people from 12 villages were forced to leave their homes.',
      ),
    ).toEqual([['displaced', 'about 4,500', 'local officials']]);
  });
});

describe('a count measured against the population that "left" is an exodus', () => {
  it('given "More than 100,000 people, nearly the entire Armenian population of the region, left in less than a week", a displaced figure', () => {
    expect(
      figuresOf(
        'More than 100,000 people, nearly the entire Armenian population of the region, left in less than a week, according to the United Nations.',
      ),
    ).toEqual([['displaced', 'More than 100,000', 'the United Nations']]);
  });

  it('given "About 300 people, a third of the town\'s population, left the meeting early", no figure: they left a place they visited', () => {
    expect(figuresOf("About 300 people, a third of the town's population, left the meeting early.")).toEqual(
      [],
    );
  });
});
