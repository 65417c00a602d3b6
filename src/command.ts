import type { SourceAdder } from './add/sourceAdder.ts';
import type { KnowledgeBase } from './index/knowledgeBase.ts';
import type { Reply } from './render/payload.ts';

/** A slash command option, as data: feeds Discord registration, console parsing and help. */
export interface OptionDefinition {
  name: string;
  description: string;
  type: 'string';
  required?: boolean;
  autocomplete?: boolean;
  maxLength?: number;
}

export type CommandArgs = Readonly<Record<string, string | undefined>>;

export interface Choice {
  name: string;
  value: string;
}

export interface CommandContext {
  kb: KnowledgeBase;
  /** Who asked, where the adapter knows (Discord): for commands that change the corpus. */
  invoker?: Invoker;
  /** Adds a web page to the corpus; only the bot is given one (the console has `npm run add`). */
  addSource?: SourceAdder;
}

export interface Invoker {
  userId: string;
  /** null in a direct message. */
  guildId: string | null;
  /** Holds Manage Server in that server, as Discord says at the time of the command. */
  canManageGuild: boolean;
}

export interface CommandDefinition {
  name: string;
  description: string;
  options: OptionDefinition[];
  /** The option a bare console argument fills: `/timeline 2023-09` → month. */
  positional?: string;
  /** Seconds between two uses by one user in Discord (expensive commands only). */
  cooldownSeconds?: number;
  /** Example invocations for help and the README. */
  examples: string[];
  run(args: CommandArgs, ctx: CommandContext): Reply;
  /** Where the answer needs I/O (fetching a page), the bot runs this instead of `run`, after the same checks. */
  runAsync?(args: CommandArgs, ctx: CommandContext): Promise<Reply>;
  /** Registered so that only members with this permission see it (Discord's default member permissions). */
  defaultMemberPermissions?: 'ManageGuild';
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
}
