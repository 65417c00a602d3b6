import { describe, expect, it } from 'vitest';
import { extracted, figuresOf, reportersOf } from './figures.helpers.ts';

/** Casualty figures, fresh-67's classes. Sentences written for these tests. */
describe('a fronted group, an aside set off by commas, then the inverted verb and its part', () => {
  const text =
    'Six people were killed and 20 injured in the blast, the regional governor said on Friday. ' +
    'Among the injured, according to the governor, are four firefighters.';

  it('the part is counted in the whole the fronted group names', () => {
    const figures = extracted(text);
    const part = figures.find((f) => f.number.text === 'four');
    const whole = figures.find((f) => f.number.text === '20');
    expect(part?.category).toBe('wounded');
    expect(part?.partOf).toBe(whole?.id);
  });

  it('without the aside, as before', () => {
    const plain = text.replace(', according to the governor,', '');
    expect(figuresOf(plain).map(([category, number]) => [category, number])).toContainEqual([
      'wounded',
      'four',
    ]);
  });
});

describe('an idiom of a preposition and a bare noun between a subject and its reporting verb', () => {
  it.each([
    'The officials in Goris, the nearest town, in turn reported that shells had landed there. According to them, two residents died.',
    'The officials in Goris for their part reported that shells had landed there. According to them, two residents died.',
  ])('"%s": "them" is the subject, not the idiom\'s noun', (text) => {
    expect(figuresOf(text)).toEqual([['killed', 'two', 'The officials in Goris']]);
  });
});

describe("a pronoun opening a clause joined to the first one takes that clause's subject", () => {
  it('after a semicolon', () => {
    expect(
      reportersOf(
        'The rebels have counted 300 dead fighters since May. Georgia does not give its own losses; it says 20 villagers have been killed.',
      ),
    ).toEqual([
      ['300', 'The rebels'],
      ['20', 'Georgia'],
    ]);
  });

  it('after ", but"', () => {
    expect(
      reportersOf('The ministry has given no figure for soldiers, but it said 12 civilians were killed.'),
    ).toEqual([['12', 'The ministry']]);
  });

  it('"he" never stands for a body', () => {
    expect(
      reportersOf('The ministry has given no figure for soldiers, but he said 12 civilians were killed.'),
    ).not.toContainEqual(['12', 'The ministry']);
  });
});

describe('a count coordinated with a singular noun phrase shares its verb', () => {
  it('"two journalists and a local official were killed": two killed', () => {
    expect(
      figuresOf('In June, two journalists and a local official were killed when their car hit a mine.'),
    ).toEqual([['killed', 'two', null]]);
  });

  it('a conjunct that is a clause is no noun phrase', () => {
    expect(figuresOf('Five people and the army said 3 were killed.')).toEqual([['killed', '3', 'the army']]);
  });
});

describe("a part's own verb picks which of the sentence's wholes it belongs to", () => {
  it('"… killed and … wounded, among them 12 children killed": in the killed', () => {
    const figures = extracted(
      'The office says 80 civilians have been killed and 300 wounded, among them 9 children killed.',
    );
    const byNumber = new Map(figures.map((f) => [f.number.text, f]));
    expect(byNumber.get('9')?.category).toBe('killed');
    expect(byNumber.get('9')?.partOf).toBe(byNumber.get('80')?.id);
  });
});

describe('a change whose subject names a count in no category points back to no figure', () => {
  it('"the number of mine victims has increased by 64" after a toll: no figure', () => {
    expect(
      figuresOf(
        'Last year two deminers were killed. Since then, the number of mine victims has increased by 64.',
      ),
    ).toEqual([['killed', 'two', null]]);
  });

  it('"the number of dead has risen by 2" is still the toll\'s change', () => {
    expect(figuresOf('Three soldiers were killed. The number of dead has risen by 2.')).toContainEqual([
      'killed',
      '2',
      null,
    ]);
  });
});
