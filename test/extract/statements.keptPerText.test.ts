import { describe, expect, it } from 'vitest';
import { KeptResults, keptPerText } from '../../src/extract/statements/keptPerText.ts';

describe('KeptResults: a bounded memory that keeps the texts asked for again and again', () => {
  it('gives back what was kept, and undefined for a text never kept', () => {
    const kept = new KeptResults<number>(10);
    kept.set('the ministry said', 1);
    expect(kept.get('the ministry said')).toBe(1);
    expect(kept.get('the embassy said')).toBeUndefined();
  });

  it('keeps a kept null apart from a text never kept', () => {
    const kept = new KeptResults<string | null>(10);
    kept.set('Residents of Goris', null);
    expect(kept.get('Residents of Goris')).toBeNull();
  });

  it('never holds more than its limit', () => {
    const kept = new KeptResults<number>(10);
    for (let i = 0; i < 1000; i++) kept.set(`sentence ${i}`, i);
    const held = Array.from({ length: 1000 }, (_, i) => kept.get(`sentence ${i}`)).filter(
      (v) => v !== undefined,
    );
    expect(held.length).toBeLessThanOrEqual(10);
    // The newest are the ones held.
    expect(kept.get('sentence 999')).toBe(999);
  });

  it('keeps a boilerplate sentence asked for in every document among many read once', () => {
    const kept = new KeptResults<string>(10);
    kept.set('The conflict dates back to the late 1980s.', 'background');
    for (let doc = 0; doc < 200; doc++) {
      for (let s = 0; s < 4; s++) kept.set(`doc ${doc} sentence ${s}`, 'once');
      expect(kept.get('The conflict dates back to the late 1980s.')).toBe('background');
    }
  });
});

describe('keptPerText reads each text once', () => {
  it('reads a text again only after it has been dropped', () => {
    const read: string[] = [];
    const length = keptPerText((text: string) => {
      read.push(text);
      return text.length;
    });
    expect(length('Kremlin spokesman Dmitry Peskov')).toBe(31);
    expect(length('Kremlin spokesman Dmitry Peskov')).toBe(31);
    expect(read).toEqual(['Kremlin spokesman Dmitry Peskov']);
  });

  it('keeps an undefined result as read', () => {
    let reads = 0;
    const nothing = keptPerText((_text: string): undefined => {
      reads++;
      return undefined;
    });
    nothing('officials');
    nothing('officials');
    expect(reads).toBe(1);
  });
});
