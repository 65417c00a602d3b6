import type { CommandArgs, CommandContext, CommandDefinition } from './command.ts';
import { code } from './render/markdown.ts';
import { errorReply } from './render/pages.ts';
import type { Reply } from './render/payload.ts';

/**
 * Checks the arguments against the command's own option definitions, then runs it.
 * Both adapters (Discord and console) call this, so both give the same answers and errors.
 */
export function dispatch(command: CommandDefinition, args: CommandArgs, ctx: CommandContext): Reply {
  const known = new Set(command.options.map((o) => o.name));
  const unknown = Object.keys(args).filter((k) => !known.has(k));
  if (unknown.length) {
    const allowed = command.options.length
      ? command.options.map((o) => code(`${o.name}:`)).join(', ')
      : 'no options';
    return errorReply(
      'bad-input',
      `/${command.name} has no option ${code(unknown[0]!)}. It takes ${allowed}.`,
    );
  }
  for (const option of command.options) {
    const value = args[option.name];
    if (option.required && !value?.trim()) {
      return errorReply(
        'bad-input',
        `/${command.name} needs ${code(`${option.name}:`)}: ${option.description}. Example: ${code(command.examples[0] ?? `/${command.name}`)}`,
      );
    }
    if (value !== undefined && option.maxLength !== undefined && [...value].length > option.maxLength) {
      return errorReply(
        'bad-input',
        `${code(`${option.name}:`)} takes at most ${option.maxLength} characters; yours has ${[...value].length}.`,
      );
    }
  }
  return command.run(args, ctx);
}
