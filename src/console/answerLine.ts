import type { Logger } from 'pino';
import { commands } from '../../commands/index.ts';
import type { CommandContext } from '../command.ts';
import { dispatch } from '../dispatch.ts';
import { withPager } from '../render/pager.ts';
import { errorReply } from '../render/pages.ts';
import type { Reply } from '../render/payload.ts';
import { parseLine } from './parseLine.ts';

/** The console runs the very same registry and handlers as the bot, without Discord. */
export function answerLine(line: string, ctx: CommandContext, logger?: Logger): Reply {
  const parsed = parseLine(line, commands);
  if (!parsed.ok) return errorReply('bad-input', parsed.problem);
  try {
    const reply = dispatch(parsed.command, parsed.args, ctx);
    return { ...reply, pages: withPager(reply.pages, (page) => `page:console:${page}`) };
  } catch (error) {
    logger?.error({ err: error, line }, 'command failed');
    return errorReply(
      'internal',
      'Something went wrong while answering. The error is logged; try again or another question.',
    );
  }
}
