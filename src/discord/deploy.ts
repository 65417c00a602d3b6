import { REST } from 'discord.js';
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from 'discord-api-types/v10';
import type { CommandDefinition, OptionDefinition } from '../command.ts';
import type { BotConfig } from './config.ts';

/** An option as Discord registers it. */
type DiscordOptionJSON = APIApplicationCommandBasicOption;

/** A slash command as Discord registers it: always a chat-input command with its option list. */
export interface DiscordCommandJSON extends RESTPostAPIChatInputApplicationCommandsJSONBody {
  type: ApplicationCommandType.ChatInput;
  options: DiscordOptionJSON[];
}

/** What registration reads of a command. */
type Registration = Pick<CommandDefinition, 'name' | 'description' | 'options' | 'defaultMemberPermissions'>;

/**
 * The registry as Discord's command registration JSON. Required options come first, as
 * Discord demands; descriptions are cut to Discord's 100 characters.
 */
export function commandsToDiscordJSON(registry: readonly Registration[]): DiscordCommandJSON[] {
  return registry.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: cut100(command.description),
    ...(command.defaultMemberPermissions === 'ManageGuild' && {
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [InteractionContextType.Guild],
    }),
    options: [...command.options]
      .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)))
      .map(optionToDiscordJSON),
  }));
}

/** One option as Discord's type for its kind; fields appear only where the definition sets them. */
function optionToDiscordJSON(option: OptionDefinition): DiscordOptionJSON {
  const base = {
    name: option.name,
    description: cut100(option.description),
    required: Boolean(option.required),
  };
  // Discord takes autocomplete or choices, never both (defineCommand refuses both on one option).
  const autocomplete = option.autocomplete ? { autocomplete: true as const } : undefined;
  switch (option.type) {
    case 'boolean':
      return { type: ApplicationCommandOptionType.Boolean, ...base };
    case 'string':
      return {
        type: ApplicationCommandOptionType.String,
        ...base,
        ...(autocomplete ?? choicesOf(option, String)),
        ...(option.maxLength !== undefined && { max_length: option.maxLength }),
        ...(option.minLength !== undefined && { min_length: option.minLength }),
      };
    case 'integer':
      return {
        type: ApplicationCommandOptionType.Integer,
        ...base,
        ...(autocomplete ?? choicesOf(option, Number)),
        ...valueRange(option),
      };
    case 'number':
      return {
        type: ApplicationCommandOptionType.Number,
        ...base,
        ...(autocomplete ?? choicesOf(option, Number)),
        ...valueRange(option),
      };
  }
}

function choicesOf<V extends string | number>(
  option: OptionDefinition,
  toValue: (value: string | number) => V,
): { choices?: APIApplicationCommandOptionChoice<V>[] } {
  if (!option.choices) return {};
  return { choices: option.choices.map((c) => ({ name: cut100(c.name), value: toValue(c.value) })) };
}

function valueRange(option: OptionDefinition): { min_value?: number; max_value?: number } {
  return {
    ...(option.minValue !== undefined && { min_value: option.minValue }),
    ...(option.maxValue !== undefined && { max_value: option.maxValue }),
  };
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
  registry: readonly Registration[];
}): Promise<DeployResult> {
  const { config, registry } = options;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body: RESTPutAPIApplicationCommandsJSONBody = commandsToDiscordJSON(registry);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: config.guildId ? 'guild' : 'global', count: saved.length };
}
