import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import type { SourceAdder } from '../add/sourceAdder.ts';
import type { CommandArgs, CommandContext, CommandDefinition, Invoker } from '../command.ts';
import { dispatch } from '../dispatch.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import type { Logger } from '../log.ts';
import { errorReply } from '../render/pages.ts';
import { parsePageButtonId, withPager } from '../render/pager.ts';
import type { MessagePayload, Reply } from '../render/payload.ts';
import type { BotConfig, ShardAssignment } from './config.ts';
import { Cooldowns } from './cooldowns.ts';
import { PageStore } from './pageStore.ts';
import { boundedAutocompleteInput, sanitizeChoices } from './choices.ts';
import { toDiscordMessage } from './message.ts';
import { type BotMetrics, type InteractionKind, NO_METRICS } from './metrics.ts';

/** A registry entry as the bot sees it: like the core's, but `run` may also answer asynchronously. */
export interface BotCommand extends Omit<CommandDefinition, 'run'> {
  run(args: CommandArgs, ctx: CommandContext): Reply | Promise<Reply>;
}

/**
 * Where answers get their knowledge base: a fixed one, a holder whose `current()` a reload swaps
 * (LiveKnowledgeBase), or a getter. It is read once per interaction, so an answer in flight keeps
 * the knowledge base it started with.
 */
export type KnowledgeSource = KnowledgeBase | { current(): KnowledgeBase } | (() => KnowledgeBase);

export interface StartBotOptions {
  /** `shards`: a count or `auto` runs every shard in this process; an assignment runs one (under a ShardingManager). */
  config: Pick<BotConfig, 'token' | 'apiUrl'> & { shards?: BotConfig['shards'] | ShardAssignment };
  registry: readonly BotCommand[];
  kb: KnowledgeSource;
  logger: Logger;
  /** Lets /add-source add pages to the corpus; without it, the command says this bot does not add sources. */
  addSource?: SourceAdder;
  /** Past this, the bot defers (Discord allows 3 s for the first answer) and edits the answer in later. */
  deferAfterMs?: number;
  /** How long stop() waits for in-flight answers before it disconnects anyway. */
  drainTimeoutMs?: number;
  pageTtlMs?: number;
  readyTimeoutMs?: number;
  /** Told about every interaction answered (HEALTH_PORT's /metrics); nothing by default. */
  metrics?: BotMetrics;
  /** Extra discord.js client options (tests tune the gateway's identify throttle with it). */
  clientOptions?: Partial<ClientOptions>;
}

export interface RunningBot {
  client: Client<true>;
  /** Stops taking interactions, lets in-flight answers finish, then disconnects. Idempotent. */
  stop(): Promise<void>;
}

