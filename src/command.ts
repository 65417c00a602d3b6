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
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
}
