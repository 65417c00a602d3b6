import { describe, expect, it } from 'vitest';
import { lazyList } from '../../src/index/lazyList.ts';

describe('a lazy list: counted up front, items built when read', () => {
  it('builds only the items a reader takes, once each, and yields the same objects again', () => {
    const builds: number[] = [];
    const list = lazyList(10_000, (i) => {
      builds.push(i);
      return { i };
    });
    expect(list.length).toBe(10_000);
    expect(builds).toEqual([]);
    const firstThree = [];
    for (const item of list) {
      firstThree.push(item);
      if (firstThree.length === 3) break;
    }
    expect(builds).toEqual([0, 1, 2]);
    const again = [...list].slice(0, 3);
    expect(again[0]).toBe(firstThree[0]);
    expect(builds.length).toBe(10_000);
  });

  it('an empty list yields nothing', () => {
    expect([...lazyList(0, () => 1)]).toEqual([]);
  });
});
