import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { DocumentTimeline } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { lazyList } from '../index/lazyList.ts';
import type { ItemList } from './excerpt.ts';
import { answerStore } from './remember.ts';
import { type Answer, found, notFound } from './result.ts';

export interface SourceEntry {
  /** The document's name and metadata (never its text). */
  document: Pick<CorpusDocument, 'id' | 'file' | 'meta'>;
  /** The date it is placed at on the timeline, and how that date was obtained. */
  timeline: Pick<DocumentTimeline, 'reference' | 'referenceBasis'> | undefined;
  statements: number;
  events: number;
  figures: number;
}

export interface Sources {
  /** Every document, in corpus order; built as a reply's pages read them. */
  entries: ItemList<SourceEntry>;
  warnings: readonly LoadWarning[];
}

const remembered = answerStore<Answer<Sources>>();

export function sources(kb: KnowledgeBase): Answer<Sources> {
  return remembered(kb, '', () => listSources(kb));
}

function listSources(kb: KnowledgeBase): Answer<Sources> {
  if (kb.documents.size === 0)
    return notFound(['The corpus folder has no readable documents. Add `.txt` or `.md` articles to it.']);
  const documents = [...kb.documents.values()];
  const entries = lazyList(documents.length, (i): SourceEntry => {
    const { id, file, meta } = documents[i]!;
    const timeline = kb.timelines.get(id);
    return {
      document: { id, file, meta },
      timeline: timeline && { reference: timeline.reference, referenceBasis: timeline.referenceBasis },
      ...kb.countsOf(id),
    };
  });
  return found({ entries, warnings: kb.warnings });
}
