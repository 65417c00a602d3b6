import type { Reply } from '../../src/render/payload.ts';

/** An embed's text as the reader sees it: Markdown's escapes taken out. */
const unescapeMarkdown = (s: string): string => s.replace(/\\([\\*_~`|[\]#>+-])/g, '$1');

/** A reply's statement blocks (an attribution line, then its quote), in the order shown. */
export const statementBlocks = (reply: Reply): string[] =>
  reply.pages
    .flatMap((p) => (p.embeds ?? []).map((e) => unescapeMarkdown(e.description ?? '')))
    .join('\n\n')
    .split(/\n\n+/)
    .filter((b) => b.includes('\n> '));
