/** Showing a reply on an interaction, whatever state the interaction is in (new, deferred, answered). */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { errorReply } from '../render/pages.ts';
import type { MessagePayload, Reply } from '../render/payload.ts';
import { toDiscordMessage } from './message.ts';

/** Shows `page` (a reply's first); `ephemeral` for the reply as a whole. */
export async function deliverPage(
  interaction: RepliableInteraction,
  page: MessagePayload,
  replyEphemeral: boolean,
): Promise<void> {
  const ephemeral = replyEphemeral || page.flags === MessageFlags.Ephemeral;
  const message = toDiscordMessage(page);
  if (interaction.replied) {
    await interaction.followUp({ ...message, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
  } else if (interaction.deferred) {
    if (ephemeral && interaction.isButton() && !interaction.ephemeral) {
      // A button's deferred update: the message it was on is someone's answer, never deleted.
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    } else if (ephemeral && !interaction.ephemeral) {
      // The deferral was public; an ephemeral answer (an error, say) cannot replace it in place.
      await interaction.deleteReply();
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply(message);
    }
  } else {
    await interaction.reply({ ...message, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
  }
}

/** Shows the first page of a reply without page buttons (errors, refusals). */
export function deliver(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const pages = reply.pages.length ? reply.pages : NO_ANSWER.pages;
  return deliverPage(interaction, pages[0]!, reply.ephemeral);
}

export const NO_ANSWER = errorReply('internal', 'The command gave no answer.');
