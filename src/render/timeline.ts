import { formatPeriod } from '../answer/period.ts';
import type { Timeline, TimelineEntry } from '../answer/timeline.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, quoteBlock } from './markdown.ts';
import { LIMITS, pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';

const EXCERPT_MAX = 700;

function entryBlock(kb: KnowledgeBase, entry: TimelineEntry): string {
  const lines = [`**${showDate(entry.date)}**`];
  // Paging cuts a block to one page; a busy date need not render a thousand excerpts first.
  // Twice the page limit in code units is past the cut whatever the text holds.
  const enough = 2 * LIMITS.description;
  let length = lines[0]!.length;
  const add = (line: string) => {
    lines.push(line);
    length += line.length + 1;
  };
  for (const telling of entry.tellings) {
    if (length > enough) break;
    const first = telling.events[0]!;
    if (first.scheduled) add('*Scheduled, as of the source:*');
    add(quoteBlock(kb.slice(first.docId, first.excerpt), EXCERPT_MAX));
    for (const e of telling.events) {
      if (length > enough) break;
      add(citation(kb, e.docId, e.excerpt));
    }
  }
  return lines.join('\n');
}

export function renderTimeline(kb: KnowledgeBase, answer: Timeline): Reply {
  const sources = new Set(answer.entries.flatMap((e) => e.tellings.flatMap((t) => t.events.map((x) => x.docId))));
  const about = answer.about ? ` about ${code(answer.about)}` : '';
  return pagesReply({
    title: `Timeline: ${formatPeriod(answer.period)}`,
    intro: `${answer.entries.length} ${answer.entries.length === 1 ? 'date' : 'dates'}${about} in ${code(formatPeriod(answer.period))}, in day order, from ${sources.size} ${sources.size === 1 ? 'document' : 'documents'}. Excerpts are verbatim.`,
    blocks: renderEach(answer.entries, (e) => entryBlock(kb, e)),
    total: answer.entries.length,
  });
}
