import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { KnowledgeBase, TimelineHead } from '../index/knowledgeBase.ts';
import { answerStore } from './remember.ts';
import { type Answer, found, notFound } from './result.ts';

export interface SourceEntry {
  document: CorpusDocument;
  timeline: TimelineHead | undefined;
  statements: number;
  events: number;
  figures: number;
}

export interface Sources {
  entries: SourceEntry[];
  warnings: readonly LoadWarning[];
}

const remembered = answerStore<Answer<Sources>>();

export function sources(kb: KnowledgeBase): Answer<Sources> {
  return remembered(kb, '', () => listSources(kb));
}

function listSources(kb: KnowledgeBase): Answer<Sources> {
  if (kb.documents.size === 0) return notFound('The corpus folder has no readable documents. Add `.txt` or `.md` articles to it.');
  const entries = [...kb.documents.values()].map((document) => ({
    document,
    timeline: kb.timelines.get(document.id),
    ...kb.countsOf(document.id),
  }));
  return found({ entries, warnings: kb.warnings });
}
