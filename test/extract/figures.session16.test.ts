import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

describe('a death toll whose subject runs past a relative clause', () => {
  it.each([
    [
      "The death toll from Monday's explosion at a fuel depot outside the city, where crowds had gathered to " +
        'fill up for the journey, has climbed to 170, the health authorities reported.',
      'killed',
      '170',
    ],
    [
      'The toll from the shelling of the market in the old town, which had been crowded with shoppers ' +
        'before the holiday, rose to at least 41 on Sunday, officials said.',
      'killed',
      'at least 41',
    ],
  ])('%s', (sentence, category, number) => {
    expect(figuresOf(sentence)[0]?.slice(0, 2)).toEqual([category, number]);
  });

  it('a further count of another kind after it is a count, not a change', () => {
    const text =
      "The death toll from Monday's explosion at a fuel depot outside the city, where crowds had gathered to " +
      'fill up, has climbed to 170, officials reported. A further 20 people are missing.';
    const figures = extracted(text);
    expect(figures.map((f) => [f.category, f.number.text, f.kind ?? 'total'])).toEqual([
      ['killed', '170', 'total'],
      ['missing', '20', 'total'],
    ]);
  });
});

describe('a combined toll of killed and missing is no count of the killed', () => {
  it.each([
    'Officials said in 2022 that 207 servicemen had been killed or gone missing in the clashes.',
    'The ministry says 95 soldiers were killed or went missing during the offensive.',
    'At least 60 people were killed or reported missing, the rescuers said.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence).filter(([c]) => c === 'killed')).toEqual([]);
  });

  it('killed, then missing counted apart, keeps both', () => {
    expect(figuresOf('Twelve soldiers were killed and 20 went missing, the ministry said.')).toEqual([
      ['killed', 'Twelve', 'the ministry'],
      ['missing', '20', 'the ministry'],
    ]);
  });
});

describe('a part told after its whole: "among the dead were …"', () => {
  const shape = (text: string) =>
    extracted(text).map((f, _, all) => [
      f.category,
      f.number.text,
      f.partOf ? all.find((p) => p.id === f.partOf)?.number.text : null,
    ]);

  it('among the dead, in the next sentence', () => {
    expect(shape('At least 40 people were killed in the strike. Among the dead were 14 children.')).toEqual([
      ['killed', 'At least 40', null],
      ['killed', '14', 'At least 40'],
    ]);
  });

  it('among the civilians killed: the part of the civilians, a paragraph on', () => {
    const text =
      'The authorities put the toll at 32 dead, including seven civilians, and more than 200 wounded.\n\n' +
      'The ombudsman said on Wednesday that among the civilians killed were two children.';
    expect(shape(text)).toEqual([
      ['killed', '32', null],
      ['killed', 'seven', '32'],
      ['wounded', 'more than 200', null],
      ['killed', 'two', 'seven'],
    ]);
  });

  it('with no whole of that kind near, it is no part and no count', () => {
    const text =
      'Families crossed the bridge all day.\n\nRelief workers arrived.\n\nAmong the injured were two children, a nurse said.';
    expect(shape(text)).toEqual([]);
  });
});

describe('people taken out of a place were evacuated', () => {
  it.each([
    ['The Red Cross moved more than 400 patients out of the region during the blockade.', 'more than 400'],
    ['Buses brought 2,000 people out of the besieged town on Monday.', '2,000'],
    ['Volunteers got some 150 residents safely out of the village before dawn.', 'some 150'],
  ])('%s', (sentence, number) => {
    expect(figuresOf(sentence).map(([c, n]) => [c, n])).toEqual([['evacuated', number]]);
  });

  it.each([
    'The army took 30 prisoners out of the city.',
    'The ferry carried 300 passengers out of the port.',
  ])('prisoners or passengers moved are no evacuation: %s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});
