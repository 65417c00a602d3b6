import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { KnowledgeBase, TimelineHead } from '../index/knowledgeBase.ts';
import { type LazyList, lazyList } from '../index/lazyList.ts';
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
  /** Every document, in corpus order; built as a reply's pages read them. */
  entries: LazyList<SourceEntry>;
  warnings: readonly LoadWarning[];
}

const remembered = answerStore<Answer<Sources>>();

export function sources(kb: KnowledgeBase): Answer<Sources> {
  return remembered(kb, '', () => listSources(kb));
}

function listSources(kb: KnowledgeBase): Answer<Sources> {
  if (kb.documents.size === 0)
    return notFound('The corpus folder has no readable documents. Add `.txt` or `.md` articles to it.');
  const documents = [...kb.documents.values()];
  const entries = lazyList(
    documents.length,
    (i): SourceEntry => ({
      document: documents[i]!,
      timeline: kb.timelines.get(documents[i]!.id),
      ...kb.countsOf(documents[i]!.id),
    }),
  );
  return found({ entries, warnings: kb.warnings });
}
