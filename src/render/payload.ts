/**
 * Message payloads as plain data, the shape discord.js's `reply`/`editReply` accept
 * (APIEmbed-compatible), so the core never imports discord.js; Discord's numbers are the
 * constants of discord-api-types (types and plain enums, no client).
 */
import type { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';

interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  author?: { name: string };
}

interface ButtonComponent {
  type: ComponentType.Button;
  style: ButtonStyle.Primary | ButtonStyle.Secondary;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: ComponentType.ActionRow;
  components: ButtonComponent[];
}

export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

/** What a command answers: one page or more (paged with buttons in Discord, all printed in the console). */
export interface Reply {
  pages: MessagePayload[];
  ephemeral: boolean;
  /** Set on errors (bad input, nothing found), so adapters can log them as such. */
  error?: { kind: 'bad-input' | 'not-found' | 'internal' | 'cooldown' | 'expired'; message: string };
}
