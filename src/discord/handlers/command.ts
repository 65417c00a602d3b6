/** A slash command: cooldown, then the command's answer, in its turn, deferred when late. */
import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { SourceAdder } from '../../add/sourceAdder.ts';
import type { CommandContext } from '../../command.ts';
import { errorReply } from '../../render/pages.ts';
import type { Reply } from '../../render/payload.ts';
import type { Answering } from '../answering.ts';
import type { Cooldowns } from '../cooldowns.ts';
import { argsOf, invokerOf } from '../invoke.ts';
import { deliver, deliverPage } from '../respond.ts';
import { type Handled, type InteractionHandler, registeredCommandName } from './handler.ts';

interface CommandHandlerOptions {
  answering: Answering;
  cooldowns: Cooldowns;
  addSource?: SourceAdder;
}

export function commandHandler(
  options: CommandHandlerOptions,
): InteractionHandler<ChatInputCommandInteraction> {
  const { answering, cooldowns } = options;
  return {
    kind: 'command',
    accepts: (interaction: Interaction): interaction is ChatInputCommandInteraction =>
      interaction.isChatInputCommand(),
    commandOf: (interaction) => registeredCommandName(answering, interaction.commandName),
    async handle(interaction): Promise<Handled> {
      const command = answering.findCommand(interaction.commandName);
      const userId = interaction.user.id;
      if (!command) {
        await deliver(
          interaction,
          errorReply(
            'bad-input',
            `This bot has no /${interaction.commandName} command any more; the command list may be out of date.`,
          ),
        );
        return { outcome: 'bad-input' };
      }
      const cooldown = command.cooldownSeconds;
      const blockedUntil = cooldown ? cooldowns.blockedUntil(command.name, userId) : undefined;
      if (blockedUntil !== undefined) {
        await deliver(
          interaction,
          errorReply(
            'cooldown',
            `/${command.name} is cooling down for you — try again <t:${Math.ceil(blockedUntil / 1000)}:R>.`,
          ),
        );
        return { outcome: 'cooldown' };
      }
      if (cooldown) cooldowns.start(command.name, userId, cooldown);

      const args = argsOf(interaction);
      const kb = answering.currentKb();
      const ctx: CommandContext = {
        kb,
        invoker: invokerOf(interaction),
        ...(options.addSource && { addSource: options.addSource }),
      };
      let reply: Reply;
      try {
        reply = await answering.ask(interaction, command, args, ctx, () => interaction.deferReply());
      } catch (error) {
        if (cooldown) cooldowns.cancel(command.name, userId);
        throw error;
      }
      if (cooldown && reply.error?.kind === 'bad-input') cooldowns.cancel(command.name, userId);
      const pages = answering.paged(reply, { command: command.name, args, kb });
      await deliverPage(interaction, pages[0]!, reply.ephemeral);
      return {
        outcome: reply.error?.kind ?? 'ok',
        details: { pages: reply.pages.length, deferred: interaction.deferred },
      };
    },
  };
}