const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;
const EXPIRED_PAGES = errorReply('expired', 'These pages have expired — run the command again.');
const STOPPING = errorReply('internal', 'The bot is restarting — try again in a minute.');
const NOT_RUN: Reply = { pages: [], ephemeral: true };

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, registry, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? 2_000;
  const metrics = options.metrics ?? NO_METRICS;
  const currentKb = knowledgeGetter(options.kb);
  const pages = new PageStore({ ttlMs: options.pageTtlMs });
  const cooldowns = new Cooldowns();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let stopped: Promise<void> | undefined;

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    ...shardOptions(config.shards),
    ...options.clientOptions,
  });

  const findCommand = (name: string) => registry.find((c) => c.name === name);

  /** Answers a slash command; says how it went, for the metrics. */
  async function answerCommand(interaction: ChatInputCommandInteraction): Promise<string> {
    const startedAt = Date.now();
    const command = findCommand(interaction.commandName);
    const userId = interaction.user.id;
    if (!command) {
      await deliver(interaction, errorReply('bad-input', `This bot has no /${interaction.commandName} command any more; the command list may be out of date.`));
      return 'bad-input';
    }
    const cooldown = command.cooldownSeconds;
    const blockedUntil = cooldown ? cooldowns.blockedUntil(command.name, userId) : undefined;
    if (blockedUntil !== undefined) {
      await deliver(interaction, errorReply('cooldown', `/${command.name} is cooling down for you — try again <t:${Math.ceil(blockedUntil / 1000)}:R>.`));
      return 'cooldown';
    }
    if (cooldown) cooldowns.start(command.name, userId, cooldown);

    const args = argsOf(interaction);
    const ctx: CommandContext = { kb: currentKb(), invoker: invokerOf(interaction), ...(options.addSource && { addSource: options.addSource }) };
    let reply: Reply;
    try {
      reply = await answerInTime(interaction, startCommand(command, args, ctx));
    } catch (error) {
      if (cooldown) cooldowns.cancel(command.name, userId);
      throw error;
    }
    if (cooldown && reply.error?.kind === 'bad-input') cooldowns.cancel(command.name, userId);
    await deliver(interaction, reply);
    logger.info(
      { interactionId: interaction.id, command: command.name, userId, ms: Date.now() - startedAt, pages: reply.pages.length, deferred: interaction.deferred, ...(reply.error && { answer: reply.error.kind }) },
      'answered',
    );
    return reply.error?.kind ?? 'ok';
  }

  /** Waits for the answer; if it is not ready in time, defers (publicly) so Discord keeps the interaction open. */
  async function answerInTime(interaction: ChatInputCommandInteraction, answer: Promise<Reply>): Promise<Reply> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), deferAfterMs);
    });
    try {
      const first = await Promise.race([answer, late]);
      if (first !== 'late') return first;
    } finally {
      clearTimeout(timer);
    }
    await interaction.deferReply();
    return answer;
  }

  /** Shows page 0 of a reply, keeping the other pages for the buttons; works whatever state the interaction is in. */
  async function deliver(interaction: ChatInputCommandInteraction | ButtonInteraction, reply: Reply): Promise<void> {
    const shown = paged(reply, interaction.user.id);
    const first = shown[0]!;
    const ephemeral = reply.ephemeral || first.flags === MessageFlags.Ephemeral;
    const message = toDiscordMessage(first);
    if (interaction.replied) {
      await interaction.followUp({ ...message, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
    } else if (interaction.deferred) {
      // The deferral was public; an ephemeral answer (an error, say) cannot replace it in place.
      if (ephemeral) {
        await interaction.deleteReply();
        await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      } else {
        await interaction.editReply(message);
      }
    } else {
      await interaction.reply({ ...message, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
    }
  }

  function paged(reply: Reply, ownerId: string): readonly MessagePayload[] {
    if (reply.pages.length === 0) return errorReply('internal', 'The command gave no answer.').pages;
    if (reply.pages.length === 1) return reply.pages;
    const key = pages.newKey();
    const withButtons = withPager(reply.pages, key);
    pages.put(key, withButtons, ownerId);
    return withButtons;
  }

  async function turnPage(interaction: ButtonInteraction): Promise<string> {
    const target = parsePageButtonId(interaction.customId);
    const stored = target && pages.get(target.key);
    if (!target || !stored) {
      await deliver(interaction, EXPIRED_PAGES);
      return 'expired';
    }
    if (stored.ownerId !== interaction.user.id) {
      await deliver(interaction, errorReply('bad-input', 'Only the person who ran the command can turn these pages — run it yourself for your own copy.'));
      return 'bad-input';
    }
    const page = stored.pages[Math.min(target.page, stored.pages.length - 1)]!;
    await interaction.update(toDiscordMessage(page));
    return 'ok';
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: ReturnType<NonNullable<BotCommand['autocomplete']>> = [];
    const typed = boundedAutocompleteInput(focused.value, command?.options.find((o) => o.name === focused.name));
    try {
      if (typed !== null) choices = command?.autocomplete?.(focused.name, typed, { kb: currentKb() }) ?? [];
    } catch (error) {
      logger.error({ err: error, interactionId: interaction.id, command: interaction.commandName, option: focused.name }, 'autocomplete failed');
    }
    await interaction.respond(sanitizeChoices(choices));
  }

  async function refuse(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isChatInputCommand() || interaction.isButton()) await deliver(interaction, STOPPING);
  }

  /** The one error boundary: whatever fails, the user hears about it, the log has the details, the bot keeps serving. */
  async function recover(interaction: Interaction, error: unknown): Promise<void> {
    const where = interactionSummary(interaction);
    if (error instanceof DiscordAPIError && (error.code === UNKNOWN_INTERACTION || error.code === ALREADY_ACKNOWLEDGED)) {
      logger.warn({ ...where, code: error.code, err: error }, error.code === UNKNOWN_INTERACTION ? 'interaction expired before the answer (10062)' : 'interaction was already answered (40060)');
      return;
    }
    logger.error({ ...where, err: error }, 'interaction failed');
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const command = interaction.isChatInputCommand() ? ` /${interaction.commandName}` : '';
    try {
      await deliver(interaction, errorReply('internal', `Something went wrong while answering${command}. It has been logged; try again in a moment.`));
    } catch (secondError) {
      logger.warn({ ...where, err: secondError }, 'could not tell the user about the failure');
    }
  }

  async function handle(interaction: Interaction): Promise<void> {
    const startedAt = performance.now();
    let outcome = 'ok';
    try {
      if (stopping) {
        outcome = 'refused';
        await refuse(interaction);
      } else if (interaction.isChatInputCommand()) outcome = await answerCommand(interaction);
      else if (interaction.isAutocomplete()) await suggest(interaction);
      else if (interaction.isButton()) outcome = await turnPage(interaction);
    } catch (error) {
      outcome = 'failed';
      await recover(interaction, error);
    }
    const kind = interactionKind(interaction);
    if (kind) {
      const name = 'commandName' in interaction ? interaction.commandName : 'pages';
      const command = kind === 'button' || findCommand(name) ? name : 'unknown';
      metrics.interactionDone({ kind, command, outcome, seconds: (performance.now() - startedAt) / 1000 });
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    const work = handle(interaction).catch((error: unknown) => logger.error({ err: error }, 'interaction boundary failed'));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'gateway connection error'));
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) logger.warn({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway shard ready'));

  const ready = waitForReady(client, options.readyTimeoutMs ?? 30_000);
  try {
    await Promise.all([client.login(config.token), ready.promise]);
  } catch (error) {
    ready.cancel();
    await client.destroy();
    throw error;
  }
  logger.info({ user: client.user?.tag, applicationId: client.application?.id, commands: registry.length }, 'bot ready');

  async function stop(): Promise<void> {
    stopping = true;
    let drainTimer: NodeJS.Timeout | undefined;
    const drained = Promise.allSettled([...inFlight]);
    const timedOut = new Promise<void>((resolve) => {
      drainTimer = setTimeout(resolve, options.drainTimeoutMs ?? 10_000);
    });
    await Promise.race([drained, timedOut]);
    clearTimeout(drainTimer);
    if (inFlight.size) logger.warn({ unfinished: inFlight.size }, 'stopping with answers still in flight');
    await client.destroy();
    pages.clear();
    logger.info('bot stopped');
  }

  return {
    client: client as Client<true>,
    stop: () => (stopped ??= stop()),
  };
}

/**
 * dispatch() checks the arguments against the command's own option definitions and then calls
 * run; lending it a run that starts the real one lets async commands share those checks.
 */
async function startCommand(command: BotCommand, args: CommandArgs, ctx: CommandContext): Promise<Reply> {
  let started: Reply | Promise<Reply> | undefined;
  const run = command.runAsync ?? command.run;
  const checked = dispatch({ ...command, run: (a, c) => ((started = run(a, c)), NOT_RUN) }, args, ctx);
  return started ?? checked;
}

/** Who ran the command, and whether Discord says they may manage the server right now. */
function invokerOf(interaction: ChatInputCommandInteraction): Invoker {
  return { userId: interaction.user.id, guildId: interaction.guildId, canManageGuild: interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false) };
}

/** Every option Discord sent, as strings; dispatch() then rejects any the definition does not know. */
function argsOf(interaction: ChatInputCommandInteraction): Record<string, string> {
  const args: Record<string, string> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) args[option.name] = String(option.value);
  }
  return args;
}

