import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValueTable } from '../../src/index/store/frames.ts';

const trailer = (values: unknown[]) => Buffer.from(JSON.stringify({ values }));

describe('the value table, parsed a batch at a time', () => {
  it('gives what JSON.parse gives, whatever the values (commas, brackets, quotes and escapes inside strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5_000 }), (values) => {
        expect(parseValueTable(trailer(values))).toEqual(JSON.parse(JSON.stringify(values)) as unknown[]);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts across many batches of awkward strings', () => {
    const values = Array.from({ length: 9_001 }, (_, i) =>
      i % 3 === 0 ? `a, "b" ] } [ { \\ ${i}` : i % 3 === 1 ? { k: [i, ',', ']'] } : i,
    );
    expect(parseValueTable(trailer(values))).toEqual(values);
  });

  it('a damaged trailer is refused as JSON.parse would refuse it', () => {
    expect(() => parseValueTable(Buffer.from('{"values":[1,2,'))).toThrow();
    expect(() => parseValueTable(Buffer.from('{"values":[1,2]]}'))).toThrow();
  });
});
