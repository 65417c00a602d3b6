import type { MessagePayload } from '../render/payload.ts';

/** Discord markdown as a person reads it in a terminal: escapes dropped, layout kept. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_~`|[\]#>+-])/g, '$1');
}

function readablePage(page: MessagePayload): string {
  const out: string[] = [];
  if (page.content) out.push(unescapeMarkdown(page.content));
  for (const embed of page.embeds ?? []) {
    if (embed.title) out.push(`# ${unescapeMarkdown(embed.title)}`);
    if (embed.description) out.push(unescapeMarkdown(embed.description));
    for (const f of embed.fields ?? [])
      out.push(`## ${unescapeMarkdown(f.name)}\n${unescapeMarkdown(f.value)}`);
    if (embed.footer) out.push(`(${unescapeMarkdown(embed.footer.text)})`);
  }
  return out.join('\n\n');
}

export function readableReply(pages: readonly MessagePayload[]): string {
  return pages.map(readablePage).join(`\n\n${'─'.repeat(60)}\n\n`);
}
