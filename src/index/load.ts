// Placeholder: the lead is writing the real knowledge-base loader.
import type { KnowledgeBase } from './knowledgeBase.ts';

export interface LoadOptions {
  corpusDir: string;
  cacheDir?: string;
}

export async function loadKnowledgeBase(options: LoadOptions): Promise<KnowledgeBase> {
  void options;
  return { ready: true };
}
