import type { KnowledgeBase } from '../index/knowledgeBase.ts';

const REMEMBERED = 256;

/**
 * A knowledge base never changes (a reload builds a new one), so an answer for the same
 * question can be kept with it: a busy month or every casualty figure is costly the first time.
 * Each command keeps its own store; the oldest answers go first past 256.
 */
export function answerStore<T>(): (kb: KnowledgeBase, key: string, build: () => T) => T {
  const answers = new WeakMap<KnowledgeBase, Map<string, T>>();
  return (kb, key, build) => {
    let byKey = answers.get(kb);
    if (!byKey) answers.set(kb, (byKey = new Map()));
    let answer = byKey.get(key);
    if (answer === undefined) {
      answer = build();
      if (byKey.size >= REMEMBERED) byKey.delete(byKey.keys().next().value!);
      byKey.set(key, answer);
    }
    return answer;
  };
}
