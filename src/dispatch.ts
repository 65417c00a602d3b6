import type { CommandArgs, CommandContext, CommandDefinition } from './command.ts';
import { errorReply } from './render/pages.ts';
import type { Reply } from './render/payload.ts';
import { validateArgs } from './validateArgs.ts';

/**
 * Checks the arguments against the command's own option definitions (validateArgs, as the bot
 * does), then runs it with the typed arguments; a problem is a short ephemeral bad-input error.
 */
export function dispatch(command: CommandDefinition, args: CommandArgs, ctx: CommandContext): Reply {
  const checked = validateArgs(command, args);
  return checked.ok ? command.run(checked.args, ctx) : errorReply('bad-input', checked.problem);
}
