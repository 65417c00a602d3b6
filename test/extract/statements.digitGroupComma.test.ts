import { describe, expect, it } from 'vitest';
import { extractFrom, speakersAndQuotes } from './statements.helpers.ts';

describe('a comma grouping a figure’s digits is no clause boundary', () => {
  it('given "…, as the officials said <clause>" after a figure, the content is the clause after the verb', () => {
    const text =
      'Hundreds of villagers have fled the valley, fearing reprisals, as the district’s officials said nearly all of its 8,000 people would leave.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:district-officials', 'nearly all of its 8,000 people would leave'],
    ]);
  });

  it('given the same clause with a figure of three digit groups, the content is still the clause', () => {
    const text =
      'Long lines of cars have left the city, fearing shelling, as the police said nearly all of its 1,250,000 people would leave.';
    expect(speakersAndQuotes(text).map(([, content]) => content)).toEqual([
      'nearly all of its 1,250,000 people would leave',
    ]);
  });
});

describe('a source named after "according to" ends at a semicolon', () => {
  it('given "…, according to the ministry; 2,100 of them are children", no one is named with the words after the semicolon', () => {
    const text =
      'By Friday, 18,400 people had registered in Sisian, according to the regional ministry; 2,100 of them are children.';
    const found = extractFrom(text).map((s) => s.mention);
    expect(found.some((m) => m.includes(';'))).toBe(false);
  });
});
