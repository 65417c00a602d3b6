import { formatPeriod } from '../answer/period.ts';
import type { Timeline, TimelineEntry } from '../answer/timeline.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, quoteBlock } from './markdown.ts';
import { LIMITS, pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';
import { searchedAs } from './placeNote.ts';

const EXCERPT_MAX = 700;

function entryBlock(kb: KnowledgeBase, entry: TimelineEntry): string {
  const lines = [`**${showDate(entry.date)}**`];
  // One date fills at most one page; the rest is counted, not rendered, so a busy day stays fast.
  const enough = LIMITS.description - 700;
  let length = lines[0]!.length;
  let shown = 0;
  const add = (line: string) => {
    lines.push(line);
    length += line.length + 1;
  };
  for (const telling of entry.tellings) {
    if (length > enough) break;
    const first = telling.events[0]!;
    if (first.scheduled) add('*Scheduled, as of the source:*');
    add(quoteBlock(kb.slice(first.docId, first.excerpt), EXCERPT_MAX));
    for (const [i, e] of telling.events.entries()) {
      if (i > 0 && length > enough) break; // an excerpt always keeps its first citation
      add(citation(kb, e.docId, e.excerpt));
      shown++;
    }
  }
  if (shown < entry.reports)
    lines.push(`*…and ${entry.reports - shown} more reports of this date: add \`about:\` to narrow it.*`);
  return lines.join('\n');
}

export function renderTimeline(kb: KnowledgeBase, answer: Timeline): Reply {
  const about = answer.about ? ` about ${code(answer.about)}${searchedAs(answer.about)}` : '';
  return pagesReply({
    title: `Timeline: ${formatPeriod(answer.period)}`,
    intro: `${answer.entries.length} ${answer.entries.length === 1 ? 'date' : 'dates'}${about} in ${code(formatPeriod(answer.period))}, in day order, from ${answer.documents} ${answer.documents === 1 ? 'document' : 'documents'}. Excerpts are verbatim.`,
    blocks: renderEach(answer.entries, (e) => entryBlock(kb, e)),
    total: answer.entries.length,
  });
}
