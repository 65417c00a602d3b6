import { describe, expect, it } from 'vitest';
import { normaliseName, slug } from '../../src/extract/entities/normalise.ts';
import { speakersShown } from './statements.helpers.ts';

describe('normaliseName: a plain name takes the short path to the same key', () => {
  it.each([
    ['The Armenian Defence Ministry', 'armenian defense ministry'],
    ['a  government spokesman', 'government spokesperson'],
    ['  Nikol Pashinyan ', 'nikol pashinyan'],
    ['Defences', 'defences'],
    ['An aid worker', 'aid worker'],
    ['the', 'the'],
    ["Azerbaijan's Defence Ministry", 'azerbaijan defense ministry'],
    ['U.S. State Department spokeswoman', 'us state department spokesperson'],
  ])('"%s" is "%s"', (mention, key) => {
    expect(normaliseName(mention)).toBe(key);
  });
});

describe('names are ASCII-folded, also letters NFD leaves whole (CONVENTIONS rule 2)', () => {
  it.each([
    ['Mehmet Yıldırım', 'mehmet yildirim'],
    ['Paweł Nowak', 'pawel nowak'],
    ['Søren Østergaard', 'soren ostergaard'],
    ['Đorđe Petrović', 'dorde petrovic'],
    ['Jürgen Strauß', 'jurgen strauss'],
    ['Ægir Björnsson', 'aegir bjornsson'],
    ['Gülşen Ağaoğlu', 'gulsen agaoglu'],
  ])('"%s" is "%s"', (mention, key) => {
    expect(normaliseName(mention)).toBe(key);
  });

  it('a speaker not in the gazetteer gets an ASCII slug', () => {
    expect(slug('Mehmet Yıldırım')).toBe('mehmet-yildirim');
  });
});

describe('a speaker whose name holds a dotless ı is filed under its ASCII spelling', () => {
  it('"Presidential aide Mehmet Yıldırım said that …" → text:mehmet-yildirim, and "According to Yıldırım" the same', () => {
    const text =
      'Presidential aide Mehmet Yıldırım said that the talks would go on.\n\nAccording to Yıldırım, the border was calm.';
    expect(speakersShown(text)).toEqual(['text:mehmet-yildirim', 'text:mehmet-yildirim']);
  });
});
