import { LRUCache } from 'lru-cache';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';

const REMEMBERED = 256;

/**
 * A knowledge base never changes (a reload builds a new one), so an answer for the same
 * question can be kept with it: a busy month or every casualty figure is costly the first time.
 * Each command keeps its own store; the least recently asked answers go first past 256.
 */
export function answerStore<T extends {}>(): (kb: KnowledgeBase, key: string, build: () => T) => T {
  const answers = new WeakMap<KnowledgeBase, LRUCache<string, T>>();
  return (kb, key, build) => {
    let byKey = answers.get(kb);
    if (!byKey) {
      byKey = new LRUCache<string, T>({ max: REMEMBERED });
      answers.set(kb, byKey);
    }
    let answer = byKey.get(key);
    if (answer === undefined) {
      answer = build();
      byKey.set(key, answer);
    }
    return answer;
  };
}
