import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SideCodes } from '../../src/index/sideCodes.ts';

const SIDES = ['armenia', 'azerbaijan', 'media', 'unknown'] as const;
type Side = (typeof SIDES)[number];

/** Statement i's side as a list: what SideCodes is built from. */
const codesOf = (sides: readonly Side[]) => new SideCodes(SIDES, sides.length, (i) => sides[i]!);

/** Positions grouped the plain way: one list per side, in SIDES order, each in the positions' order. */
function groupedPlainly(sides: readonly Side[], positions: readonly number[]) {
  return SIDES.map((side) => ({ side, positions: positions.filter((p) => sides[p] === side) })).filter(
    (g) => g.positions.length > 0,
  );
}

const corpus = fc
  .array(fc.constantFrom(...SIDES), { minLength: 1, maxLength: 200 })
  .chain((sides) =>
    fc.tuple(
      fc.constant(sides),
      fc.uniqueArray(fc.integer({ min: 0, max: sides.length - 1 }), { maxLength: sides.length }),
    ),
  );

describe('every statement side as one number', () => {
  it("gives back each statement's side", () => {
    const codes = codesOf(['media', 'armenia', 'unknown']);
    expect([0, 1, 2].map((i) => codes.sideOf(i))).toEqual(['media', 'armenia', 'unknown']);
  });

  it('groups positions by side in the sides order, each group keeping the order it was given', () => {
    const codes = codesOf(['media', 'armenia', 'unknown', 'armenia', 'media']);
    const { positions, groups } = codes.group([4, 3, 0, 1, 2]);
    expect(groups).toEqual([
      { side: 'armenia', start: 0, end: 2 },
      { side: 'media', start: 2, end: 4 },
      { side: 'unknown', start: 4, end: 5 },
    ]);
    expect([...positions]).toEqual([3, 1, 4, 0, 2]);
  });

  it('counts the statements of each side present, in the sides order', () => {
    expect([...codesOf(['unknown', 'armenia', 'unknown']).counts()]).toEqual([
      ['armenia', 1],
      ['unknown', 2],
    ]);
  });

  it('refuses a side it was not given (never files a statement under another side)', () => {
    expect(() => new SideCodes(SIDES, 1, () => 'russia' as Side).sideOf(0)).toThrow(/not listed/);
  });

  it('works out each side once, when an answer first reaches the statement', () => {
    const asked: number[] = [];
    const codes = new SideCodes(SIDES, 4, (i) => {
      asked.push(i);
      return SIDES[i]!;
    });
    codes.group([2, 0]);
    codes.onSide([0, 2, 3], 'media');
    expect(asked).toEqual([2, 0, 3]);
  });

  it('groups and filters as a plain grouping does, for any sides and any selection', () => {
    fc.assert(
      fc.property(corpus, ([sides, selected]) => {
        const codes = codesOf(sides);
        const { positions, groups } = codes.group(selected);
        const plain = groupedPlainly(sides, selected);
        expect(
          groups.map((g) => ({ side: g.side, positions: [...positions.subarray(g.start, g.end)] })),
        ).toEqual(plain);
        for (const side of SIDES)
          expect([...codes.onSide(selected, side)]).toEqual(selected.filter((p) => sides[p] === side));
      }),
    );
  });
});
