import { describe, expect, it } from 'vitest';
import { datedHeadLines, linesFrom } from '../../src/corpus/metadata/lines.ts';

const spans = (text: string, from?: number) =>
  [...linesFrom(text, from)].map(({ start, end, next, text: t }) => [start, end, next, t]);

describe('linesFrom', () => {
  it('given lines ended by \\n, \\r\\n and \\r, cuts each at its break and starts the next past it', () => {
    expect(spans('a\nbc\r\nd\re')).toEqual([
      [0, 1, 2, 'a'],
      [2, 4, 6, 'bc'],
      [6, 7, 8, 'd'],
      [8, 9, 9, 'e'],
    ]);
  });

  it('given blank lines and a closing break, yields the blank lines and nothing after the last break', () => {
    expect(spans('a\n\n\r\n')).toEqual([
      [0, 1, 2, 'a'],
      [2, 2, 3, ''],
      [3, 3, 5, ''],
    ]);
  });

  it('given a start offset, reads from there', () => {
    expect(spans('ab\ncd\ref', 4)).toEqual([
      [4, 5, 6, 'd'],
      [6, 8, 8, 'ef'],
    ]);
  });

  it('given a text without a break, yields it as one line; given none, nothing', () => {
    expect(spans('one line')).toEqual([[0, 8, 8, 'one line']]);
    expect(spans('')).toEqual([]);
  });
});

describe('datedHeadLines', () => {
  it('given blank lines among the head, numbers the first six non-blank lines only', () => {
    const lines = [...datedHeadLines('one\n\ntwo\r\nthree\rfour\nfive\nsix\nseven\n')];
    expect(lines.map((l) => [l.n, l.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
      [4, 'four'],
      [5, 'five'],
      [6, 'six'],
    ]);
  });
});
