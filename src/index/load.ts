import { loadCorpus } from '../corpus/load.ts';
import type { LoadWarning } from '../corpus/types.ts';
import { extractCorpus } from '../extract/index.ts';
import { KnowledgeBase } from './knowledgeBase.ts';

export interface LoadOptions {
  corpusDir: string;
  /** Where persisted extractions live; none means extract from scratch. */
  cacheDir?: string;
  /** Reference "now" for year inference (no article is from the future). */
  now?: Date;
  onWarning?: (warning: LoadWarning) => void;
}

export async function loadKnowledgeBase(options: LoadOptions): Promise<KnowledgeBase> {
  const corpus = await loadCorpus(options.corpusDir, options.onWarning);
  const extraction = extractCorpus(corpus.documents, options.now);
  return new KnowledgeBase(corpus.documents, extraction, corpus.warnings);
}
