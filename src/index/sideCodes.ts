/**
 * Per statement, its side as one number (an index into a list of sides), worked out once per
 * knowledge base: grouping or filtering the statements an answer found is then a counting pass
 * over their positions, with no side looked up per statement and question.
 */
export class SideCodes<Side> {
  private constructor(
    private readonly sides: readonly Side[],
    /** codes[i] is the index in `sides` of statement i's side. */
    private readonly codes: Uint8Array,
  ) {}

  /** `sideOf(i)` for every statement position below `count`; `sides` in the order groups are listed. */
  static build<Side>(sides: readonly Side[], count: number, sideOf: (i: number) => Side): SideCodes<Side> {
    if (sides.length > 256) throw new Error('at most 256 sides fit a byte');
    const index = new Map(sides.map((side, i) => [side, i]));
    const codes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const code = index.get(sideOf(i));
      if (code === undefined) throw new Error(`side ${String(sideOf(i))} is not listed`);
      codes[i] = code;
    }
    return new SideCodes(sides, codes);
  }

  get size(): number {
    return this.codes.length;
  }

  sideOf(position: number): Side {
    return this.sides[this.codes[position]!]!;
  }

  /** How many statements each side has, in the sides' order, sides without any left out. */
  counts(): Map<Side, number> {
    const counts = new Uint32Array(this.sides.length);
    for (const code of this.codes) counts[code]!++;
    const out = new Map<Side, number>();
    this.sides.forEach((side, code) => {
      if (counts[code]! > 0) out.set(side, counts[code]!);
    });
    return out;
  }

  /** The positions whose statement is on `side`, in their order. */
  onSide(positions: ArrayLike<number>, side: Side): Uint32Array {
    const code = this.sides.indexOf(side);
    let n = 0;
    for (let i = 0; i < positions.length; i++) if (this.codes[positions[i]!] === code) n++;
    const out = new Uint32Array(n);
    n = 0;
    for (let i = 0; i < positions.length; i++)
      if (this.codes[positions[i]!] === code) out[n++] = positions[i]!;
    return out;
  }

  /**
   * The positions grouped by side, in the sides' order, each group keeping the positions' order
   * (a stable counting sort): `positions` holds them all, group g being positions[start, end).
   */
  group(positions: ArrayLike<number>): {
    positions: Uint32Array;
    groups: { side: Side; start: number; end: number }[];
  } {
    const counts = new Uint32Array(this.sides.length);
    for (let i = 0; i < positions.length; i++) counts[this.codes[positions[i]!]!]!++;
    const next = new Uint32Array(this.sides.length);
    const groups: { side: Side; start: number; end: number }[] = [];
    let start = 0;
    for (let code = 0; code < this.sides.length; code++) {
      next[code] = start;
      if (counts[code]! === 0) continue;
      groups.push({ side: this.sides[code]!, start, end: start + counts[code]! });
      start += counts[code]!;
    }
    const out = new Uint32Array(positions.length);
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      out[next[this.codes[position]!]!++] = position;
    }
    return { positions: out, groups };
  }
}
