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

  it('holds one with a whole unit or ten in any case, at either end of the sentence', () => {
    expect(mayHoldNumber('FORTY buses waited at the checkpoint.')).toBe(true);
    expect(mayHoldNumber('Of the wounded, the hospital said it treated twelve')).toBe(true);
    expect(mayHoldNumber('The convoy, Seventeen trucks long, moved north.')).toBe(true);
  });

  it('holds one with a scale or vague word inside a longer word', () => {
    expect(mayHoldNumber('Prices rose a thousandfold in the besieged town.')).toBe(true);
    expect(mayHoldNumber('HUNDREDS were reported missing.')).toBe(true);
  });

  it('holds none with a unit joined to other word characters', () => {
    expect(mayHoldNumber('The one_way road to Lachin stayed shut.')).toBe(false);
    expect(mayHoldNumber('Often the crossing stood empty by noon.')).toBe(false);
    expect(mayHoldNumber('Tension rose along the line of contact.')).toBe(false);
  });

  it('holds one with a unit set off by a letter outside ASCII, which no word boundary counts', () => {
    expect(mayHoldNumber('The dispatch read éone and nothing more.')).toBe(true);
  });
});
