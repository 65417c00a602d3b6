/**
 * A command invocation, the one place the bot calls a command: the arguments Discord sent,
 * who sent them, the checks, and the run. The command and page-button handlers both come here.
 */
import { type ButtonInteraction, type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { CheckedArgs, CommandArgs, CommandContext, CommandDefinition, Invoker } from '../command.ts';
import { errorReply } from '../render/pages.ts';
import type { Reply } from '../render/payload.ts';
import { validateArgs } from '../validateArgs.ts';

/** A registry entry as the bot sees it: like the core's, but `run` may also answer asynchronously. */
export interface BotCommand extends Omit<CommandDefinition, 'run'> {
  run(args: CheckedArgs, ctx: CommandContext): Reply | Promise<Reply>;
}

/** Checks the arguments as dispatch() does (validateArgs), then starts the command, async or not. */
export async function startCommand(
  command: BotCommand,
  args: CommandArgs,
  ctx: CommandContext,
): Promise<Reply> {
  const checked = validateArgs(command, args);
  if (!checked.ok) return errorReply('bad-input', checked.problem);
  return (command.runAsync ?? command.run)(checked.args, ctx);
}

/** Every option Discord sent, as strings; validateArgs() then rejects any the definition does not know. */
export function argsOf(interaction: ChatInputCommandInteraction): Record<string, string> {
  const args: Record<string, string> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) args[option.name] = String(option.value);
  }
  return args;
}

/** Who ran the command (or pressed), and whether Discord says they may manage the server right now. */
export function invokerOf(interaction: ChatInputCommandInteraction | ButtonInteraction): Invoker {
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    canManageGuild:
      interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
  };
}
