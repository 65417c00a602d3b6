import { describe, expect, it } from 'vitest';
import { predictTimexes } from '../../scripts/eval/tbaq.ts';

/** Sentences written for these tests, read as a piece created on Monday 30 October 2023. */
const timexesOf = (text: string) =>
  predictTimexes({ id: 't', dct: '2023-10-30', text, timexes: [] }).map((t) => [t.text, t.value]);

describe('a range from a date to a weekday', () => {
  it('gives the weekday its own day, not only the range’s start', () => {
    expect(timexesOf('The fund bought 40,000 shares from Oct. 2 to Thursday, a filing showed.')).toEqual([
      ['from Oct. 2', '2023-10-02'],
      ['Thursday', '2023-10-26'],
    ]);
  });

  it('a range between two calendar dates stays one expression', () => {
    expect(timexesOf('The border was shut from Oct. 2 to Oct. 6, officials said.')).toHaveLength(1);
  });
});
