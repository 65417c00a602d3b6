import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a relayed call, then what the caller told the one called (CONVENTIONS 14)', () => {
  it('"X said Y had spoken with Z and told him that …": Y told Z, not X', () => {
    const text =
      'State Department spokesperson Ned Price said Secretary of State Antony Blinken had spoken with President Ilham Aliyev and told him that the border dispute had no military solution.';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'price',
        undefined,
        'Secretary of State Antony Blinken had spoken with President Ilham Aliyev and told him that the border dispute had no military solution',
      ],
      ['blinken', 'price', 'the border dispute had no military solution'],
    ]);
  });

  it('"… and that he had told them <clause>": the principal’s words after "told them"', () => {
    const text =
      'The Russian Ministry of Defense said that Sergei Shoigu had held telephone talks with his counterparts and that he had told them the truce "must hold at any cost."';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'shoigu',
      'mod-russia',
      'the truce "must hold at any cost."',
    ]);
  });

  it('a second saying after a relayed act that is no call stays the relayer’s', () => {
    const text =
      'Arayik Harutyunyan said his forces had struck depots near the town and warned that other cities could be next.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['harutyunyan', 'harutyunyan']);
  });

  it('"told him to …" gives the principal no words', () => {
    const text =
      'The Russian Ministry of Defense said that Sergei Shoigu had held talks with his counterparts and told them to withdraw.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['mod-russia']);
  });
});
