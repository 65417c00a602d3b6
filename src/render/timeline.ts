import { formatPeriod } from '../answer/period.ts';
import type { Timeline, TimelineEntry } from '../answer/timeline.ts';
import { citation, showDate } from './cite.ts';
import { code, quoteBlock } from './markdown.ts';
import { LIMITS, pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';
import { searchedAs } from './placeNote.ts';

const EXCERPT_MAX = 700;

function entryBlock(entry: TimelineEntry): string {
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
    if (telling.scheduled) add('*Scheduled, as of the source:*');
    add(quoteBlock(telling.text, EXCERPT_MAX));
    let first = true;
    for (const cited of telling.citations) {
      if (!first && length > enough) break; // an excerpt always keeps its first citation
      add(citation(cited));
      shown++;
      first = false;
    }
  }
  if (shown < entry.reports)
    lines.push(`*…and ${entry.reports - shown} more reports of this date: add \`about:\` to narrow it.*`);
  return lines.join('\n');
}

export function renderTimeline(answer: Timeline): Reply {
  const about = answer.about ? ` about ${code(answer.about)}${searchedAs(answer.about)}` : '';
  return pagesReply({
    title: `Timeline: ${formatPeriod(answer.period)}`,
    intro: `${answer.entries.length} ${answer.entries.length === 1 ? 'date' : 'dates'}${about} in ${code(formatPeriod(answer.period))}, in day order, from ${answer.documents} ${answer.documents === 1 ? 'document' : 'documents'}. Excerpts are verbatim.`,
    blocks: renderEach(answer.entries, entryBlock),
    total: answer.entries.length,
  });
}
