import { REST, type RESTPutAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import type { BotCommand } from './bot.ts';
import type { BotConfig } from './config.ts';

/** Discord's application command option type for strings. */
const STRING_OPTION = 3;
/** Discord's application command type for slash (chat input) commands. */
const CHAT_INPUT = 1;

export interface DiscordOptionJSON {
  type: typeof STRING_OPTION;
  name: string;
  description: string;
  required: boolean;
  autocomplete?: boolean;
  max_length?: number;
}

export interface DiscordCommandJSON {
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: DiscordOptionJSON[];
  /** Permission bits (as a string) a member needs to see the command; absent: everyone. */
  default_member_permissions?: string;
  /** Where the command exists: 0 = servers only. */
  contexts?: number[];
}

/** Discord's permission bit for Manage Server. */
const MANAGE_GUILD = 1n << 5n;

/**
 * The registry as Discord's command registration JSON. Required options come first, as
 * Discord demands; descriptions are cut to Discord's 100 characters.
 */
export function commandsToDiscordJSON(
  registry: readonly Pick<BotCommand, 'name' | 'description' | 'options' | 'defaultMemberPermissions'>[],
): DiscordCommandJSON[] {
  return registry.map((command) => ({
    type: CHAT_INPUT,
    name: command.name,
    description: cut100(command.description),
    ...(command.defaultMemberPermissions === 'ManageGuild' && {
      default_member_permissions: String(MANAGE_GUILD),
      contexts: [0],
    }),
    options: [...command.options]
      .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)))
      .map((option) => ({
        type: STRING_OPTION,
        name: option.name,
        description: cut100(option.description),
        required: Boolean(option.required),
        ...(option.autocomplete && { autocomplete: true }),
        ...(option.maxLength !== undefined && { max_length: option.maxLength }),
      })),
  }));
}

function cut100(text: string): string {
  const chars = [...text];
  return chars.length > 100 ? `${chars.slice(0, 99).join('')}…` : text;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
}

/** Registers the commands with one bulk overwrite: in one guild when DISCORD_GUILD_ID is set (instant), else globally. */
export async function deployCommands(options: {
  config: Pick<BotConfig, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>;
  registry: readonly Pick<BotCommand, 'name' | 'description' | 'options' | 'defaultMemberPermissions'>[];
}): Promise<DeployResult> {
  const { config, registry } = options;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = commandsToDiscordJSON(registry) as RESTPutAPIApplicationCommandsJSONBody;
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: config.guildId ? 'guild' : 'global', count: saved.length };
}
