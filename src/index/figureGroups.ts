import { categoryRank, type FigureGroup, figureGroup, groupFigures } from '../extract/figures/group.ts';
import type { Figure } from '../extract/types.ts';
import { type LazyList, lazyList } from './lazyList.ts';

/** Per figure, its group (numbered from 1 in any order), or 0 for a part of another figure. */
export function figureGroupIds(figures: readonly Figure[]): Uint32Array {
  const positionOf = new Map(figures.map((f, i) => [f, i]));
  const ids = new Uint32Array(figures.length);
  groupFigures(figures).forEach((group, g) => {
    for (const f of group.figures) ids[positionOf.get(f)!] = g + 1;
  });
  return ids;
}

/**
 * Groups of selected figures, in the order they are listed (killed first, then wounded, missing,
 * displaced, evacuated; within a category by the first selected figure, groups of headline
 * figures only after the rest; within a group the body's figures before the headline's). Counted up front, built
 * as they are read: a reply shows a few pages, so a question selecting every figure of a large
 * corpus builds only the groups it shows.
 */
export interface GroupList extends LazyList<FigureGroup> {
  /** How many figures the groups show (parts not counted). */
  readonly figures: number;
}

/** Positions of items sharing a key, by key: keys 0..count-1, members in ascending position. */
interface Members {
  start: Uint32Array;
  positions: Uint32Array;
}

/**
 * The corpus's figures grouped once (at ingest, see groupFigures): a question gets the groups
 * that hold the figures it selects, each showing only those figures. A group is so the same
 * whichever question finds it: a filter never regroups, and nothing is grouped per question.
 */
export class FigureGroups {
  private members: Members | undefined;
  /** Each figure's parts ("including four employees …"), by the parent's position. */
  private partsByParent: Map<number, number[]> | undefined;
  private categories: Uint8Array | undefined;
  /** Group ids run from 1 to groupCount - 1 (0 marks parts). */
  private readonly groupCount: number;

  constructor(
    private readonly figures: readonly Figure[],
    private readonly groupIds: Uint32Array,
  ) {
    let highest = 0;
    for (const g of groupIds) if (g > highest) highest = g;
    this.groupCount = highest + 1;
  }

  /**
   * The groups of the selected figures (positions, ascending), each with its selected figures
   * and the selected parts of those. A part whose figure is not selected is left out: it is
   * shown only with the figure it belongs to.
   */
  groupsOf(selected: ArrayLike<number>): GroupList {
    const chosen = new Uint8Array(this.figures.length);
    for (let i = 0; i < selected.length; i++) chosen[selected[i]!] = 1;
    const categories = this.categoryRanks();
    const seen = new Uint8Array(this.groupCount);
    // A headline's toll sums up the story: groups the body tells come first in their category.
    const headlineOnly = new Uint8Array(this.groupCount);
    const byCategory: number[][] = [];
    let figures = 0;
    for (let i = 0; i < selected.length; i++) {
      const at = selected[i]!;
      const group = this.groupIds[at]!;
      if (group === 0) continue;
      figures++;
      const inHeadline = this.figures[at]!.line === 'headline';
      if (seen[group]) {
        if (!inHeadline) headlineOnly[group] = 0;
        continue;
      }
      seen[group] = 1;
      headlineOnly[group] = inHeadline ? 1 : 0;
      (byCategory[categories[at]!] ??= []).push(group);
    }
    const order = byCategory.flatMap((groups) => [
      ...(groups ?? []).filter((g) => !headlineOnly[g]),
      ...(groups ?? []).filter((g) => headlineOnly[g]),
    ]);
    const build = (group: number): FigureGroup => {
      const { start, positions } = this.groupMembers();
      const list: Figure[] = [];
      const headlines: Figure[] = [];
      const parts: Figure[] = [];
      for (let k = start[group]!; k < start[group + 1]!; k++) {
        const at = positions[k]!;
        if (!chosen[at]) continue;
        const figure = this.figures[at]!;
        (figure.line === 'headline' ? headlines : list).push(figure);
        for (const p of this.parts().get(at) ?? []) if (chosen[p]) parts.push(this.figures[p]!);
      }
      return figureGroup([...list, ...headlines], parts);
    };
    return Object.assign(
      lazyList(order.length, (i) => build(order[i]!)),
      { figures },
    );
  }

  private categoryRanks(): Uint8Array {
    return (this.categories ??= Uint8Array.from(this.figures, (f) => categoryRank(f.category)));
  }

  private groupMembers(): Members {
    if (this.members) return this.members;
    const groups = this.groupCount;
    const start = new Uint32Array(groups + 1);
    for (const g of this.groupIds) start[g + 1]!++;
    for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
    const next = start.slice(0, groups);
    const positions = new Uint32Array(this.groupIds.length);
    this.groupIds.forEach((g, at) => {
      positions[next[g]!++] = at;
    });
    return (this.members = { start, positions });
  }

  private parts(): Map<number, number[]> {
    if (this.partsByParent) return this.partsByParent;
    const parts = new Map<number, number[]>();
    this.figures.forEach((f, i) => {
      if (this.groupIds[i] !== 0 || !f.partOf) return;
      const parent = this.parentOf(i);
      if (parent === undefined) return;
      const list = parts.get(parent);
      if (list) list.push(i);
      else parts.set(parent, [i]);
    });
    return (this.partsByParent = parts);
  }

  /**
   * A part's figure is in the same document, next to it: looked for there, not in a map of every id.
   * A part of a part ("three of whom were children" in "including 14 civilians") goes with the top figure.
   */
  private parentOf(at: number, depth = 0): number | undefined {
    const { partOf, docId } = this.figures[at]!;
    for (const step of [-1, 1]) {
      for (
        let j = at + step;
        j >= 0 && j < this.figures.length && this.figures[j]!.docId === docId;
        j += step
      ) {
        if (this.figures[j]!.id !== partOf) continue;
        if (this.groupIds[j] !== 0) return j;
        return this.figures[j]!.partOf && depth < 8 ? this.parentOf(j, depth + 1) : undefined;
      }
    }
    return undefined;
  }
}
