/** A statement whose side is not worked out yet. */
const UNSET = 255;

/**
 * Per statement, its side as one number (an index into a list of sides), each worked out the
 * first time a question reaches the statement and kept for the knowledge base's life: grouping
 * or filtering the statements an answer found is then a counting pass over their positions. The
 * first question pays for its own matches only, not for the whole corpus.
 */
export class SideCodes<Side> {
  /** codes[i] is the index in `sides` of statement i's side, or UNSET. */
  private readonly codes: Uint8Array;
  private readonly index: Map<Side, number>;

  /** `sideOf(i)` for any statement position below `count`; `sides` in the order groups are listed. */
  constructor(
    private readonly sides: readonly Side[],
    count: number,
    private readonly sideOfStatement: (i: number) => Side,
  ) {
    if (sides.length >= UNSET) throw new Error(`at most ${UNSET - 1} sides fit a byte`);
    this.index = new Map(sides.map((side, i) => [side, i]));
    this.codes = new Uint8Array(count).fill(UNSET);
  }

  get size(): number {
    return this.codes.length;
  }

  sideOf(position: number): Side {
    return this.sides[this.code(position)]!;
  }

  /** How many statements each side has, in the sides' order, sides without any left out. */
  counts(): Map<Side, number> {
    const counts = new Uint32Array(this.sides.length);
    for (let i = 0; i < this.codes.length; i++) counts[this.code(i)]!++;
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
    for (let i = 0; i < positions.length; i++) if (this.code(positions[i]!) === code) n++;
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
    for (let i = 0; i < positions.length; i++) counts[this.code(positions[i]!)]!++;
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

  private code(position: number): number {
    const code = this.codes[position]!;
    return code !== UNSET ? code : this.workOut(position);
  }

  private workOut(position: number): number {
    const side = this.sideOfStatement(position);
    const code = this.index.get(side);
    if (code === undefined) throw new Error(`side ${String(side)} is not listed`);
    this.codes[position] = code;
    return code;
  }
}
