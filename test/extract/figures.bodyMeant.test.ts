import { describe, expect, it } from 'vitest';
import { reportersOf as reporters } from './figures.helpers.ts';

describe('a bare kind of body reporting a figure is shown with the body of that kind named just before', () => {
  it('"the agency" after an acronym the text spelt out', () => {
    expect(
      reporters(
        'The National Demining Agency (NDA) warned farmers to keep off the fields.\n\n' +
          'According to NDA, the clearance teams worked through the winter. The agency said 14 people had been injured by mines this year.',
      ),
    ).toEqual([['14', 'The agency (NDA)']]);
  });

  it('"the ministry" is the ministry named last, not one named before it', () => {
    expect(
      reporters(
        "Georgia's Interior Ministry said the crossing was calm.\n\n" +
          'The Armenian Health Ministry gave a different account. Three people were wounded at the crossing, the ministry said.',
      ),
    ).toEqual([['Three', 'the ministry (The Armenian Health Ministry)']]);
  });

  it('"the department" for a ministry, "the organization" for a committee, in the same sentence', () => {
    expect(
      reporters(
        'The Ministry of Emergency Situations of Georgia sent rescuers. The department later said two climbers were missing.',
      ),
    ).toEqual([['two', 'The department (The Ministry of Emergency Situations of Georgia)']]);
    expect(
      reporters(
        'The International Committee for Relief, which runs the only clinic, has treated more than 300 wounded people, the organization said.',
      ),
    ).toEqual([['more than 300', 'the organization (The International Committee for Relief)']]);
  });

  it('a body named two paragraphs up is too far: the words stay as written', () => {
    expect(
      reporters(
        "Azerbaijan's Defense Ministry said its positions had come under fire.\n\n" +
          'The talks in the capital ended late.\n\n' +
          'More than 500 people have been wounded in the shelling, the ministry said.',
      ),
    ).toEqual([['More than 500', 'the ministry']]);
  });

  it('two bodies joined by "and the" are two names: each keeps its own', () => {
    expect(
      reporters(
        'The Ministry of Health and the Disaster Relief Agency of Armenia (DRAA) opened a shelter. The agency said 40 people had been injured in the blast.',
      ),
    ).toEqual([['40', 'The agency (the Disaster Relief Agency of Armenia, DRAA)']]);
  });
});
