import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * People carried to care or safety were evacuated, whatever the verb of carrying, and people whose fate
 * is unknown are missing. Sentences written for these tests.
 */
describe('the hurt and the sick, carried to care, were evacuated', () => {
  it('a verb of carrying before the count decides over the adjective in it', () => {
    expect(
      figuresOf(
        'The Red Cross said it had flown 17 injured civilians from the border to hospitals in Tbilisi.',
      ),
    ).toEqual([['evacuated', '17', 'The Red Cross']]);
  });

  it('an aside between those carried and where they went, and a modifier of those carried', () => {
    expect(
      figuresOf(
        'Médecins Sans Frontières said it has moved 35 patients, including nine infants, to clinics in Goris.',
      ),
    ).toEqual([
      ['evacuated', '35', 'Médecins Sans Frontières'],
      ['evacuated', 'nine', 'Médecins Sans Frontières'],
    ]);
    expect(
      figuresOf('Its medics transferred six patients needing dialysis from Martuni to hospitals in Armenia.'),
    ).toEqual([['evacuated', 'six', null]]);
  });

  it('"helped move" and "taken out", and the wounded joined to those carried', () => {
    expect(
      figuresOf(
        'Police said they had helped move about 400 villagers, most of them elderly, to shelters in the valley.',
      ),
    ).toEqual([['evacuated', 'about 400', 'Police']]);
    expect(
      figuresOf('The army said it had taken out 900 people to a transit camp and 25 wounded by truck.'),
    ).toEqual([
      ['evacuated', '900', 'The army'],
      ['evacuated', '25', 'The army'],
    ]);
  });

  it('a transfer of patients is an evacuation, with or without a destination', () => {
    expect(
      figuresOf('The agency has arranged the transfer of 48 patients since March, officials said.'),
    ).toEqual([['evacuated', '48', 'officials']]);
    expect(figuresOf('The charity said it had transferred 31 patients since the road was closed.')).toEqual([
      ['evacuated', '31', 'The charity'],
    ]);
  });

  it('residents of a place and the villages around it', () => {
    expect(
      figuresOf(
        'About 700 residents of the neighbouring village of Aravus were evacuated overnight, the governor said.',
      ),
    ).toEqual([['evacuated', 'About 700', 'the governor']]);
    expect(
      figuresOf('Some 1,300 residents of Sotk and nearby villages had been evacuated by Friday.'),
    ).toEqual([['evacuated', 'Some 1,300', null]]);
  });

  it('the wounded told apart from those evacuated, and soldiers carried are no evacuation', () => {
    expect(figuresOf('About 300 people were evacuated and 40 wounded in the shelling.')).toEqual([
      ['evacuated', 'About 300', null],
      ['wounded', '40', null],
    ]);
    expect(figuresOf('The army had moved 600 soldiers to a base near the border.')).toEqual([]);
  });
});

describe('those whose fate is unknown are missing', () => {
  it('"the fate of N … remains unknown", for each count it names', () => {
    expect(
      figuresOf('According to the commission, the fate of 118 soldiers and nine civilians remains unknown.'),
    ).toEqual([
      ['missing', '118', 'the commission'],
      ['missing', 'nine', 'the commission'],
    ]);
    expect(figuresOf('The whereabouts of 14 others are still unknown, the ministry said.')).toEqual([
      ['missing', '14', 'the ministry'],
    ]);
  });

  it('a fate decided or discussed counts no one missing', () => {
    expect(figuresOf('The talks will decide the fate of 3,000 families living near the border.')).toEqual([]);
  });
});

describe('the displaced under an official term, and who reports them', () => {
  it('a quoted term after the count is what it counts', () => {
    expect(
      figuresOf('The ministry said 4,210 "forcibly displaced persons" had been housed in Syunik.'),
    ).toEqual([['displaced', '4,210', 'The ministry']]);
  });

  it('a name, then a role serving another named person: the name reports', () => {
    expect(
      figuresOf(
        'Ani Karapetyan, spokeswoman for Foreign Minister Ara Mirzoyan, said 2,300 refugees had crossed since Friday.',
      ),
    ).toEqual([['displaced', '2,300', 'Ani Karapetyan']]);
  });

  it('crossing from one country into another', () => {
    expect(figuresOf('Some 90 people have crossed from Armenia into Georgia since Monday.')).toEqual([
      ['displaced', 'Some 90', null],
    ]);
  });
});

describe('a date is never who reports', () => {
  it('the subject before a participle phrase that ends in a date reports', () => {
    expect(
      figuresOf(
        'The monitors stationed in the district since March 2022 said 14 civilians had been wounded.',
      ),
    ).toEqual([['wounded', '14', 'The monitors']]);
  });
});

describe('a source carries to the next sentence only when it opens its own', () => {
  it('"According to X, …" frames the sentence after it', () => {
    expect(
      figuresOf(
        'According to the regional governor, shelling hit four villages. Six civilians were wounded.',
      ),
    ).toEqual([['wounded', 'Six', 'the regional governor']]);
  });

  it('"…, according to X." sources its own clause, not the sentence after', () => {
    expect(
      figuresOf(
        'At least 30 soldiers have died since May, according to a monitoring group. In June, two shepherds were killed near the border.',
      ),
    ).toEqual([
      ['killed', 'At least 30', 'a monitoring group'],
      ['killed', 'two', null],
    ]);
  });
});

describe('a pronoun that put a count at a figure reports it', () => {
  it('"it put the number at N" is the source named in the sentence before', () => {
    expect(
      figuresOf(
        'By Sunday, 8,100 refugees had reached Goris, the regional administration said. A day earlier it put the number at 5,400.',
      ),
    ).toEqual([
      ['displaced', '8,100', 'the regional administration'],
      ['displaced', '5,400', 'the regional administration'],
    ]);
  });

  it('"they had put the toll at N"', () => {
    expect(
      figuresOf(
        'Local doctors said on Friday that 41 people had died in the blast. Earlier, they had put the toll at 29.',
      ),
    ).toEqual([
      ['killed', '41', 'Local doctors'],
      ['killed', '29', 'Local doctors'],
    ]);
  });
});
