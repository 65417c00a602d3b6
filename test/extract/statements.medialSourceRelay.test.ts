import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: who speaks (as an id), through whom, and what they said. */
function said(text: string): { speaker: string; via?: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    ...(s.via ? { via: s.via.id } : {}),
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('"Lavrov, according to the spokeswoman, believes that …": a source set inside relays the named one', () => {
  it('the source says the whole clause from the name on, and the named person says the that-clause through it', () => {
    const text =
      'Lavrov, according to the ministry\'s spokeswoman, believes that the talks "can still succeed."';
    expect(said(text)).toEqual([
      { speaker: 'text:ministry-spokesperson', quote: text },
      { speaker: 'lavrov', via: 'text:ministry-spokesperson', quote: 'the talks "can still succeed."' },
    ]);
  });

  it('"according to a statement from his office": the office that issued the paper is the source', () => {
    const text =
      'Pashinyan, according to a statement from his office, told the visiting envoy that the border would stay calm.';
    expect(said(text).map((s) => [s.speaker, s.via])).toEqual([
      ['text:nikol-pashinyan-office', undefined],
      ['pashinyan', 'text:nikol-pashinyan-office'],
    ]);
  });

  it('no saying after the source, no relayed statement', () => {
    expect(said("Lavrov, according to the ministry's spokeswoman, met the envoy on Friday.")).toEqual([]);
  });
});
