import type { FramedDate, Framing, Wording } from '../answer/framing.ts';
import { type Affiliation, affiliationLabel } from '../extract/entities/affiliations.ts';
import { withBothNames } from '../extract/entities/placeNames.ts';
import { citation, showDate } from './cite.ts';
import { code, escapeMarkdown, label, quoteBlock } from './markdown.ts';
import { pagesReply, renderEach } from './pages.ts';
import type { Reply } from './payload.ts';

const EXCERPT_MAX = 700;
const TOLD_SHOWN = 2;

/** The quoted words inline, verbatim: escaped so they cannot format, never re-worded. */
function words(phrase: string): string {
  return `“${escapeMarkdown(phrase.replace(/\s+/g, ' '))}”`;
}

function sideHeading(side: Affiliation): string {
  return `__**Side: ${affiliationLabel(side)}**__`;
}

function wordingBlock(w: Wording): string {
  const written =
    w.mention && w.mention.toLowerCase() !== w.speaker?.name.toLowerCase()
      ? ` (in the text: ${label(w.mention)})`
      : '';
  const who = w.speaker
    ? `**${label(withBothNames(w.speaker.name))}**${written}`
    : '**Speaker not stated in the text**';
  const lines = [`${who}: ${words(w.phrase)}`, quoteBlock(w.context, EXCERPT_MAX)];
  for (const cited of w.citations) lines.push(citation(cited));
  return lines.join('\n');
}

function toldBlock(date: string, told: Extract<Framing, { kind: 'event' }>['told']): string {
  const lines = [`**What the corpus reports for ${date}**`];
  let shown = 0;
  for (const e of told) {
    if (shown === TOLD_SHOWN) break;
    lines.push(quoteBlock(e.text, EXCERPT_MAX), citation(e.citation));
    shown++;
  }
  if (told.length > TOLD_SHOWN)
    lines.push(`*…and ${told.length - TOLD_SHOWN} more excerpts: see \`/timeline ${date}\`.*`);
  return lines.join('\n');
}

function* eventBlocks(answer: Extract<Framing, { kind: 'event' }>): Generator<string> {
  yield toldBlock(answer.label, answer.told);
  for (const group of answer.bySide) {
    for (const [i, w] of group.wordings.entries())
      yield i === 0 ? `${sideHeading(group.side)}\n${wordingBlock(w)}` : wordingBlock(w);
  }
  if (answer.none.length) {
    const names = answer.none.map(affiliationLabel).join(', ');
    yield answer.bySide.length
      ? `**The corpus has no words for it from:** ${names}.`
      : `**No side’s words for it in the corpus.** None from: ${names}.`;
  }
}

function entryBlock(entry: FramedDate): string {
  const lines = [`**${showDate(entry.date)}** · ask ${code(`/framing event:${entry.label}`)}`];
  const seen = new Set<string>();
  for (const w of entry.words) {
    const phrase = w.phrase.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(`${w.side}|${phrase}`)) continue;
    seen.add(`${w.side}|${phrase}`);
    lines.push(`${affiliationLabel(w.side)}: ${words(w.phrase)} ${citation(w.citation)}`);
  }
  return lines.join('\n');
}

export function renderFraming(answer: Framing): Reply {
  if (answer.kind === 'events') {
    const n = answer.entries.length;
    const intro = answer.asked
      ? `${n} dates match ${code(answer.asked)}; each with the words each side used, verbatim. Ask for one date to see them in full.`
      : `${n} ${n === 1 ? 'date' : 'dates'} for which the corpus quotes words from more than one side. Ask for one date to see them in full.`;
    return pagesReply({
      title: answer.asked ? 'Framing: several dates' : 'Events described by more than one side',
      intro,
      blocks: renderEach(answer.entries, entryBlock),
      total: n,
    });
  }
  const sides = answer.bySide.length;
  return pagesReply({
    title: `Framing: ${answer.label}`,
    intro: sides
      ? `The words each side used for what happened on ${showDate(answer.date)}, grouped by side. Quoted words and excerpts are verbatim.`
      : `No side’s words for what happened on ${showDate(answer.date)} in the corpus; the events are below.`,
    blocks: eventBlocks(answer),
  });
}
