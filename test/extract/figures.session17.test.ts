import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

describe('"the figure given by X was N": the figure just given, reported by X', () => {
  it.each([
    [
      'More than 40,000 people had crossed into Armenia by Monday night, an earlier report said. ' +
        'The figure given by the Armenian government on Monday night was 31,400.',
      ['displaced', '31,400', 'the Armenian government'],
    ],
    [
      'At least 120 people were killed in the shelling, the local council said. ' +
        'The number reported by the health ministry was 98.',
      ['killed', '98', 'the health ministry'],
    ],
    [
      'The agency said 2,300 residents had been evacuated. The latest figure published by the regional ' +
        'governor was about 2,500.',
      ['evacuated', 'about 2,500', 'the regional governor'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text).at(-1)).toEqual(want);
  });

  it('with no figure just before, a bare "the figure … was N" counts nothing', () => {
    expect(figuresOf('The figure given by the ministry on Monday was 31,400.')).toEqual([]);
  });

  it('"data released by X" still names X', () => {
    expect(figuresOf('Data released by the health ministry show 200 people were killed.')).toEqual([
      ['killed', '200', 'the health ministry'],
    ]);
  });
});

describe('a count named by those it counts, with no "of"', () => {
  it.each([
    [
      "Armenia's government says the number who arrived was 100,617.",
      ['displaced', '100,617', "Armenia's government"],
    ],
    [
      'The number of those who have fled the valley stood at about 41,000 on Monday, the UN agency said.',
      ['displaced', 'about 41,000', 'the UN agency'],
    ],
  ])('%s', (sentence, want) => {
    expect(figuresOf(sentence)).toEqual([want]);
  });

  it('"Arrivals peaked at N a day" where the text speaks of refugees: a rate of the displaced', () => {
    const text =
      'Refugees from the enclave kept crossing the bridge all week. ' +
      'Arrivals peaked at more than 28,000 a day on Tuesday, according to the migration service.';
    const figures = extracted(text);
    expect(figures.map((f) => [f.category, f.number.text, f.kind ?? 'total', f.reporter?.text])).toEqual([
      ['displaced', 'more than 28,000', 'rate', 'the migration service'],
    ]);
  });

  it("arrivals with no refugees in the text count no one (an airport's travellers)", () => {
    expect(figuresOf('Arrivals at the airport reached 4,000 on Friday, the operator said.')).toEqual([]);
  });
});

describe('a difference set off by a comma after a count is how much it grew', () => {
  it.each([
    [
      'The health ministry has counted 1,339 soldiers killed, 162 more than it reported last week.',
      ['killed', '162', 'change'],
    ],
    [
      'The ministry said 214 people had been wounded, 30 more than a day earlier.',
      ['wounded', '30', 'change'],
    ],
    [
      'Officials said 5,200 people had been evacuated, 400 fewer than they had reported on Sunday.',
      ['evacuated', '400', 'change'],
    ],
  ])('%s', (sentence, [category, number, kind]) => {
    const figures = extracted(sentence).map((f) => [f.category, f.number.text, f.kind ?? 'total']);
    expect(figures.at(-1)).toEqual([category, number, kind]);
    expect(figures[0]?.[2]).toBe('total');
  });

  it('a comparison with no earlier report is no change and no count', () => {
    expect(
      figuresOf('The ministry said 214 people had been wounded, 30 more than doctors could treat.'),
    ).toEqual([['wounded', '214', 'The ministry']]);
  });
});

describe('a time between the subject and its reporting verb is not the reporter', () => {
  it.each([
    [
      'Azerbaijani authorities on Wednesday last week announced that 192 of their servicemen had died.',
      'Azerbaijani authorities',
    ],
    ['The ministry this morning said 12 soldiers were wounded in the shelling.', 'The ministry'],
    ['The head of the clinic last week told reporters that 30 people had died.', 'The head of the clinic'],
    [
      'The regional governor on Tuesday evening reported that 400 residents had been evacuated.',
      'The regional governor',
    ],
  ])('%s', (sentence, reporter) => {
    expect(figuresOf(sentence)[0]?.[2]).toBe(reporter);
  });

  it('"has advised that" reports the figure', () => {
    expect(figuresOf('The ICRC has advised that its teams evacuated more than 150 wounded people.')).toEqual([
      ['evacuated', 'more than 150', 'The ICRC'],
    ]);
  });
});

describe('a paper or an agency that cites a source relays its count', () => {
  it.each([
    [
      'Citing the Mine Action Agency (ANAMA), the paper reports that 65 people have been killed by mines.',
      'the Mine Action Agency (ANAMA)',
    ],
    ['Citing hospital sources, the agency said 14 people were wounded in the blast.', 'hospital sources'],
    ['Quoting local officials, the broadcaster reported that three people died.', 'local officials'],
  ])('"Citing X, Y reports": %s', (sentence, reporter) => {
    expect(figuresOf(sentence)[0]?.[2]).toBe(reporter);
  });

  it('a speaker of its own after "according to X" still takes over', () => {
    expect(
      figuresOf('According to Yerevan, 207 servicemen died, and Baku reported 80 of its own killed.'),
    ).toEqual([
      ['killed', '207', 'Yerevan'],
      ['killed', '80', 'Baku'],
    ]);
  });

  it.each([
    [
      'Respublika quotes Armenian media reports that about 115,000 people who left the region are registered.',
      'Armenian media',
    ],
    ['The daily cites the health ministry as saying that 12 people died.', 'the health ministry'],
    ['The paper quoted a local doctor as saying that 30 people had been wounded.', 'a local doctor'],
  ])('"X quotes Y (as saying)": %s', (sentence, reporter) => {
    expect(figuresOf(sentence)[0]?.[2]).toBe(reporter);
  });
});

