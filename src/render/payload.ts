/**
 * Message payloads as plain data, the shape discord.js's `reply`/`editReply` accept
 * (APIEmbed-compatible), so the core never imports discord.js.
 */
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
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: 1;
  components: ButtonComponent[];
}

export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowedMentions: { parse: [] };
  /** 64 = ephemeral. */
  flags?: 64;
}

/** What a command answers: one page or more (paged with buttons in Discord, all printed in the console). */
export interface Reply {
  pages: MessagePayload[];
  ephemeral: boolean;
  /** Set on errors (bad input, nothing found), so adapters can log them as such. */
  error?: { kind: 'bad-input' | 'not-found' | 'internal' | 'cooldown' | 'expired'; message: string };
}
