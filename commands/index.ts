import type { CommandDefinition } from '../src/command.ts';
import { addSourceCommand } from './addSource.ts';
import { casualtiesCommand } from './casualties.ts';
import { framingCommand } from './framing.ts';
import { makeHelpCommand } from './help.ts';
import { sourcesCommand } from './sources.ts';
import { timelineCommand } from './timeline.ts';
import { whoSaidCommand } from './who-said.ts';

/**
 * The one registry: the bot, the console, command deployment and /help all read it. A new command
 * is a `defineCommand({...})` in its own file here, added to this list (see the README).
 */
export const commands: readonly CommandDefinition[] = [
  whoSaidCommand,
  timelineCommand,
  casualtiesCommand,
  sourcesCommand,
  framingCommand,
  addSourceCommand,
  makeHelpCommand(() => commands),
];

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}