describe('patients taken to a named place for care were evacuated', () => {
  it.each([
    [
      'Since the blockade began, the ICRC has taken more than 700 patients for treatment in Armenia, according to the organisation.',
      ['evacuated', 'more than 700', 'the organisation (the ICRC)'],
    ],
    [
      'The Red Cross said it had transferred 45 patients to Yerevan for surgery.',
      ['evacuated', '45', 'The Red Cross'],
    ],
  ])('%s', (sentence, want) => {
    expect(figuresOf(sentence)).toEqual([want]);
  });

  it('patients taken to a hospital not named as a place are no evacuation', () => {
    expect(figuresOf('The ambulance crews took 40 patients to the hospital on Monday.')).toEqual([]);
  });
});

describe('people driven from their homes were displaced', () => {
  it.each([
    [
      'The first war killed about 30,000 people and drove more than 600,000 Azerbaijanis from their homes, ' +
        'according to figures cited by the government.',
      [
        ['killed', 'about 30,000', 'the government'],
        ['displaced', 'more than 600,000', 'the government'],
      ],
    ],
    [
      'The offensive forced some 90,000 people to flee, the UN agency said.',
      [['displaced', 'some 90,000', 'the UN agency']],
    ],
    [
      'Shelling drove 4,000 residents out of their villages last week, officials said.',
      [['displaced', '4,000', 'officials']],
    ],
  ])('%s', (sentence, want) => {
    expect(figuresOf(sentence)).toEqual(want);
  });

  it('things driven off a road are no people displaced', () => {
    expect(figuresOf('The storm drove 300 cars from the road.')).toEqual([]);
  });
});

describe('"<side> lost N" after a toll in the same sentence: that side\'s dead', () => {
  it('with "by its own count", the side that lost them reports them', () => {
    const sentence =
      'In September last year, Azerbaijani attacks on Armenian territory killed 207 Armenian soldiers, ' +
      'Yerevan says; Baku lost 80, by its own count.';
    expect(figuresOf(sentence)).toEqual([
      ['killed', '207', 'Yerevan'],
      ['killed', '80', 'Baku'],
    ]);
  });

  it('a bare loss after another loss that counted things is not a toll', () => {
    expect(
      figuresOf('Armenia says 20 soldiers were killed and it lost 10 tanks; the rebels lost 5.'),
    ).toEqual([['killed', '20', 'Armenia']]);
  });

  it('a bare loss with no toll before it counts no one', () => {
    expect(figuresOf('The ruling party lost 12 in the vote, the commission said.')).toEqual([]);
  });
});

describe('former IDPs and former refugees resettled are displaced no more', () => {
  it.each([
    'According to the State Committee, more than 5,000 former IDPs have now resettled in the liberated territories.',
    'About 2,000 former refugees have returned to the town since the spring, officials said.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('former IDPs uprooted again are counted', () => {
    expect(figuresOf('Some 3,000 former IDPs were displaced again by the shelling, officials said.')).toEqual(
      [['displaced', 'Some 3,000', 'officials']],
    );
  });

  it('refugees who fled are still counted', () => {
    expect(figuresOf('About 2,000 refugees have fled to the town, officials said.')).toEqual([
      ['displaced', 'About 2,000', 'officials'],
    ]);
  });
});

describe('"Of the N …," opening a sentence: a whole set up for its part', () => {
  it.each([
    [
      'Of the roughly 6,000 people who lived in the town before the war, most are dead or scattered, ' +
        'a resident said.',
      [],
    ],
    [
      'Of the 120,000 residents of the enclave, more than 100,000 have fled.',
      [['displaced', 'more than 100,000', null]],
    ],
    ['Of the 300 soldiers in the unit, 80 were killed.', [['killed', '80', null]]],
  ])('%s', (sentence, want) => {
    expect(figuresOf(sentence)).toEqual(want);
  });

  it.each([
    ['Of the 200 people killed, 50 were children.', ['killed', '200', null]],
    ['Of the 40 wounded, 12 were children.', ['wounded', '40', null]],
  ])('a whole whose own words tell what befell it is a figure: %s', (sentence, want) => {
    expect(figuresOf(sentence)[0]).toEqual(want);
  });
});

it('a whole of people who arrived, where the text speaks of refugees, is still the count of the displaced', () => {
  const text =
    'Refugees kept crossing the border all week. Of the roughly 101,000 people who arrived in Armenia between ' +
    'September 24 and 30, about 30,000 were children, she said.';
  expect(figuresOf(text)[0]?.slice(0, 2)).toEqual(['displaced', 'roughly 101,000']);
});
