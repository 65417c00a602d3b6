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
