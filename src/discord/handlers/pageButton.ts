/**
 * A page button: the question in its custom_id is asked again of the current corpus. The one
 * who asked turns the message's pages; anyone else gets that page for themselves, ephemerally.
 */
import { type ButtonInteraction, type Interaction, MessageFlags } from 'discord.js';
import { cut } from '../../render/markdown.ts';
import { errorReply, LIMITS } from '../../render/pages.ts';
import type { MessagePayload } from '../../render/payload.ts';
import type { Answering } from '../answering.ts';
import { invokerOf } from '../invoke.ts';
import { toDiscordMessage } from '../message.ts';
import { corpusVersion } from '../pageButtons.ts';
import { deliver } from '../respond.ts';
import type { Handled, InteractionHandler } from './handler.ts';

const FORGED_BUTTON = errorReply(
  'bad-input',
  'This button is not one this bot made — run the command again for pages you can turn.',
);
const FORGOTTEN_QUESTION = errorReply(
  'expired',
  'This question was too long to keep in its buttons, and the bot no longer holds it (it restarted, or many long questions came since) — run the command again.',
);
const CORPUS_CHANGED =
  'The corpus has changed since this answer was given: this page is answered from the current corpus.';

export function pageButtonHandler(options: { answering: Answering }): InteractionHandler<ButtonInteraction> {
  const { answering } = options;
  return {
    kind: 'button',
    accepts: (interaction: Interaction): interaction is ButtonInteraction => interaction.isButton(),
    commandOf: () => 'pages',
    async handle(interaction): Promise<Handled> {
      const decoded = answering.pageButtons.decode(interaction.customId);
      if (decoded.kind !== 'ok') {
        await deliver(interaction, decoded.kind === 'forgotten' ? FORGOTTEN_QUESTION : FORGED_BUTTON);
        return { outcome: decoded.kind === 'forgotten' ? 'expired' : 'bad-input' };
      }
      const { target } = decoded;
      const command = answering.findCommand(target.command)!; // decode() accepts registry commands only
      const asker =
        interaction.message.interactionMetadata?.user.id ?? interaction.message.interaction?.user.id;
      const own = asker === interaction.user.id;
      const kb = answering.currentKb();
      const reply = await answering.ask(
        interaction,
        command,
        target.args,
        { kb, invoker: invokerOf(interaction) },
        () => (own ? interaction.deferUpdate() : interaction.deferReply({ flags: MessageFlags.Ephemeral })),
      );
      const pages = answering.paged(reply, { command: command.name, args: target.args, kb });
      const page = pages[Math.min(target.page, pages.length - 1)]!;
      const changed = target.version !== corpusVersion(kb);
      const shown = changed ? withNotice(page, CORPUS_CHANGED) : page;
      const details = { asked: command.name, page: target.page, own, corpusChanged: changed };
      if (own && !reply.error) {
        const message = toDiscordMessage(shown);
        if (interaction.deferred) await interaction.editReply(message);
        else await interaction.update(message);
        return { outcome: 'ok', details };
      }
      await deliver(interaction, {
        pages: [{ ...shown, flags: MessageFlags.Ephemeral }],
        ephemeral: true,
        ...(reply.error && { error: reply.error }),
      });
      return { outcome: reply.error?.kind ?? 'ok', details };
    },
  };
}

/** A line above a page (the page's own content, if any, follows it). */
function withNotice(page: MessagePayload, notice: string): MessagePayload {
  return { ...page, content: cut(page.content ? `${notice}\n${page.content}` : notice, LIMITS.content) };
}
