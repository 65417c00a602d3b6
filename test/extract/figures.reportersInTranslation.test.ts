import { describe, expect, it } from 'vitest';
import { figuresWithStatementsOf as figures } from './figures.helpers.ts';

describe('the source of a toll named in the sentence after it, as translated agency copy does', () => {
  it('"This was informed by X." gives the toll before it to X', () => {
    expect(
      figures(
        'Shelling of the town has killed 14 people, including three children. This was informed by the regional ombudsman Anahit Sargsyan.',
      ),
    ).toEqual([
      ['killed', '14', 'the regional ombudsman Anahit Sargsyan'],
      ['killed', 'three', 'the regional ombudsman Anahit Sargsyan'],
    ]);
  });

  it('"This was reported to Report.az by X." keeps the site\'s dot in its name', () => {
    expect(
      figures(
        'A mine exploded near the village, killing one shepherd. This was reported to Report.az by the district police.',
      ),
    ).toEqual([['killed', 'one', 'the district police']]);
  });

  it('"This was announced yesterday evening by X." names X whatever time stands before "by"', () => {
    expect(
      figures(
        'Two border guards were killed and five wounded overnight. This was announced yesterday evening by the State Border Service.',
      ),
    ).toEqual([
      ['killed', 'Two', 'the State Border Service'],
      ['wounded', 'five', 'the State Border Service'],
    ]);
  });

  it('"According to the same figures" opening a sentence is the source cited before', () => {
    expect(
      figures(
        'About 3,000 people fled their homes in the district, according to the figures of the regional administration. According to the same figures, at least 40 people were wounded.',
      ),
    ).toEqual([
      ['displaced', 'About 3,000', 'the regional administration'],
      ['wounded', 'at least 40', 'the regional administration'],
    ]);
  });

  it('a toll with a source of its own keeps it', () => {
    expect(
      figures(
        'Officials said 14 people were killed. This was reported by the regional ombudsman Anahit Sargsyan.',
      ),
    ).toEqual([['killed', '14', 'Officials']]);
  });

  it('"According to him" after it is the same person', () => {
    expect(
      figures(
        'Shelling of the town has killed 14 people. This was informed by the regional ombudsman Anahit Sargsyan.\n\nAccording to her, more than 60 people have been wounded.',
      ),
    ).toEqual([
      ['killed', '14', 'the regional ombudsman Anahit Sargsyan'],
      ['wounded', 'more than 60', 'Anahit Sargsyan'],
    ]);
  });
});

describe('who counts, as the sentence names them', () => {
  it('a prosecutor named in apposition after "according to" is the source, with the role', () => {
    expect(
      figures('According to the Prosecutor General of Azerbaijan, Kamran Aliyev, 13 civilians were killed.'),
    ).toEqual([['killed', '13', 'the Prosecutor General of Azerbaijan, Kamran Aliyev']]);
  });

  it('"speaks of" reports a toll', () => {
    expect(
      figures('The prosecutor’s office in Baku speaks of 92 civilians killed and more than 400 injured.'),
    ).toEqual([
      ['killed', '92', 'The prosecutor’s office in Baku'],
      ['wounded', 'more than 400', 'The prosecutor’s office in Baku'],
    ]);
  });
});
