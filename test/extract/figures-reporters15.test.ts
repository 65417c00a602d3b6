import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/**
 * Who reports a casualty figure, in forms any outlet uses: figures "from" a body as a sentence's subject,
 * a body's short name in brackets before its verb, agency copy's "informs that", a name before its role
 * that ends with another's name, "she said" after a sentence in the writer's own voice; and what reports
 * nothing: "the claim that …" (a noun), a count no one gave ("has never spoken of thousands").
 */

describe('figures from a body report what they count, whatever their verb', () => {
  it.each([
    [
      'Figures from the regional health department speak for themselves: at least 45 people were killed.',
      'the regional health department',
    ],
    ['Official figures from both sides put the number of dead at about 300.', 'both sides'],
    [
      'Data released by the interior ministry show that 27 people were wounded in the clashes.',
      'the interior ministry',
    ],
    [
      'Statistics from the UN refugee agency indicate that some 9,000 people have fled.',
      'the UN refugee agency',
    ],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });

  it('a part in the same sentence has the same reporter', () => {
    expect(
      figuresOf('Figures from the provincial governor show 60 people were killed, among them 12 children.'),
    ).toEqual([
      ['killed', '60', 'the provincial governor'],
      ['killed', '12', 'the provincial governor'],
    ]);
  });

  it('figures with no body named report nothing', () => {
    expect(figuresOf('Official figures show that 80 people were killed.')[0]?.[2]).toBeNull();
  });
});

describe("a body's short name in brackets before its verb", () => {
  it.each([
    [
      "Three deminers were wounded in a blast near Aghdam, Azerbaijan's Mine Action Agency (ANAMA) said.",
      "Azerbaijan's Mine Action Agency (ANAMA)",
    ],
    [
      'Four civilians were killed on Sunday, the International Committee of the Red Cross (ICRC) has said.',
      'the International Committee of the Red Cross (ICRC)',
    ],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });
});

describe('"informs that", as agency copy reports', () => {
  it('the body that informs reports the count', () => {
    expect(
      figuresOf('The Ministry of Emergency Situations informs that five people were injured in Jermuk.'),
    ).toEqual([['wounded', 'five', 'The Ministry of Emergency Situations']]);
  });
});

describe('a name before its role, the role ending with another name', () => {
  it('the name first is who said it', () => {
    expect(
      figuresOf(
        'In Baku, Aylin Mammadova, the spokeswoman for Foreign Minister Jeyhun Bayramov, said that 14 soldiers were killed.',
      )[0]?.[2],
    ).toBe('Aylin Mammadova');
  });
});

describe('"she said" after a sentence in the writer\'s own voice', () => {
  it('the pronoun reaches back past a sentence that names no one', () => {
    const text =
      'Maria Lopez, a spokeswoman for the regional government, said 12,000 displaced people had arrived by noon. ' +
      'That is far more than on any day last week. At the peak, she said, about 900 people an hour were crossing.';
    expect(figuresOf(text).at(-1)?.[2]).toBe('Maria Lopez');
  });

  it('not past a sentence that names another source', () => {
    const text =
      'Maria Lopez, a spokeswoman for the regional government, said 12,000 displaced people had arrived by noon. ' +
      'The Red Cross said it had set up two more camps. At the peak, she said, about 900 people an hour were crossing.';
    expect(figuresOf(text).at(-1)?.[2]).toBeNull();
  });
});

describe('nouns and denials report nothing', () => {
  it('"the claim that" is a noun: no one named "The" reports', () => {
    expect(figuresOf('The claim that 3,000 civilians were killed is false.')[0]?.[2] ?? null).toBeNull();
  });

  it('a count no one gave is no figure', () => {
    expect(
      figuresOf('Stepanyan raised his figure twice, but he has never spoken of thousands of dead.'),
    ).toEqual([]);
    expect(figuresOf('The ministry did not mention 500 dead, as the posts claimed.')).toEqual([]);
  });
});

describe('a part of a part, named by its noun', () => {
  it('"two of the dead civilians" nests in the civilians, not the total', () => {
    const fs = extracted(
      'At least 40 people, including nine civilians, were killed, the ministry said. ' +
        'It said later that two of the dead civilians were children.',
    );
    const byNumber = new Map(fs.map((f) => [f.number.text, f]));
    expect(byNumber.get('two')?.partOf).toBe(byNumber.get('nine')?.id);
    expect(byNumber.get('nine')?.partOf).toBe(byNumber.get('At least 40')?.id);
  });
});

describe('"have left", with no place, where refugees are spoken of', () => {
  it.each([
    'More than 90,000 people, almost the whole population, have now left, as the exodus goes on.',
    'Some 2,000 residents have left since Sunday, fleeing the shelling.',
  ])('%s', (text) => {
    expect(figuresOf(text)[0]?.[0]).toBe('displaced');
  });

  it('"people left" without "have" may be those remaining; actors never flee', () => {
    expect(figuresOf('Only 300 people left in the village are elderly, refugees say.')).toEqual([]);
    expect(figuresOf('The 40 journalists had left by noon, as the exodus went on.')).toEqual([]);
  });
});

describe('"That is up by N on …\'s figure": the writer\'s own comparison is a change', () => {
  it('of the count just given, with no reporter of its own', () => {
    const fs = extracted(
      'Officials said 70,500 displaced people had arrived by noon. That is up by more than 20,000 on the morning figure.',
    );
    expect(fs.map((f) => [f.category, f.number.text, f.kind ?? 'total', f.reporter?.text ?? null])).toEqual([
      ['displaced', '70,500', 'total', 'Officials'],
      ['displaced', 'more than 20,000', 'change', null],
    ]);
  });
});

describe('people taken in, where refugees are spoken of, were displaced', () => {
  it.each([
    [
      'Officials here say they registered 6,000 people on the busiest day, as refugees kept coming.',
      'Officials here',
    ],
    ['The town has sheltered 4,000 residents of the region since the exodus began.', null],
  ])('%s', (text, reporter) => {
    expect(figuresOf(text)[0]?.slice(0, 1)).toEqual(['displaced']);
    expect(figuresOf(text)[0]?.[2]).toBe(reporter);
  });

  it('nothing is said of those registered elsewhere', () => {
    expect(figuresOf('The commission registered 3,000 voters in the town.')).toEqual([]);
    expect(figuresOf('The clinic registered 300 people for vaccination on Monday.')).toEqual([]);
  });
});
