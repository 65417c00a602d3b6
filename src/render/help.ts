import type { CommandDefinition } from '../command.ts';
import { pagesReply } from './pages.ts';
import type { Reply } from './payload.ts';

export function renderHelp(commands: readonly CommandDefinition[]): Reply {
  const blocks = commands.map((c) => {
    const options = c.options.map((o) => `\`${o.name}:\`${o.required ? ' (required)' : ''} ${o.description}`);
    const examples = c.examples.map((e) => `\`${e}\``).join(' · ');
    return [
      `**/${c.name}**: ${c.description}`,
      ...options.map((o) => `• ${o}`),
      `Examples: ${examples}`,
    ].join('\n');
  });
  return pagesReply({
    title: 'karabakh-bot commands',
    intro:
      'Every answer is a verbatim excerpt from the corpus, with its citation. Dates are as precise as the source.',
    blocks,
  });
}
