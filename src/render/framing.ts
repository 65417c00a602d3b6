import type { Framing, Wording } from '../answer/framing.ts';
import { type Affiliation, affiliationLabel } from '../extract/entities/affiliations.ts';
import { withBothNames } from '../extract/entities/placeNames.ts';
import type { DatedEvent } from '../extract/types.ts';
import type { FramingEntry } from '../index/characterisations.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { citation, showDate } from './cite.ts';
import { code, escapeMarkdown, label, quoteBlock } from './markdown.ts';
import { pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';

const EXCERPT_MAX = 700;
const TOLD_SHOWN = 2;

/** The quoted words inline, verbatim: escaped so they cannot format, never re-worded. */
function words(kb: KnowledgeBase, w: { docId: string; phrase: { start: number; end: number } }): string {
  return `“${escapeMarkdown(kb.slice(w.docId, w.phrase).replace(/\s+/g, ' '))}”`;
}

function sideHeading(side: Affiliation): string {
  return `__**Side: ${affiliationLabel(side)}**__`;
}

function wordingBlock(kb: KnowledgeBase, w: Wording): string {
  const first = w.tellings[0]!;
  const written =
    first.mention && first.mention.toLowerCase() !== w.speaker?.name.toLowerCase()
      ? ` (in the text: ${label(first.mention)})`
      : '';
  const who = w.speaker
    ? `**${label(withBothNames(w.speaker.name))}**${written}`
    : '**Speaker not stated in the text**';
  const lines = [
    `${who}: ${words(kb, first)}`,
    quoteBlock(kb.slice(first.docId, first.context), EXCERPT_MAX),
  ];
  for (const t of w.tellings) lines.push(citation(kb, t.docId, t.context));
  return lines.join('\n');
}

function toldBlock(kb: KnowledgeBase, date: string, told: readonly DatedEvent[]): string {
  const lines = [`**What the corpus reports for ${date}**`];
  for (const e of told.slice(0, TOLD_SHOWN))
    lines.push(quoteBlock(kb.slice(e.docId, e.excerpt), EXCERPT_MAX), citation(kb, e.docId, e.excerpt));
  if (told.length > TOLD_SHOWN)
    lines.push(`*…and ${told.length - TOLD_SHOWN} more excerpts: see \`/timeline ${date}\`.*`);
  return lines.join('\n');
}

function* eventBlocks(kb: KnowledgeBase, answer: Extract<Framing, { kind: 'event' }>): Generator<string> {
  yield toldBlock(kb, answer.label, answer.told);
  for (const group of answer.bySide) {
    for (const [i, w] of group.wordings.entries())
      yield i === 0 ? `${sideHeading(group.side)}\n${wordingBlock(kb, w)}` : wordingBlock(kb, w);
  }
  if (answer.none.length) {
    const names = answer.none.map(affiliationLabel).join(', ');
    yield answer.bySide.length
      ? `**The corpus has no words for it from:** ${names}.`
      : `**No side’s words for it in the corpus.** None from: ${names}.`;
  }
}

function entryBlock(kb: KnowledgeBase, entry: FramingEntry): string {
  const lines = [`**${showDate(entry.date)}** · ask ${code(`/framing event:${entry.label}`)}`];
  const seen = new Set<string>();
  for (const c of entry.characterisations) {
    const phrase = kb.slice(c.docId, c.phrase).replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(`${c.side}|${phrase}`)) continue;
    seen.add(`${c.side}|${phrase}`);
    lines.push(`${affiliationLabel(c.side)}: ${words(kb, c)} ${citation(kb, c.docId, c.context)}`);
  }
  return lines.join('\n');
}

export function renderFraming(kb: KnowledgeBase, answer: Framing): Reply {
  if (answer.kind === 'events') {
    const n = answer.entries.length;
    const intro = answer.asked
      ? `${n} dates match ${code(answer.asked)}; each with the words each side used, verbatim. Ask for one date to see them in full.`
      : `${n} ${n === 1 ? 'date' : 'dates'} for which the corpus quotes words from more than one side. Ask for one date to see them in full.`;
    return pagesReply({
      title: answer.asked ? 'Framing: several dates' : 'Events described by more than one side',
      intro,
      blocks: renderEach(answer.entries, (e) => entryBlock(kb, e)),
      total: n,
    });
  }
  const sides = answer.bySide.length;
  return pagesReply({
    title: `Framing: ${answer.label}`,
    intro: sides
      ? `The words each side used for what happened on ${showDate(answer.date)}, grouped by side. Quoted words and excerpts are verbatim.`
      : `No side’s words for what happened on ${showDate(answer.date)} in the corpus; the events are below.`,
    blocks: eventBlocks(kb, answer),
  });
}
