import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { SourceAdder } from '../add/sourceAdder.ts';
import type { CheckedArgs, CommandArgs, CommandContext, CommandDefinition, Invoker } from '../command.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import type { Logger } from '../log.ts';
import { cut } from '../render/markdown.ts';
import { withPager } from '../render/pager.ts';
import { errorReply, LIMITS } from '../render/pages.ts';
import type { MessagePayload, Reply } from '../render/payload.ts';
import { validateArgs } from '../validateArgs.ts';
import { boundedAutocompleteInput, sanitizeChoices } from './choices.ts';
import type { BotConfig, ShardAssignment } from './config.ts';
import { Cooldowns } from './cooldowns.ts';
import { toDiscordMessage } from './message.ts';
import { type BotMetrics, type InteractionKind, NO_METRICS } from './metrics.ts';
import { corpusVersion, PageButtons } from './pageButtons.ts';
import { Turns } from './turns.ts';

/** A registry entry as the bot sees it: like the core's, but `run` may also answer asynchronously. */
export interface BotCommand extends Omit<CommandDefinition, 'run'> {
  run(args: CheckedArgs, ctx: CommandContext): Reply | Promise<Reply>;
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
  /**
   * Under a burst, answers wait for their turn (see Turns): one not ready this long after Discord
   * made the interaction (by its id's time, or its arrival if earlier) is deferred, then edited
   * in. Discord allows 3 s; the rest of them is left for the deferral's own request.
   */
  ackBudgetMs?: number;
  /** Questions too long for a button's custom_id, held for their buttons (see pageButtons.ts). */
  maxLongQuestions?: number;
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
const FORGED_BUTTON = errorReply(
  'bad-input',
  'This button is not one this bot made — run the command again for pages you can turn.',
);
const FORGOTTEN_QUESTION = errorReply(
  'expired',
  'This question was too long to keep in its buttons, and the bot no longer holds it (it restarted, or many long questions came since) — run the command again.',
);
const CORPUS_CHANGED =
  'The corpus has changed since this answer was given: this page is answered from the current corpus.';
const STOPPING = errorReply('internal', 'The bot is restarting — try again in a minute.');

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, registry, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? 2_000;
  const metrics = options.metrics ?? NO_METRICS;
  const currentKb = knowledgeGetter(options.kb);
  const ackBudgetMs = options.ackBudgetMs ?? 1_200;
  let deferralsOnTheWay = 0;
  const turns = new Turns(() => deferralsOnTheWay > 0);
  /** A deferral: answers wait while any is on its way, so late interactions are acknowledged first. */
  const deferring = async <T>(request: Promise<T>): Promise<T> => {
    deferralsOnTheWay++;
    try {
      return await request;
    } finally {
      deferralsOnTheWay--;
    }
  };
  // Commands that fetch or change things (runAsync) are never re-run by a page button.
  const pageButtons = new PageButtons(
    registry.filter((c) => !c.runAsync),
    {
      maxLongQuestions: options.maxLongQuestions,
      signingKey: config.token,
    },
  );
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
      await deliver(
        interaction,
        errorReply(
          'bad-input',
          `This bot has no /${interaction.commandName} command any more; the command list may be out of date.`,
        ),
      );
      return 'bad-input';
    }
    const cooldown = command.cooldownSeconds;
    const blockedUntil = cooldown ? cooldowns.blockedUntil(command.name, userId) : undefined;
    if (blockedUntil !== undefined) {
      await deliver(
        interaction,
        errorReply(
          'cooldown',
          `/${command.name} is cooling down for you — try again <t:${Math.ceil(blockedUntil / 1000)}:R>.`,
        ),
      );
      return 'cooldown';
    }
    if (cooldown) cooldowns.start(command.name, userId, cooldown);

    const args = argsOf(interaction);
    const kb = currentKb();
    const ctx: CommandContext = {
      kb,
      invoker: invokerOf(interaction),
      ...(options.addSource && { addSource: options.addSource }),
    };
    let reply: Reply;
    try {
      const answer = turns.run(() => startCommand(command, args, ctx));
      reply = await answerInTime(interaction, answer, () => deferring(interaction.deferReply()));
    } catch (error) {
      if (cooldown) cooldowns.cancel(command.name, userId);
      throw error;
    }
    if (cooldown && reply.error?.kind === 'bad-input') cooldowns.cancel(command.name, userId);
    await deliver(interaction, reply, { command: command.name, args, kb });
    logger.info(
      {
        interactionId: interaction.id,
        command: command.name,
        userId,
        ms: Date.now() - startedAt,
        pages: reply.pages.length,
        deferred: interaction.deferred,
        ...(reply.error && { answer: reply.error.kind }),
      },
      'answered',
    );
    return reply.error?.kind ?? 'ok';
  }

  /**
   * Waits for the answer; if it is not ready in time, defers (publicly for a command) so Discord
   * keeps the interaction open. In time: `deferAfterMs` from now, and at most `ackBudgetMs` after
   * Discord made the interaction (a clock running ahead of Discord's only defers early).
   */
  async function answerInTime(
    interaction: Interaction,
    answer: Promise<Reply>,
    defer: () => Promise<unknown>,
  ): Promise<Reply> {
    const waited = Math.max(0, Date.now() - interaction.createdTimestamp);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, Math.min(deferAfterMs, ackBudgetMs - waited)));
    });
    try {
      const first = await Promise.race([answer, late]);
      if (first !== 'late') return first;
    } finally {
      clearTimeout(timer);
    }
    await defer();
    return answer;
  }

  /** Shows page 0 of a reply (with page buttons that carry `question`); works whatever state the interaction is in. */
  async function deliver(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    reply: Reply,
    question?: Question,
  ): Promise<void> {
    const shown = paged(reply, question);
    const first = shown[0]!;
    const ephemeral = reply.ephemeral || first.flags === MessageFlags.Ephemeral;
    const message = toDiscordMessage(first);
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

  /** The reply's pages, with buttons whose custom_id asks the question again (nothing is kept here). */
  function paged(reply: Reply, question: Question | undefined): readonly MessagePayload[] {
    if (reply.pages.length === 0) return errorReply('internal', 'The command gave no answer.').pages;
    if (reply.pages.length === 1 || !question || !pageButtons.pageable(question.command)) return reply.pages;
    const version = corpusVersion(question.kb);
    return withPager(reply.pages, (page) =>
      pageButtons.encode(version, page, question.command, question.args),
    );
  }

  /**
   * A page button: the question in its custom_id is asked again of the current corpus. The one
   * who asked turns the message's pages; anyone else gets that page for themselves, ephemerally.
   */
  async function turnPage(interaction: ButtonInteraction): Promise<string> {
    const decoded = pageButtons.decode(interaction.customId);
    if (decoded.kind !== 'ok') {
      await deliver(interaction, decoded.kind === 'forgotten' ? FORGOTTEN_QUESTION : FORGED_BUTTON);
      return decoded.kind === 'forgotten' ? 'expired' : 'bad-input';
    }
    const { target } = decoded;
    const command = findCommand(target.command)!; // decode() accepts registry commands only
    const asker =
      interaction.message.interactionMetadata?.user.id ?? interaction.message.interaction?.user.id;
    const own = asker === interaction.user.id;
    const kb = currentKb();
    const answer = turns.run(() =>
      startCommand(command, target.args, { kb, invoker: invokerOf(interaction) }),
    );
    const reply = await answerInTime(interaction, answer, () =>
      deferring(own ? interaction.deferUpdate() : interaction.deferReply({ flags: MessageFlags.Ephemeral })),
    );
    const pages = paged(reply, { command: command.name, args: target.args, kb });
    const page = pages[Math.min(target.page, pages.length - 1)]!;
    const changed = target.version !== corpusVersion(kb);
    const shown = changed ? withNotice(page, CORPUS_CHANGED) : page;
    if (own && !reply.error) {
      const message = toDiscordMessage(shown);
      if (interaction.deferred) await interaction.editReply(message);
      else await interaction.update(message);
      return 'ok';
    }
    await deliver(interaction, {
      pages: [{ ...shown, flags: MessageFlags.Ephemeral }],
      ephemeral: true,
      ...(reply.error && { error: reply.error }),
    });
    return reply.error?.kind ?? 'ok';
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: ReturnType<NonNullable<BotCommand['autocomplete']>> = [];
    const typed = boundedAutocompleteInput(
      focused.value,
      command?.options.find((o) => o.name === focused.name),
    );
    try {
      if (typed !== null) choices = command?.autocomplete?.(focused.name, typed, { kb: currentKb() }) ?? [];
    } catch (error) {
      logger.error(
        { err: error, interactionId: interaction.id, command: interaction.commandName, option: focused.name },
        'autocomplete failed',
      );
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
    if (
      error instanceof DiscordAPIError &&
      (error.code === UNKNOWN_INTERACTION || error.code === ALREADY_ACKNOWLEDGED)
    ) {
      logger.warn(
        { ...where, code: error.code, err: error },
        error.code === UNKNOWN_INTERACTION
          ? 'interaction expired before the answer (10062)'
          : 'interaction was already answered (40060)',
      );
      return;
    }
    logger.error({ ...where, err: error }, 'interaction failed');
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const command = interaction.isChatInputCommand() ? ` /${interaction.commandName}` : '';
    try {
      await deliver(
        interaction,
        errorReply(
          'internal',
          `Something went wrong while answering${command}. It has been logged; try again in a moment.`,
        ),
      );
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
    const work = handle(interaction).catch((error: unknown) =>
      logger.error({ err: error }, 'interaction boundary failed'),
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error({ err: error, shardId }, 'gateway connection error'),
  );
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) logger.warn({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway shard ready'));

  const ready = waitForReady(client, options.readyTimeoutMs ?? 30_000);
  try {
    await Promise.all([client.login(config.token), ready.promise]);
  } catch (error) {
    ready.cancel();
    await client.destroy();
    throw error;
  }
  logger.info(
    { user: client.user?.tag, applicationId: client.application?.id, commands: registry.length },
    'bot ready',
  );

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
    logger.info('bot stopped');
  }

  return {
    client: client as Client<true>,
    stop: () => (stopped ??= stop()),
  };
}

/** Checks the arguments as dispatch() does (validateArgs), then starts the command, async or not. */
async function startCommand(command: BotCommand, args: CommandArgs, ctx: CommandContext): Promise<Reply> {
  const checked = validateArgs(command, args);
  if (!checked.ok) return errorReply('bad-input', checked.problem);
  return (command.runAsync ?? command.run)(checked.args, ctx);
}

/** What a page button asks again: the command and its options, of this knowledge base. */
interface Question {
  command: string;
  args: CommandArgs;
  kb: KnowledgeBase;
}

/** A line above a page (the page's own content, if any, follows it). */
function withNotice(page: MessagePayload, notice: string): MessagePayload {
  return { ...page, content: cut(page.content ? `${notice}\n${page.content}` : notice, LIMITS.content) };
}

/** Who ran the command (or pressed), and whether Discord says they may manage the server right now. */
function invokerOf(interaction: ChatInputCommandInteraction | ButtonInteraction): Invoker {
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    canManageGuild:
      interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
  };
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
    const options = Object.fromEntries(
      interaction.options.data.map((o) => [o.name, cutForLog(String(o.value ?? ''))]),
    );
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
  if (typeof shards === 'number')
    return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
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
    timer = setTimeout(
      () => reject(new Error(`the gateway did not get ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return {
    promise,
    cancel() {
      clearTimeout(timer);
      if (onReady) client.off(Events.ClientReady, onReady);
    },
  };
}
