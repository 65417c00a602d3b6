import { formatPeriod } from '../answer/period.ts';
import type { Timeline, TimelineEntry } from '../answer/timeline.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, quoteBlock } from './markdown.ts';
import { pagesReply } from './pages.ts';
import type { Reply } from './payload.ts';

const EXCERPT_MAX = 700;

function entryBlock(kb: KnowledgeBase, entry: TimelineEntry): string {
  const lines = [`**${showDate(entry.date)}**`];
  for (const telling of entry.tellings) {
    const first = telling.events[0]!;
    const scheduled = first.scheduled ? ' *(scheduled)*' : '';
    lines.push(`${quoteBlock(kb.slice(first.docId, first.excerpt), EXCERPT_MAX)}${scheduled}`);
    for (const e of telling.events) lines.push(citation(kb, e.docId, e.excerpt));
  }
  return lines.join('\n');
}

export function renderTimeline(kb: KnowledgeBase, answer: Timeline): Reply {
  const sources = new Set(answer.entries.flatMap((e) => e.tellings.flatMap((t) => t.events.map((x) => x.docId))));
  const about = answer.about ? ` about ${code(answer.about)}` : '';
  return pagesReply({
    title: `Timeline: ${formatPeriod(answer.period)}`,
    intro: `${answer.entries.length} dates${about} in ${code(formatPeriod(answer.period))}, in day order, from ${sources.size} ${sources.size === 1 ? 'document' : 'documents'}. Excerpts are verbatim.`,
    blocks: answer.entries.map((e) => entryBlock(kb, e)),
  });
}
