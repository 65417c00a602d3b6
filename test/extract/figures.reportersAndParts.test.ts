import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';
import { extracted, figuresOf } from './figures.helpers.ts';

const undated: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };

/** Each figure as [category, number as written, reporter as written or null, kind]. */
const shaped = (text: string) =>
  extracted(text).map((f) => [f.category, f.number.text, f.reporter?.text ?? null, f.kind ?? 'total']);

describe('a role, then the name in apposition: the source is both', () => {
  it.each([
    [
      'At least 15 people were killed, according to the head of the regional health department, Armen Sahakyan.',
      ['killed', 'At least 15', 'the head of the regional health department, Armen Sahakyan'],
    ],
    [
      'Some 40 soldiers were wounded overnight, according to the spokesman of the defence ministry, Anar Mammadov.',
      ['wounded', 'Some 40', 'the spokesman of the defence ministry, Anar Mammadov'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });

  it('"he wrote" in the next sentence names the same source', () => {
    expect(
      figuresOf(
        'Nine people died, according to the ombudsman of the province, Lusine Avetisyan. ' +
          'About 30 were injured, she wrote.',
      ).at(-1),
    ).toEqual(['wounded', 'About 30', 'the ombudsman of the province, Lusine Avetisyan']);
  });
});

describe('", who reported that": the phrase before the relative reports', () => {
  it.each([
    [
      'The deputy mayor, who reported that about 2,400 displaced people had been registered in the town, asked for tents.',
      ['displaced', 'about 2,400', 'The deputy mayor'],
    ],
    [
      'The chief physician of the city hospital, Dr. A. Mirzoyan, who said that 31 wounded soldiers had been admitted, was not available later.',
      ['wounded', '31', 'Dr. A. Mirzoyan'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });
});

describe('more verbs that report after the count', () => {
  it.each([
    [
      'Four civilians were killed and six wounded, the prosecutor general’s office clarified.',
      [
        ['killed', 'Four', 'the prosecutor general’s office'],
        ['wounded', 'six', 'the prosecutor general’s office'],
      ],
    ],
    [
      'Eleven residents are still missing, the district administration acknowledged on Monday.',
      [['missing', 'Eleven', 'the district administration']],
    ],
    [
      'Two policemen had been hurt in the clash, a senior officer testified.',
      [['wounded', 'Two', 'a senior officer']],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });
});

describe('"put their dead at N", "put the number killed at N": the count and who gives it', () => {
  it.each([
    [
      'The separatist authorities put their dead at more than 200, including about 25 civilians; Baku said it had lost 192 soldiers.',
      [
        ['killed', 'more than 200', 'The separatist authorities'],
        ['killed', 'about 25', 'The separatist authorities'],
        ['killed', '192', 'Baku'],
      ],
    ],
    [
      'The ombudsman, Elmira Suleymanova, put the number killed at 93 in her annual report.',
      [['killed', '93', 'Elmira Suleymanova']],
    ],
    [
      'Local officials put the number of injured in Tuesday’s shelling at about 40.',
      [['wounded', 'about 40', 'Local officials']],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });

  it('"put the economic damage at" counts no one', () => {
    expect(figuresOf('The government put the damage at 300 million dollars.')).toEqual([]);
  });
});

describe('a part told with its total takes the total’s source', () => {
  it('a speaker named after the part gives only what follows', () => {
    expect(
      figuresOf(
        'Armenia put its dead at 3,825, including 120 civilians, while Azerbaijan said it had lost 2,908 servicemen.',
      ),
    ).toEqual([
      ['killed', '3,825', 'Armenia'],
      ['killed', '120', 'Armenia'],
      ['killed', '2,908', 'Azerbaijan'],
    ]);
  });
});

describe('an aside in dashes that touch the words around them', () => {
  it.each([
    [
      'More than 100,000 people—nearly the whole ethnic Armenian population of the mountainous region—have fled, the UN said.',
      ['displaced', 'More than 100,000', 'the UN'],
    ],
    [
      'About 300 villagers–most of them elderly women and children from the border hamlets–were evacuated on Friday.',
      ['evacuated', 'About 300', null],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });
});

describe('a change or a rate in apposition is never a total', () => {
  it.each([
    [
      'The government said 88,000 refugees had arrived in Armenia by Thursday morning, an increase of some 6,000 over the previous evening.',
      [
        ['displaced', '88,000', 'The government', 'total'],
        ['displaced', 'some 6,000', 'The government', 'change'],
      ],
    ],
    [
      'Officials said 1,200 residents had fled the district, a rise of about 300 on the day before.',
      [
        ['displaced', '1,200', 'Officials', 'total'],
        ['displaced', 'about 300', 'Officials', 'change'],
      ],
    ],
    [
      'The Red Cross said it had evacuated more than 900 patients since the road closed in December, roughly five a day.',
      [
        ['evacuated', 'more than 900', 'The Red Cross', 'total'],
        ['evacuated', 'roughly five', 'The Red Cross', 'rate'],
      ],
    ],
    [
      'Medics have treated 75 wounded fighters since the ceasefire collapsed, about three a day, the hospital said.',
      [
        ['wounded', '75', 'the hospital', 'total'],
        ['wounded', 'about three', 'the hospital', 'rate'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(shaped(text)).toEqual(want);
  });

  it('a bare count with a rate unit but no count before it counts nothing', () => {
    expect(shaped('The border post opens twice, three a day, for trucks.')).toEqual([]);
  });
});

describe('a part with its own verb: "9 of whom were flown to Yerevan by helicopter"', () => {
  it.each([
    [
      'He said 47 wounded people had been admitted since Monday, 9 of whom were transferred to Yerevan by helicopter.',
      [
        ['wounded', '47', 'He'],
        ['evacuated', '9', 'He'],
      ],
    ],
    [
      'Some 60 injured civilians reached the clinic, 12 of them later flown to the capital by air ambulance, doctors said.',
      [
        ['wounded', 'Some 60', 'doctors'],
        ['evacuated', '12', 'doctors'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map(([c, n]) => [c, n])).toEqual(want.map(([c, n]) => [c, n]));
  });

  it('"of whom" with no count before it takes no verb of its own', () => {
    expect(
      figuresOf(
        'Paris is concerned for the people of the region, tens of thousands of whom have left their homes.',
      ),
    ).toEqual([]);
  });
});

describe('the same pronoun reporting again goes on with the speaker named before', () => {
  it('"X said … . …, she added. …, she said."', () => {
    expect(
      figuresOf(
        'Government spokeswoman Anna Hakobyan said 60,000 people had crossed into Armenia since Sunday. ' +
          'Of them, about 18,000 are children, she added. ' +
          'At the peak, more than 1,000 people an hour were crossing into Armenia, she said.',
      ).at(-1),
    ).toEqual(['displaced', 'more than 1,000', 'Government spokeswoman Anna Hakobyan']);
  });

  it('a pronoun of another gender does not go on', () => {
    expect(
      figuresOf(
        'Government spokeswoman Anna Hakobyan said 60,000 people had crossed into Armenia since Sunday. ' +
          'Of them, about 18,000 are children, she added. ' +
          'More than 1,000 people an hour were crossing into Armenia, he said.',
      ).at(-1)?.[2],
    ).toBeNull();
  });
});

describe('a part of a part: "41 of the dead, including 6 children"', () => {
  it('nests in the count just given when no whole came before', () => {
    const [whole, part] = extracted(
      'Civilians made up 23 of the dead, including 4 children, according to the agency.',
    );
    expect([whole?.number.text, part?.number.text, part?.partOf === whole?.id]).toEqual(['23', '4', true]);
    expect(part?.reporter?.text).toBe('the agency');
  });
});

describe('patients brought across a border for care were evacuated', () => {
  it.each([
    [
      'The ICRC delegate, P. Hoffmann, said its teams had brought 12 patients across the Lachin corridor on Sunday.',
      ['evacuated', '12', 'P. Hoffmann'],
    ],
    [
      'More than 80 of the wounded have been transferred to hospitals in Yerevan, the health ministry said.',
      ['evacuated', 'More than 80', 'the health ministry'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });

  it('"taken to hospital" names no place: still the wounded', () => {
    expect(figuresOf('Ten of the injured were taken to hospital, police said.')).toEqual([
      ['wounded', 'Ten', 'police'],
    ]);
  });

  it('"taken to safety" is an evacuation', () => {
    expect(figuresOf('Some 3,000 residents were taken to safety overnight, the governor said.')).toEqual([
      ['evacuated', 'Some 3,000', 'the governor'],
    ]);
  });
});

describe('an object left out after a source’s aside, and "by X’s count"', () => {
  it('each count gets its own source; a source between them never passes on', () => {
    expect(
      figuresOf(
        'The fighting killed about 150 Armenian fighters, separatist officials have said, and at least 90 Azerbaijani troops, by Baku’s count.',
      ),
    ).toEqual([
      ['killed', 'about 150', 'separatist officials'],
      ['killed', 'at least 90', 'Baku'],
    ]);
  });

  it('"by the UN’s count" gives the count before it', () => {
    expect(figuresOf('Some 6,000 civilians have been displaced, by the UN’s count.')).toEqual([
      ['displaced', 'Some 6,000', 'the UN'],
    ]);
  });

  it('"by some counts" names no one', () => {
    expect(figuresOf('The war displaced 600,000 people by some counts.')).toEqual([
      ['displaced', '600,000', null],
    ]);
  });
});

describe('a claim the text refutes, and people who came back, count no one', () => {
  it.each([
    'The claim that the army killed 3,000 civilians in a week is false.',
    'Allegations that 400 prisoners went missing in the camp were baseless, the inquiry found.',
    'By March, 45 people who had fled the village had returned, the mayor said.',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('a claim told without a verdict is still the claimant’s figure', () => {
    expect(figuresOf('The group claimed that the army killed 3,000 civilians in a week.')).toEqual([
      ['killed', '3,000', 'The group'],
    ]);
  });

  it('those who have not returned are still displaced', () => {
    expect(figuresOf('Most of the 100,000 people who fled have not returned.').map((f) => f[0])).toEqual([
      'displaced',
    ]);
  });
});

describe('"the minister" reporting is the one minister a statement named before', () => {
  const withStatements = (text: string) => {
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const statements = extractStatements(text, 'doc', sentences, paragraphs, undated);
    return extractFigures(text, 'doc', sentences, undated, statements).map((f) => [
      f.number.text,
      f.reporter?.text ?? null,
    ]);
  };

  it('names the minister', () => {
    expect(
      withStatements(
        'Interior Minister Vahe Ghazaryan said the search would go on through the night. ' +
          'The minister told deputies that 41 people had been wounded.',
      ),
    ).toEqual([['41', 'Vahe Ghazaryan']]);
  });

  it('two ministers named before: the role stays as written', () => {
    expect(
      withStatements(
        'Interior Minister Vahe Ghazaryan said the search would go on. Health Minister Anahit Avanesyan said ' +
          'hospitals were ready. The minister told deputies that 41 people had been wounded.',
      ),
    ).toEqual([['41', 'The minister']]);
  });
});