/** What the log says about an interaction: ids, command and (cut) options, never tokens. */
function interactionSummary(interaction: Interaction): Record<string, unknown> {
  const base = { interactionId: interaction.id, userId: interaction.user.id };
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, cutForLog(String(o.value ?? ''))]));
    return { ...base, command: interaction.commandName, options };
  }
  if (interaction.isButton()) return { ...base, customId: interaction.customId };
  return base;
}

function interactionKind(interaction: Interaction): InteractionKind | undefined {
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  return undefined;
}

function cutForLog(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}

function knowledgeGetter(source: KnowledgeSource): () => KnowledgeBase {
  if (typeof source === 'function') return source;
  if ('current' in source && typeof source.current === 'function') return () => source.current();
  return () => source as KnowledgeBase;
}

function shardOptions(shards: StartBotOptions['config']['shards']): Partial<ClientOptions> {
  if (shards === 'auto') return { shards: 'auto' };
  if (typeof shards === 'object') return { shards: [shards.id], shardCount: shards.count };
  if (typeof shards === 'number') return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
  return {};
}

function waitForReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  const promise = new Promise<void>((resolve, reject) => {
    onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once(Events.ClientReady, onReady);
    timer = setTimeout(() => reject(new Error(`the gateway did not get ready within ${timeoutMs} ms`)), timeoutMs);
  });
  return {
    promise,
    cancel() {
      clearTimeout(timer);
      if (onReady) client.off(Events.ClientReady, onReady);
    },
  };
}
