import type { SourceAdder } from './add/sourceAdder.ts';
import type { KnowledgeBase } from './index/knowledgeBase.ts';
import type { Reply } from './render/payload.ts';

/**
 * What an option holds. Our own words, not Discord's numbers: the console and the core need no
 * Discord; src/discord/deploy.ts maps each kind to Discord's ApplicationCommandOptionType.
 */
type OptionKind = 'string' | 'integer' | 'number' | 'boolean';

/** The value a handler gets for an option of that kind. */
export type OptionValue<K extends OptionKind = OptionKind> = K extends 'string'
  ? string
  : K extends 'boolean'
    ? boolean
    : number;

/** A fixed value the user picks from (Discord shows a list; the console accepts only these). */
interface OptionChoice<V extends string | number = string | number> {
  readonly name: string;
  readonly value: V;
}

/**
 * A slash command option, as data: feeds Discord registration, console parsing, validation and
 * help. Write a command's options inline in defineCommand() (they are then read `as const`), so
 * the handler's arguments are typed from them.
 */
export interface OptionDefinition {
  readonly type: OptionKind;
  /** Lower case, digits, `-` and `_`; what a user types before the colon. */
  readonly name: string;
  /** Discord shows at most 100 characters (deploy cuts it); help shows it all. */
  readonly description: string;
  readonly required?: boolean;
  /** Suggestions as the user types (the command's `autocomplete`); not together with `choices`. */
  readonly autocomplete?: boolean;
  /** The only values accepted. */
  readonly choices?: readonly OptionChoice[];
  /** String options: length in characters (code points), as Discord counts. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Integer and number options. */
  readonly minValue?: number;
  readonly maxValue?: number;
}

/** The options as typed or sent, before validation: every value a string (console, page buttons, the bot). */
export type CommandArgs = Readonly<Record<string, string | undefined>>;

type OptionList = readonly OptionDefinition[];

/** The value of one option: one of its choices where it has them, else its kind's type. */
type ValueOf<O extends OptionDefinition> = O extends { readonly choices: readonly OptionChoice<infer V>[] }
  ? V
  : OptionValue<O['type']>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * A handler's arguments, typed from its options: required ones always there, the rest optional.
 * `args.perod` for an option named `period` does not compile. For a registry entry whose option
 * names are not known (plain `OptionDefinition[]`), any name with any option value.
 */
export type ArgsOf<Options extends OptionList> = Simplify<
  {
    readonly [O in Options[number] as O extends { readonly required: true } ? O['name'] : never]: ValueOf<O>;
  } & {
    readonly [O in Options[number] as O extends { readonly required: true } ? never : O['name']]?: ValueOf<O>;
  }
>;

/** Checked arguments of any registry entry (option names not known here). */
export type CheckedArgs = ArgsOf<OptionList>;

/** The names of a command's options; any string where they are not known. */
type OptionName<Options extends OptionList> = Options[number]['name'];

/** The options a command autocompletes: the only names its `autocomplete` is asked about. */
type AutocompleteName<Options extends OptionList> =
  string extends OptionName<Options>
    ? string
    : Extract<Options[number], { readonly autocomplete: true }>['name'];

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

/**
 * A command: its options as data and handlers whose arguments are typed from them. Without a type
 * argument it is any registry entry (what the registry, deployment, help and dispatch take).
 */
export interface CommandDefinition<Options extends OptionList = OptionList> {
  name: string;
  description: string;
  options: Options;
  /** The option a bare console argument fills: `/timeline 2023-09` → month. */
  positional?: OptionName<Options>;
  /** Seconds between two uses by one user in Discord (expensive commands only). */
  cooldownSeconds?: number;
  /** Example invocations for help and the README. */
  examples: string[];
  /** Gets arguments that validateArgs() has checked against `options`. */
  run(args: ArgsOf<Options>, ctx: CommandContext): Reply;
  /** Where the answer needs I/O (fetching a page), the bot runs this instead of `run`, after the same checks. */
  runAsync?(args: ArgsOf<Options>, ctx: CommandContext): Promise<Reply>;
  /** Registered so that only members with this permission see it (Discord's default member permissions). */
  defaultMemberPermissions?: 'ManageGuild';
  autocomplete?(option: AutocompleteName<Options>, value: string, ctx: CommandContext): Choice[];
}

/**
 * What defineCommand() accepts of one option beyond OptionDefinition: no unknown field (a misspelt
 * `requried` is an error, not a silently optional option), only the fields its kind uses, choice
 * values of its kind, and autocomplete or choices, not both (as Discord demands).
 */
type CheckedOption<O extends OptionDefinition> = O &
  Record<Exclude<keyof O, keyof OptionDefinition>, never> &
  KindFields<O['type']> &
  (O extends { readonly autocomplete: true } ? { readonly choices?: never } : unknown);

type KindFields<K extends OptionKind> = K extends 'string'
  ? {
      readonly choices?: readonly OptionChoice<string>[];
      readonly minValue?: never;
      readonly maxValue?: never;
    }
  : K extends 'boolean'
    ? {
        readonly choices?: never;
        readonly autocomplete?: never;
        readonly minLength?: never;
        readonly maxLength?: never;
        readonly minValue?: never;
        readonly maxValue?: never;
      }
    : {
        readonly choices?: readonly OptionChoice<number>[];
        readonly minLength?: never;
        readonly maxLength?: never;
      };

type CheckedOptions<Options extends OptionList> = {
  readonly [I in keyof Options]: CheckedOption<Options[I]>;
};

/**
 * Declares a command. The options are inferred as literal data (as if written `as const`), so
 * `run`, `runAsync`, `positional` and `autocomplete` are checked against their names and kinds.
 */
export function defineCommand<const Options extends OptionList>(
  command: CommandDefinition<Options> & { options: CheckedOptions<Options> },
): CommandDefinition<Options> {
  return command;
}
