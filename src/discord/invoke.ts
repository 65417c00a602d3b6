/**
 * A command invocation, the one place the bot calls a command: the arguments Discord sent,
 * who sent them, the checks, and the run. The command and page-button handlers both come here.
 */
import { type ButtonInteraction, type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { CommandArgs, CommandContext, CommandDefinition, Invoker } from '../command.ts';
import { dispatch } from '../dispatch.ts';
import type { Reply } from '../render/payload.ts';

/** A registry entry as the bot sees it: like the core's, but `run` may also answer asynchronously. */
export interface BotCommand extends Omit<CommandDefinition, 'run'> {
  run(args: CommandArgs, ctx: CommandContext): Reply | Promise<Reply>;
}

const NOT_RUN: Reply = { pages: [], ephemeral: true };

/**
 * dispatch() checks the arguments against the command's own option definitions and then calls
 * run; lending it a run that starts the real one lets async commands share those checks.
 */
export async function startCommand(
  command: BotCommand,
  args: CommandArgs,
  ctx: CommandContext,
): Promise<Reply> {
  let started: Reply | Promise<Reply> | undefined;
  const run = command.runAsync ?? command.run;
  const lent = (a: CommandArgs, c: CommandContext): Reply => {
    started = run(a, c);
    return NOT_RUN;
  };
  const checked = dispatch({ ...command, run: lent }, args, ctx);
  return started ?? checked;
}

/** Every option Discord sent, as strings; dispatch() then rejects any the definition does not know. */
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
