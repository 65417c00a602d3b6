import { describe, expect, it } from 'vitest';
import { reportersOf } from './figures.helpers.ts';

/**
 * Who reports a casualty figure, in the many forms copy gives a toll's source: the reporter is the source of
 * the clause or statement that holds the figure, whatever its verb or preposition. When the text leaves the
 * source unclear, no one reports it (a wrong reporter is worse than none).
 */
const CASES: [string, string, string | null][] = [
  // Data nouns owned or released by a body.
  ['Figures released by the health ministry on Monday showed 54 people killed.', '54', 'the health ministry'],
  ["The interior ministry's figures show 48 people wounded.", '48', 'The interior ministry'],
  ["Armenia's latest figures put the number of displaced at 100,617.", '100,617', 'Armenia'],
  [
    "By the UN refugee agency's count, 100,400 people have crossed into Armenia.",
    '100,400',
    'the UN refugee agency',
  ],
  [
    'Data from the regional health department show that 37 civilians were wounded.',
    '37',
    'the regional health department',
  ],
  ['Per the defence ministry, 19 servicemen were killed in the clashes.', '19', 'the defence ministry'],
  // Verbs that give a count.
  [
    'The Armenian health ministry put the death toll at 49 on Wednesday.',
    '49',
    'The Armenian health ministry',
  ],
  ['The Red Cross has recorded 320 people missing since the fighting began.', '320', 'The Red Cross'],
  ['The ombudsman estimates that 1,200 homes were damaged and 60 civilians killed.', '60', 'The ombudsman'],
  ['Local authorities count at least 14 dead among the villagers.', 'at least 14', 'Local authorities'],
  // "registered" is also what a registry does ("registered by the authorities"): no source of its own.
  [
    'Some 100,617 refugees had been registered by the Armenian authorities, the foreign ministry reported.',
    'Some 100,617',
    'the foreign ministry',
  ],
  // Passives with an agent.
  [
    'Twelve deaths were reported by the separatist health authorities overnight.',
    'Twelve',
    'the separatist health authorities',
  ],
  [
    'At least 30 wounded were confirmed by hospital officials in Stepanakert.',
    'At least 30',
    'hospital officials in Stepanakert',
  ],
  // Statements tagged after the figure, with a said-clause or a quote.
  ['"We have lost 17 of our men," the commander told reporters.', '17', 'the commander'],
  [
    "Six civilians were killed and 21 wounded, the prosecutor general's office said in a statement.",
    'Six',
    "the prosecutor general's office",
  ],
  [
    "At least 200 people were injured in the blast, according to the ombudsman's office.",
    'At least 200',
    "the ombudsman's office",
  ],
  ['Four soldiers died, says the Azerbaijani defence ministry.', 'Four', 'the Azerbaijani defence ministry'],
  // The toll in a relative clause on whose figure it is.
  [
    'The separatist authorities, who put the number of wounded at 400, called for help.',
    '400',
    'The separatist authorities',
  ],
  // Translated and agency copy.
  [
    'As reported by the press service of the Ministry of Defence, 2 servicemen were wounded.',
    '2',
    'the press service of the Ministry of Defence',
  ],
  [
    'As the Ministry of Emergency Situations informs, 5 people were injured as a result of the explosion.',
    '5',
    'the Ministry of Emergency Situations',
  ],
  [
    'According to information from the State Security Service, 3 saboteurs were killed.',
    '3',
    'the State Security Service',
  ],
  ['The Ministry of Health informed that 11 people were hospitalised.', '11', 'The Ministry of Health'],
  // Unclear or no one: none.
  [
    'At least 40 people were killed in the shelling, which both sides blamed on each other.',
    'At least 40',
    null,
  ],
  ['Some 120,000 people lived in the region before the offensive.', '120,000', null],
  ['Eight people were killed in the strike on the market.', 'Eight', null],
  ['The figure of 5,000 dead could not be independently verified.', '5,000', null],
  ['Reports of 80 deaths could not be confirmed.', '80', null],
  ['Hundreds of families fled, and 15 people were wounded, witnesses said.', '15', 'witnesses'],
];

