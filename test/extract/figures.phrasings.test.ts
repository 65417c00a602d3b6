import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/**
 * Phrasings the seed articles do not use, written for these tests in wire, British and TASS
 * styles: elliptical second counts, verbs of flight and arrival, evacuation verbs before the
 * number, figures that restate the one just given, and numbers that count no casualties.
 */

function figuresOf(text: string): Figure[] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  for (const f of figures) {
    const excerpt = text.slice(f.excerpt.start, f.excerpt.end);
    expect(excerpt).toContain(f.number.text);
    if (f.counted) expect(excerpt).toContain(f.counted);
    if (f.reporter) expect(text).toContain(f.reporter.text);
  }
  return figures;
}

/** [category, number as written, counted] for each figure, in text order. */
const summary = (text: string) => figuresOf(text).map((f) => [f.category, f.number.text, f.counted]);

describe('a second count that leaves out the noun and the auxiliary of the first', () => {
  it.each([
    [
      'At least 200 people had been killed and more than 400 wounded, officials said.',
      [
        ['killed', 'At least 200', 'people'],
        ['wounded', 'more than 400', 'people'],
      ],
    ],
    [
      'Three soldiers were killed and five wounded in the shelling.',
      [
        ['killed', 'Three', 'soldiers'],
        ['wounded', 'five', 'soldiers'],
      ],
    ],
    [
      'Twelve soldiers were killed in clashes on the border and 30 wounded, the defence ministry said.',
      [
        ['killed', 'Twelve', 'soldiers'],
        ['wounded', '30', 'soldiers'],
      ],
    ],
    [
      'On Monday, 170 people were killed and over 200 injured in an explosion at a fuel depot.',
      [
        ['killed', '170', 'people'],
        ['wounded', 'over 200', 'people'],
      ],
    ],
    [
      'Baku said 192 of its servicemen were killed and 511 wounded.',
      [
        ['killed', '192', 'its servicemen'],
        ['wounded', '511', 'its servicemen'],
      ],
    ],
    [
      'Two civilians died and 11 were injured.',
      [
        ['killed', 'Two', 'civilians'],
        ['wounded', '11', 'civilians'],
      ],
    ],
    [
      'At least 200 people had been killed, the separatist authorities said, and more than 400 wounded.',
      [
        ['killed', 'At least 200', 'people'],
        ['wounded', 'more than 400', 'people'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(summary(sentence)).toEqual(expected);
  });

  it('"12 dead and 30 injured": two bare counts, each with its own marker and nothing counted', () => {
    expect(summary('The attack left 12 dead and 30 injured.')).toEqual([
      ['killed', '12', null],
      ['wounded', '30', null],
    ]);
    expect(summary('The explosion at a fuel depot killed 170 and injured nearly 300.')).toEqual([
      ['killed', '170', null],
      ['wounded', 'nearly 300', null],
    ]);
  });

  it('the second count keeps its own hedge and bounds', () => {
    const [, wounded] = figuresOf('At least 200 people had been killed and more than 400 wounded.');
    expect(wounded!.number).toEqual({
      text: 'more than 400',
      hedge: 'more than',
      value: 400,
      low: 401,
      high: null,
    });
    expect(wounded!.reporter).toBeNull();
  });
});

describe('displacement told by verbs other than "fled"', () => {
  it.each([
    [
      'About 3,000 ethnic Armenians streamed out of Nagorno-Karabakh on Monday.',
      'About 3,000',
      'ethnic Armenians',
      null,
    ],
    ['Over 900 refugees poured into Armenia.', 'Over 900', 'refugees', 901],
    [
      'More than 50,000 people have crossed into Armenia, the government said.',
      'More than 50,000',
      'people',
      50001,
    ],
    ['Some 400 families left their homes overnight.', 'Some 400', 'families', null],
    ['More than 2,000 residents abandoned their homes in the enclave.', 'More than 2,000', 'residents', 2001],
    ['Over 100,000 people – more than 80% of the population – have fled.', 'Over 100,000', 'people', 100001],
    [
      'More than 6,500 people (about a tenth of the population) have crossed into Armenia.',
      'More than 6,500',
      'people',
      6501,
    ],
  ])('%s', (sentence, number, counted, low) => {
    const figures = figuresOf(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      category: 'displaced',
      counted,
      number: { text: number, low, high: null },
    });
  });

  it('"Thousands more joined the exodus": a vague plural has no count to show (CONVENTIONS.md 22)', () => {
    expect(figuresOf('Thousands more joined the exodus on Tuesday.')).toEqual([]);
  });

  it('arriving in Armenia is displacement where the text speaks of refugees: in the sentence or the one before', () => {
    expect(
      summary('About 6,650 people have arrived in Armenia from Nagorno-Karabakh, the government said.'),
    ).toEqual([['displaced', 'About 6,650', 'people']]);
    expect(summary('The refugee flow continued. Some 2,900 people reached Goris by evening.')).toEqual([
      ['displaced', 'Some 2,900', 'people'],
    ]);
    expect(summary('Refugees are arriving in Goris. Nearly 2,000 more arrived on Tuesday.')).toEqual([
      ['displaced', 'Nearly 2,000', null],
    ]);
  });

  it('TASS style: "forced migrants" and "forcibly displaced persons" arriving, with the source at the end', () => {
    const text =
      "YEREVAN, September 28. /TASS/. As many as 65,036 forcibly displaced persons have arrived in Armenia from Nagorno-Karabakh as of 10:00 local time, the Armenian government's press service said.";
    expect(figuresOf(text)).toMatchObject([
      {
        category: 'displaced',
        counted: 'forcibly displaced persons',
        number: { text: 'As many as 65,036', low: null, high: 65036 },
        reporter: { text: "the Armenian government's press service" },
      },
    ]);
    expect(
      summary('As many as 28,120 forced migrants have arrived in Armenia, the government said.'),
    ).toEqual([['displaced', 'As many as 28,120', 'forced migrants']]);
    expect(
      summary('The number of people who have arrived in Armenia from Nagorno-Karabakh has reached 100,417.'),
    ).toEqual([['displaced', '100,417', null]]);
  });

  it.each([
    'About 3,000 people arrived in Baku for the Formula One race.',
    'Thousands of people poured into Republic Square in Yerevan to protest.',
    'Some 2,000 Russian peacekeepers have arrived in Nagorno-Karabakh, where refugees are gathering.',
    'The ministry said 3,000 journalists had arrived in Armenia to cover the refugee crisis.',
    'The UN said 50 trucks of aid had crossed into Karabakh.',
    'About 120,000 ethnic Armenians live in Nagorno-Karabakh.',
    'More than 2,000 people marched to the government building.',
  ])('no displacement in: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});

describe('evacuation with the verb before the number', () => {
  it.each([
    ['Russian peacekeepers helped evacuate more than 2,000 civilians.', 'more than 2,000', 'civilians'],
    ['Rescuers were able to evacuate 300 residents.', '300', 'residents'],
    ['The evacuation of 300 residents began on Monday.', '300', 'residents'],
    ['The ICRC managed to evacuate about 150 people from Stepanakert.', 'about 150', 'people'],
    ["Russia's 2,000 peacekeepers evacuated about 5,000 civilians.", 'about 5,000', 'civilians'],
  ])('%s', (sentence, number, counted) => {
    expect(summary(sentence)).toEqual([['evacuated', number, counted]]);
  });

  it('"had evacuated 23 wounded people": the verb decides, the adjective stays in what is counted', () => {
    expect(figuresOf('Medics had evacuated 23 wounded people from the village.')).toMatchObject([
      { category: 'evacuated', counted: 'wounded people', number: { text: '23', low: 23, high: 23 } },
    ]);
    expect(summary('Twenty refugees have been evacuated by helicopter.')).toEqual([
      ['evacuated', 'Twenty', 'refugees'],
    ]);
  });

  it('"including 1,000 children" is part of the evacuated figure, with the same source', () => {
    const figures = figuresOf(
      'The Red Cross said it had helped evacuate more than 2,000 civilians, including 1,000 children.',
    );
    expect(
      figures.map((f) => [f.category, f.number.text, f.counted, f.partOf ?? null, f.reporter?.text]),
    ).toEqual([
      ['evacuated', 'more than 2,000', 'civilians', null, 'The Red Cross'],
      ['evacuated', '1,000', 'children', figures[0]!.id, 'The Red Cross'],
    ]);
    const passive = figuresOf('More than 1,000 people, including 300 children, were evacuated.');
    expect(passive.map((f) => [f.category, f.number.text, f.partOf ?? null])).toEqual([
      ['evacuated', 'More than 1,000', null],
      ['evacuated', '300', passive[0]!.id],
    ]);
  });

  it.each([
    'Officials plan to evacuate 5,000 people next week.',
    'The peacekeepers, numbering some 2,000, helped evacuate residents.',
    'Twelve villages were evacuated on Monday.',
  ])('no evacuation figure in: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});

describe('a figure that restates the one just given ("put the figure at")', () => {
  it.each([
    [
      'About 100,000 people fled to Armenia. The UN refugee agency put the figure at more than 80,000.',
      'displaced',
      'more than 80,000',
      'The UN refugee agency',
    ],
    [
      'More than 100,000 people have fled. The government estimates the number at 100,000.',
      'displaced',
      '100,000',
      'The government',
    ],
    [
      'Twelve people were killed in the blast. Later, officials raised the toll to 50.',
      'killed',
      '50',
      'officials',
    ],
    [
      'Forty soldiers were wounded. The ministry later revised the figure to 52.',
      'wounded',
      '52',
      'The ministry',
    ],
  ])('%s', (text, category, number, reporter) => {
    const figures = figuresOf(text);
    expect(figures).toHaveLength(2);
    expect(figures[1]).toMatchObject({
      category,
      counted: null,
      number: { text: number },
      reporter: { text: reporter },
    });
  });

  it('wire copy: the figure in the paragraph before, when it is the sentence right before', () => {
    const figures = figuresOf(
      'More than 100,000 people have left the region.\n\nThe UN refugee agency put the figure at 88,000.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.reporter?.text ?? null])).toEqual([
      ['displaced', 'More than 100,000', null],
      ['displaced', '88,000', 'The UN refugee agency'],
    ]);
  });

  it('a rival estimate in the same sentence: "Azerbaijan says 200 of its soldiers died, while Armenia put the figure at 4,000"', () => {
    expect(
      figuresOf('Azerbaijan says 200 of its soldiers died, while Armenia put the figure at 4,000.').map(
        (f) => [f.category, f.number.text, f.reporter?.text],
      ),
    ).toEqual([
      ['killed', '200', 'Azerbaijan'],
      ['killed', '4,000', 'Armenia'],
    ]);
  });

  it('with no figure just before, "the figure" points at nothing and is dropped', () => {
    expect(figuresOf('The weather was bad. The ministry put the figure at 80,000.')).toEqual([]);
    expect(
      figuresOf('The ministry said it would need 40,000 tents. Officials put the figure at 5,000.'),
    ).toEqual([]);
    expect(
      figuresOf(
        'Twelve people were killed.\n\nThe roads were closed.\n\nOfficials put the figure at 20.',
      ).map((f) => f.number.text),
    ).toEqual(['Twelve']);
  });

  it('an event that raises a toll is not its reporter', () => {
    const [, f] = figuresOf('Three people were killed on Monday. The shelling raised the toll to 50.');
    expect(f).toMatchObject({ category: 'killed', number: { text: '50' }, reporter: null });
  });
});

describe('numbers that count no casualties stay out', () => {
  it.each([
    'A 54-year-old teacher was killed in the shelling.',
    'A man aged 54 was killed by shelling.',
    'The new settlement will house 40,000 families.',
    'The new housing will accommodate up to 40,000 displaced people.',
    'Armenia is ready to receive 40,000 refugees, the prime minister said.',
    'Russia has 2,000 peacekeepers in the region, who evacuated civilians.',
    'The EU pledged €5 million for the refugees.',
    'The refugees arrived on 25 September at 10:00.',
    'Azerbaijan said it had taken 90 positions.',
    'Aid agencies say they have helped 3,000 families.',
    'Residents fled as more than 300 shells hit the town.',
  ])('no figure in: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('ages beside casualties are not counted with them', () => {
    expect(summary('Anna, 54, and her son, 12, were killed.')).toEqual([]);
    expect(summary('A 12-year-old boy was among the 32 killed.')).toEqual([['killed', '32', null]]);
    expect(summary('Ten years ago, 30 people were wounded.')).toEqual([['wounded', '30', 'people']]);
  });

  it('"claimed 170 lives" is a death toll; "saved 170 lives" is not', () => {
    expect(summary('The blast claimed 170 lives.')).toEqual([['killed', '170', 'lives']]);
    expect(figuresOf('Doctors saved 170 lives.')).toEqual([]);
  });
});
