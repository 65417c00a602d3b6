import { type CommandDefinition, defineCommand } from '../src/command.ts';
import { renderHelp } from '../src/render/help.ts';

/** Help lists the registry it belongs to, so it is made from it. */
export function makeHelpCommand(registry: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'help',
    description: 'What each command does, its options and examples',
    options: [],
    examples: ['/help'],
    run: () => renderHelp(registry()),
  });
}
