import { MessageFlags } from 'discord-api-types/v10';
import { charCount, cut, stripBidi } from './markdown.ts';
import type { Embed, MessagePayload, Reply } from './payload.ts';

/** Discord's limits, with room to spare for the title and footer. */
export const LIMITS = { content: 2000, title: 256, description: 4096, footer: 2048, embed: 6000 } as const;
const PAGE_BUDGET = 3800;
export const MAX_PAGES = 25;
const COLOR = 0x5b7fa6;
const NO_MENTIONS = { parse: [] as [] };

export interface PageSpec {
  title: string;
  /** A line above the items on every page (what was asked). */
  intro?: string;
  /**
   * Blocks that are never split across pages. May be lazy (see renderEach): paging stops
   * rendering once MAX_PAGES pages are full, so a question matching 50,000 items stays fast.
   */
  blocks: Iterable<string>;
  /** How many blocks a lazy `blocks` holds, to say how many were left out. */
  total?: number;
  /** Footer note, after the page counter. */
  note?: string;
}

/** Packs blocks into one-embed pages that stay within every Discord limit. */
export function paginate(spec: PageSpec): MessagePayload[] {
  const intro = spec.intro ? `${cut(spec.intro, 600)}\n\n` : '';
  const budget = PAGE_BUDGET - intro.length;
  const pages: string[][] = [[]];
  let used = 0;
  let taken = 0;
  let stopped = false;
  for (const raw of spec.blocks) {
    const chars = charCount(raw);
    const block = chars > budget ? cut(raw, budget) : raw;
    const size = (block === raw ? chars : charCount(block)) + 2;
    if (used + size > budget && pages[pages.length - 1]!.length > 0) {
      if (pages.length === MAX_PAGES && spec.total !== undefined) {
        stopped = true;
        break;
      }
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(block);
    used += size;
    taken++;
  }
  const shown = pages.slice(0, MAX_PAGES);
  const omitted = pages.length - shown.length;
  const left = stopped ? spec.total! - taken : 0;
  const moreText =
    omitted > 0
      ? `${omitted} more pages not shown: narrow the question.`
      : left > 0
        ? `${left} more not shown: narrow the question.`
        : '';
  return shown.map((blocks, i) => {
    const counter = shown.length > 1 ? `Page ${i + 1}/${shown.length}` : '';
    const more = i === shown.length - 1 ? moreText : '';
    const footer = [counter, spec.note, more].filter(Boolean).join(' · ');
    const embed: Embed = {
      title: cut(stripBidi(spec.title), LIMITS.title),
      description: ownVoice(intro + blocks.join('\n\n')),
      color: COLOR,
      ...(footer && { footer: { text: cut(stripBidi(footer), 1000) } }),
    };
    return { embeds: [embed], allowedMentions: NO_MENTIONS };
  });
}

/**
 * The bot's own lines carry no bidirectional controls (labels drop them already; this holds for
 * any line that forgot). Quote lines are the source's words, cut at embeddings (quoteBlock).
 */
function ownVoice(description: string): string {
  return description
    .split('\n')
    .map((line) => (line.startsWith('> ') ? line : stripBidi(line)))
    .join('\n');
}

/** Renders items into blocks one at a time, as paging asks for them. */
export function* renderEach<T>(items: Iterable<T>, render: (item: T) => string): Generator<string> {
  for (const item of items) yield render(item);
}

export function pagesReply(spec: PageSpec): Reply {
  return { pages: paginate(spec), ephemeral: false };
}

/** A short ephemeral message that says what went wrong and what would work. */
export function errorReply(kind: NonNullable<Reply['error']>['kind'], message: string): Reply {
  const content = cut(stripBidi(message), LIMITS.content);
  return {
    pages: [{ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral }],
    ephemeral: true,
    error: { kind, message: content },
  };
}
