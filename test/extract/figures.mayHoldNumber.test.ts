import { describe, expect, it } from 'vitest';
import { mayHoldNumber } from '../../src/extract/figures/numbers.ts';

describe('which sentences may hold a number', () => {
  it('holds one with a digit', () => {
    expect(mayHoldNumber('The ministry said 12 servicemen were wounded.')).toBe(true);
  });

  it('holds one with a number word in any case', () => {
    expect(mayHoldNumber('Dozens of families left the village overnight.')).toBe(true);
    expect(mayHoldNumber('Three soldiers were killed, officials said.')).toBe(true);
    expect(mayHoldNumber('Several hundred people gathered in the square.')).toBe(true);
  });

  it('holds none with a number word only inside another word', () => {
    expect(mayHoldNumber('Someone at the border post confirmed the shelling.')).toBe(false);
    expect(mayHoldNumber('Negotiators met again in Brussels on Tuesday.')).toBe(false);
  });
});
