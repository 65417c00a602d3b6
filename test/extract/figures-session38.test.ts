import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 38: who reports a count. Sentences written for these tests. */
describe('a semicolon closes the clause a count stands in', () => {
  it('a source named after the semicolon reports nothing before it', () => {
    expect(
      figuresOf(
        'About 40,000 villagers fled the valley during the war; local officials said last month that half have since gone home.',
      ),
    ).toEqual([['displaced', 'About 40,000', null]]);
  });

  it('a count told by one side keeps it when the other side speaks after the semicolon', () => {
    expect(
      figuresOf(
        'Baku says 60 of its soldiers were killed in the clashes and 12 are still missing; Yerevan has reported 45 dead.',
      ),
    ).toEqual([
      ['killed', '60', 'Baku'],
      ['missing', '12', 'Baku'],
      ['killed', '45', 'Yerevan'],
    ]);
  });

  it('a source named first frames both clauses', () => {
    expect(
      figuresOf(
        'According to the health ministry, 130 soldiers were killed over the weekend; 18 are still missing.',
      ),
    ).toEqual([
      ['killed', '130', 'the health ministry'],
      ['missing', '18', 'the health ministry'],
    ]);
  });

  it('without a semicolon, a source named after the count still reports it', () => {
    expect(figuresOf('About 40,000 villagers fled the valley during the war, local officials said.')).toEqual(
      [['displaced', 'About 40,000', 'local officials']],
    );
  });
});

describe('"martyrs" counts the dead in every tense and as the object of "put … at"', () => {
  it('"had become martyrs" and "have become martyrs" count the dead, as "became martyrs" does', () => {
    expect(figuresOf('The army said that in the war 1,900 soldiers had become martyrs.')).toEqual([
      ['killed', '1,900', 'The army'],
    ]);
    expect(figuresOf('The army said 14 soldiers have become martyrs since Monday.')).toEqual([
      ['killed', '14', 'The army'],
    ]);
  });

  it('"put the number of martyrs at 35" gives a count of the dead, reported by who put it', () => {
    expect(figuresOf('Earlier on Tuesday, the army had put the number of martyrs at 35.')).toEqual([
      ['killed', '35', 'the army'],
    ]);
  });
});

describe('a pronoun reports with every verb a named source reports with', () => {
  it('"He recalled that …" gives the count to the person named in the sentence before', () => {
    expect(
      figuresOf(
        'The ombudsman said 30 prisoners were still held. He recalled that more than 150 people are still missing.',
      ),
    ).toEqual([['missing', 'more than 150', 'The ombudsman']]);
  });

  it('"It announced that …" gives the count to the body named before', () => {
    expect(
      figuresOf(
        'The defence ministry said the shelling went on overnight. It announced that 12 soldiers had been wounded.',
      ),
    ).toEqual([['wounded', '12', 'The defence ministry']]);
  });

  it('a pronoun that cannot stand for the source before reports nothing', () => {
    expect(
      figuresOf(
        'The defence ministry said the shelling went on overnight. She stressed that 12 soldiers had been wounded.',
      ),
    ).toEqual([['wounded', '12', null]]);
  });
});

describe('people "moved to" a place by others are evacuated', () => {
  it('the passive "were moved to" counts those evacuated', () => {
    expect(figuresOf('In Lchashen, 150 residents were moved to Sevan, the ministry said.')).toEqual([
      ['evacuated', '150', 'the ministry'],
    ]);
    expect(
      figuresOf('About 120 villagers had been temporarily moved to the district town, the governor said.'),
    ).toEqual([['evacuated', 'About 120', 'the governor']]);
  });

  it('"have been moved from" counts them too', () => {
    expect(
      figuresOf('The mayor said more than 6,000 people have already been moved from 12 settlements.'),
    ).toEqual([['evacuated', 'more than 6,000', 'The mayor']]);
  });

  it('the active "moved to" is no evacuation: refugees who moved are displaced, troops who moved are no count', () => {
    expect(figuresOf('More than 80,000 refugees moved to Armenia after the offensive.')).toEqual([
      ['displaced', 'More than 80,000', null],
    ]);
    expect(figuresOf('About 200 peacekeepers moved to the new base, the ministry said.')).toEqual([]);
  });
});
