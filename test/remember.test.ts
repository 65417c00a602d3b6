import { describe, expect, it } from 'vitest';
import { answerStore } from '../src/answer/remember.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';

describe('answers are kept per knowledge base', () => {
  it('the same question on the same knowledge base is built once; a new knowledge base builds again', () => {
    const remembered = answerStore<{ n: number }>();
    const kbA = {} as KnowledgeBase;
    const kbB = {} as KnowledgeBase;
    let builds = 0;
    const build = () => ({ n: ++builds });
    expect(remembered(kbA, '2023-09|', build)).toEqual({ n: 1 });
    expect(remembered(kbA, '2023-09|', build)).toEqual({ n: 1 });
    expect(remembered(kbA, '2023-10|', build)).toEqual({ n: 2 });
    expect(remembered(kbB, '2023-09|', build)).toEqual({ n: 3 });
  });

  it('keeps at most 256 answers, dropping the oldest', () => {
    const remembered = answerStore<number>();
    const kb = {} as KnowledgeBase;
    let builds = 0;
    for (let i = 0; i < 300; i++) remembered(kb, `k${i}`, () => ++builds);
    remembered(kb, 'k299', () => ++builds);
    expect(builds).toBe(300);
    remembered(kb, 'k0', () => ++builds);
    expect(builds).toBe(301);
  });
});
