import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { decodeTermIndex, encodeTermIndex } from '../../src/index/store/codec.ts';
import { type ExpansionOptions, TermIndex } from '../../src/index/termIndex.ts';

const OPTIONS: ExpansionOptions = {
  fuzzy: (term) => (term.length > 4 ? 0.25 : false),
  prefix: (term) => term.length > 3,
};

const TEXTS = [
  'The Secretary emphasized that there is no military solution.',
  'Azerbaijan must cease military actions in Nagorno-Karabakh immediately.',
  'Humanitarian access to the region must be restored, the ICRC said.',
  'the Lachin corridor must remain open for civilian traffic',
  'A just and lasting peace would benefit both Azerbaijan and Armenia.',
  'local anti-terrorist measures continue successfully',
  'About 5,000 people have fled their homes.',
  'The ceasefire must be respected by both sides.',
];

function minisearchIds(texts: readonly string[], query: string): number[] {
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    searchOptions: { ...OPTIONS, combineWith: 'AND' },
  });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return mini
    .search(query)
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}

/** The distinct words minisearch's tokenizer cuts from a text, lowered. */
function tokensOf(text: string): Set<string> {
  return new Set(
    text
      .split(/[\n\r\p{Z}\p{P}]+/u)
      .map((t) => t.toLowerCase())
      .filter((t) => t.length > 0),
  );
}

/** The terms whose postings hold this item. */
function termsIndexedFor(index: TermIndex, item: number): string[] {
  const { terms, offsets, postings } = index.parts();
  return terms.filter((_, id) => postings.subarray(offsets[id]!, offsets[id + 1]!).includes(item));
}

describe('the item word index', () => {
  it('finds an item by every word of the query, in item order', () => {
    const index = TermIndex.build(TEXTS);
    expect(index.search('military solution', OPTIONS)).toEqual([0]);
    expect(index.search('military', OPTIONS)).toEqual([0, 1]);
    expect(index.search('Azerbaijan', OPTIONS)).toEqual([1, 4]);
  });

  it('forgives a typo in a longer word and completes a prefix, like minisearch', () => {
    const index = TermIndex.build(TEXTS);
    expect(index.search('ceasfire', OPTIONS)).toEqual([7]);
    expect(index.search('humanitarin access', OPTIONS)).toEqual([2]);
    expect(index.search('corr', OPTIONS)).toEqual([3]);
  });

  it('matches nothing for an empty query or an unknown word', () => {
    const index = TermIndex.build(TEXTS);
    expect(index.search('  ', OPTIONS)).toEqual([]);
    expect(index.search('military zebra', OPTIONS)).toEqual([]);
  });

  it('answers the same items as minisearch with the same options, for any texts and query', () => {
    const word = fc.constantFrom(
      'peace',
      'peaceful',
      'peacekeepers',
      'ceasefire',
      'ceasfire',
      'cease',
      'border',
      'borders',
      'armenia',
      'armenian',
      'baku',
      'aid',
      'access',
      'acess',
      'solution',
      'military',
      'the',
      'a',
    );
    const text = fc.array(word, { minLength: 0, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (texts, queryWords) => {
          const query = queryWords.join(' ');
          expect(TermIndex.build(texts).search(query, OPTIONS)).toEqual(minisearchIds(texts, query));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("indexes each text's terms as minisearch's tokenizer cuts and lowers them, ASCII or not", () => {
    const ascii = fc.string({
      unit: fc.constantFrom(...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c))),
    });
    const other = fc.string({
      unit: fc.constantFrom('a', 'Σ', 'Ο', 'İ', 'ß', '.', ' ', '\u00a0', '’', '—', '\ud800', 'É'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(ascii, other, fc.string({ unit: 'grapheme' })), { maxLength: 8 }),
        (texts) => {
          const index = TermIndex.build(texts);
          texts.forEach((text, item) => {
            expect(new Set(termsIndexedFor(index, item))).toEqual(tokensOf(text));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('indexes a long text shared by many items (the events of one run-on sentence) as if read for each', () => {
    const long = fc
      .array(fc.constantFrom('peace', 'Armenia', 'the next day', 'ceasefire,', 'Baku.'), {
        minLength: 1,
        maxLength: 4,
      })
      .map((ws) => `${ws.join(' ')} `.repeat(Math.ceil(1_100 / (ws.join(' ').length + 1))));
    const short = fc
      .array(fc.constantFrom('peace', 'border', 'aid'), { maxLength: 4 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(long, { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(fc.nat({ max: 2 }), short), { minLength: 1, maxLength: 12 }),
        (longs, picks) => {
          const texts = picks.map((p) => (typeof p === 'number' ? longs[p % longs.length]! : p));
          const index = TermIndex.build(texts);
          texts.forEach((text, item) => {
            expect(new Set(termsIndexedFor(index, item))).toEqual(tokensOf(text));
          });
          const { terms, offsets, postings } = index.parts();
          terms.forEach((_, id) => {
            const list = [...postings.subarray(offsets[id]!, offsets[id + 1]!)];
            expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives a round trip through its binary form, and refuses bytes that are not one', () => {
    const index = TermIndex.build(TEXTS);
    const bytes = encodeTermIndex(index.parts(), 'tag-1');
    const parts = decodeTermIndex(bytes, 'tag-1');
    expect(parts).not.toBeNull();
    expect(new TermIndex(parts!).search('peace Armenia', OPTIONS)).toEqual([4]);
    expect(decodeTermIndex(bytes, 'tag-2')).toBeNull();
    expect(decodeTermIndex(bytes.subarray(0, bytes.length - 3), 'tag-1')).toBeNull();
    expect(decodeTermIndex(Buffer.from('garbage'), 'tag-1')).toBeNull();
  });
});