describe('the source of the clause that holds a figure reports it', () => {
  it.each(CASES)('%s → %s by %s', (text, number, reporter) => {
    const got = reportersOf(text).find(([n]) => n === number);
    expect(got?.[1] ?? null).toBe(reporter);
  });
});

/**
 * "…, according to the same source", "According to the information, …": a source phrase that points back
 * stands for the source named in the sentence before, wherever in its sentence it stands, as a pronoun does.
 */
describe('a source phrase that points back stands for the source named before', () => {
  it.each([
    [
      "Two soldiers were killed, the prosecutor general's office reported. Four others were wounded, according to the same source.",
      'Four',
      "the prosecutor general's office",
    ],
    [
      'The death toll has reached 21, the emergency ministry informed the agency. According to the information, another 70 people were injured.',
      '70',
      'the emergency ministry',
    ],
    [
      'Shelling hit the market at noon. According to the information, another 70 people were injured.',
      '70',
      null,
    ],
    ['Some 40 people were wounded, according to the same source.', '40', null],
  ])('%s → %s by %s', (text, number, reporter) => {
    const got = reportersOf(text).find(([n]) => n === number);
    expect(got?.[1] ?? null).toBe(reporter);
  });
});

describe('"it" reporting after a country or a capital that spoke stands for it', () => {
  it('"Azerbaijan said … . It has reported 94 civilians killed." → Azerbaijan', () => {
    const text =
      'Azerbaijan said last week it had lost 2,783 soldiers in the conflict. It has reported 94 civilians killed.';
    expect(reportersOf(text).find(([n]) => n === '94')?.[1]).toBe('Azerbaijan');
  });
  it('"Armenia said … . He said 12 …" → no one (a country is no "he")', () => {
    const text = 'Armenia said the talks had failed. He said 12 soldiers were wounded.';
    expect(reportersOf(text).find(([n]) => n === '12')?.[1] ?? null).toBe(null);
  });
});

describe('"per" names a source only before a name', () => {
  it('"1,500 per hour" is a rate, no source', () => {
    expect(
      reportersOf('About 1,500 people per hour crossed into Armenia, the government said.')[0]?.[1],
    ).toBe('the government');
  });
  it('"per the government" before a name names it', () => {
    expect(reportersOf('About 2,000 people were displaced, per the government.')[0]?.[1]).toBe(
      'the government',
    );
  });
});

describe('"listed the names of N" gives the count', () => {
  it('Armenian authorities have listed the names of 1,119 soldiers killed', () => {
    expect(
      reportersOf(
        'Since 27 September, Armenian authorities have listed the names of 1,119 of their soldiers killed.',
      )[0]?.[1],
    ).toBe('Armenian authorities');
  });
});

describe('"as X was told at Y": Y reports', () => {
  it.each([
    [
      'As the paper was told at the Armenian Ministry of Defence, the number of dead servicemen has reached 2,317.',
      '2,317',
      'the Armenian Ministry of Defence',
    ],
    ['Reporters were told by hospital staff that 14 people had died.', '14', 'hospital staff'],
  ])('%s → %s by %s', (text, number, reporter) => {
    expect(reportersOf(text).find(([n]) => n === number)?.[1] ?? null).toBe(reporter);
  });
});

describe('"Of them, …" opening a sentence splits the count its source gave', () => {
  it.each([
    [
      'The agency informed that 266 citizens have become victims of mines. Of them, 45 were killed and 221 were injured.',
      '45',
      'The agency',
    ],
    ['Mines have hit 266 people since the war. Of them, 45 were killed.', '45', null],
  ])('%s → %s by %s', (text, number, reporter) => {
    expect(reportersOf(text).find(([n]) => n === number)?.[1] ?? null).toBe(reporter);
  });
});

it('"Of them, …, she added" is hers, and so is her next "she said"', () => {
  const text =
    'Government spokeswoman Nazeli Baghdasaryan said on Friday that 97,735 refugees had fled into Armenia. Of them, about 30,000 are children, she added. At the peak, 1,500 refugees an hour were fleeing, she said.';
  expect(reportersOf(text).map(([, r]) => r)).toEqual([
    'Government spokeswoman Nazeli Baghdasaryan',
    'Government spokeswoman Nazeli Baghdasaryan',
    'Government spokeswoman Nazeli Baghdasaryan',
  ]);
});
