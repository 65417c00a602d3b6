import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { DocumentTimeline } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { type Answer, found, notFound } from './result.ts';

export interface SourceEntry {
  document: CorpusDocument;
  timeline: DocumentTimeline | undefined;
  statements: number;
  events: number;
  figures: number;
}

export interface Sources {
  entries: SourceEntry[];
  warnings: readonly LoadWarning[];
}

export function sources(kb: KnowledgeBase): Answer<Sources> {
  if (kb.documents.size === 0) return notFound('The corpus folder has no readable documents. Add `.txt` or `.md` articles to it.');
  const count = (items: readonly { docId: string }[]) => {
    const n = new Map<string, number>();
    for (const i of items) n.set(i.docId, (n.get(i.docId) ?? 0) + 1);
    return n;
  };
  const statements = count(kb.statements);
  const events = count(kb.events);
  const figures = count(kb.figures);
  const entries = [...kb.documents.values()].map((document) => ({
    document,
    timeline: kb.timelines.get(document.id),
    statements: statements.get(document.id) ?? 0,
    events: events.get(document.id) ?? 0,
    figures: figures.get(document.id) ?? 0,
  }));
  return found({ entries, warnings: kb.warnings });
}
