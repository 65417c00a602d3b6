import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { MessagePayload } from '../render/payload.ts';

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: []; repliedUser: false };
}

/**
 * A rendered page as discord.js message options. Every field is set, so an edit or a page turn
 * replaces the whole message; mentions are always disabled, whatever the payload says.
 */
export function toDiscordMessage(page: MessagePayload): DiscordMessage {
  return {
    content: page.content ?? '',
    embeds: (page.embeds ?? []) as APIEmbed[],
    components: (page.components ?? []) as APIActionRowComponent<APIComponentInMessageActionRow>[],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
