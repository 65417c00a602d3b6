import { MessageFlags } from 'discord-api-types/v10';
import type { AddSourceResult } from '../add/sourceAdder.ts';
import { code, label } from './markdown.ts';
import { errorReply } from './pages.ts';
import type { Reply } from './payload.ts';

/** Why an address was not added, in words a member can act on. */
const REFUSALS: Record<string, string> = {
  'bad-address': 'That is not an address the bot can fetch.',
  'address-refused': 'That address is refused: it leads to a private or local network.',
  'too-many-redirects': 'The site redirected too many times.',
  timeout: 'The site did not answer in time.',
  'no-answer': 'The site did not answer.',
  'http-error': 'The site has no page at that address.',
  'too-large': 'The page is too large.',
  'wrong-type': 'That address is not a web page (HTML).',
  'not-article': 'The page holds no article.',
  corpus: 'The corpus folder could not be written.',
};

/** The ephemeral answer to /add-source: what was added, or why not. */
export function renderAddSource(result: AddSourceResult): Reply {
  switch (result.outcome) {
    case 'added': {
      const lines = [
        `Added ${result.title ? `*${label(result.title)}*` : 'an untitled page'} · ${label(result.outlet ?? 'outlet not stated')} · ${label(result.date ?? 'date not stated')}`,
        `Saved as ${code(result.file)}: ${result.statements} statements, ${result.events} dated events, ${result.figures} figures. The bot answers from it once the corpus reloads, in a moment; ${code('/sources')} shows its address and when it was fetched.`,
      ];
      const content = lines.join('\n');
      return {
        pages: [{ content, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral }],
        ephemeral: true,
      };
    }
    case 'duplicate':
      return errorReply('bad-input', `Already there: ${label(result.why)}.`);
    case 'forbidden':
      return errorReply('bad-input', result.why);
    case 'limited':
      return errorReply(
        'cooldown',
        `${result.why} Try again <t:${Math.ceil(result.retryAt.getTime() / 1000)}:R>.`,
      );
    case 'refused':
      return errorReply('bad-input', `Not added. ${REFUSALS[result.kind] ?? ''} (${label(result.why)})`);
  }
}
