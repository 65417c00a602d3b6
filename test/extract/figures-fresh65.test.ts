import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/** Casualty figures, fresh-65's classes. Sentences written for these tests. */
describe('two grades of a condition joined by "or"', () => {
  it('"were in a serious or critical condition" tells of the hurt', () => {
    expect(figuresOf('The hospital said 45 were in a serious or critical condition.')).toEqual([
      ['wounded', '45', 'The hospital'],
    ]);
  });
});

describe('a partitive fronted before the number', () => {
  it('"of the injured, 40 were …" nests in the count of the injured told two sentences back', () => {
    const figures = extracted(
      'A blast at the market killed 12 people and injured more than 130, officials said.\n\n' +
        'Crowds had gathered there since dawn.\n\n' +
        'The health ministry said that of the injured, 40 were in a critical condition.',
    );
    const total = figures.find((f) => f.number.text === 'more than 130');
    const part = figures.find((f) => f.number.text === '40');
    expect(part).toMatchObject({ category: 'wounded', partOf: total?.id });
  });

  it('a fronted partitive of another kind nests nothing', () => {
    const figures = extracted(
      'A blast at the market killed 12 people, officials said.\n\n' +
        'The health ministry said that of the injured, 40 were in a critical condition.',
    );
    expect(figures.find((f) => f.number.text === '40')?.partOf).toBeUndefined();
  });
});

describe('who reports a toll', () => {
  it('"was telling parliament that …": a saying verb in the progressive', () => {
    expect(
      figuresOf('The defence minister was telling parliament that 64 soldiers had been killed.'),
    ).toEqual([['killed', '64', 'The defence minister']]);
  });

  it('"By Wednesday morning …": a weekday and its part of the day open no subject', () => {
    expect(
      figuresOf(
        'By Wednesday morning the defence minister was telling parliament that 64 soldiers had been killed.',
      ),
    ).toEqual([['killed', '64', 'the defence minister']]);
  });

  it('"put their side\'s toll at": a possessive inside the toll\'s noun phrase', () => {
    expect(figuresOf("Local officials put their side's toll at about 90.")).toEqual([
      ['killed', 'about 90', 'Local officials'],
    ]);
  });

  it('"It put its own losses at": a pronoun that gives its own count', () => {
    expect(
      figuresOf(
        'The border guard service said its posts had come under fire. It put its own losses at 7 soldiers, up from 5 a day earlier.',
      ),
    ).toEqual([
      ['killed', '7', 'The border guard service'],
      ['killed', '5', 'The border guard service'],
    ]);
  });
});
