/**
 * The one error boundary every interaction passes through: it picks the handler for the
 * interaction's kind, times it, and whatever fails, the user hears about it (a short ephemeral
 * notice), the log has the details, the metrics count it, and the bot keeps serving.
 * One structured line per interaction: id, kind, command, outcome, latency.
 */
import { DiscordAPIError, type Interaction } from 'discord.js';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import type { Logger } from '../log.ts';
import { errorReply } from '../render/pages.ts';
import type { Handled, InteractionHandler } from './handlers/handler.ts';
import type { BotMetrics } from './metrics.ts';
import { deliver } from './respond.ts';

const STOPPING = errorReply('internal', 'The bot is restarting — try again in a minute.');

interface ErrorBoundaryOptions {
  /** The first whose `accepts` takes an interaction handles it. */
  handlers: readonly InteractionHandler[];
  logger: Logger;
  metrics: BotMetrics;
  /** True once the bot is stopping: interactions are then refused, politely. */
  stopping: () => boolean;
}

/** The function to give every interaction to; it never rejects. */
export function errorBoundary(options: ErrorBoundaryOptions): (interaction: Interaction) => Promise<void> {
  const { handlers, logger, metrics } = options;

  async function handle(interaction: Interaction): Promise<void> {
    const startedAt = performance.now();
    const handler = handlers.find((h) => h.accepts(interaction));
    let handled: Handled = { outcome: 'ok' };
    try {
      if (options.stopping()) {
        handled = { outcome: 'refused' };
        await refuse(interaction);
      } else if (handler) handled = await handler.handle(interaction);
    } catch (error) {
      handled = { outcome: 'failed' };
      await recover(interaction, error);
    }
    if (!handler) return; // not a kind this bot answers (a select menu on someone else's message)
    const seconds = (performance.now() - startedAt) / 1000;
    const command = handler.commandOf(interaction);
    metrics.interactionDone({ kind: handler.kind, command, outcome: handled.outcome, seconds });
    const quiet = handler.kind === 'autocomplete' && handled.outcome === 'ok'; // one per keystroke
    logger[quiet ? 'debug' : 'info'](
      {
        interactionId: interaction.id,
        kind: handler.kind,
        command,
        userId: interaction.user.id,
        outcome: handled.outcome,
        ms: Math.round(seconds * 1000),
        ...handled.details,
      },
      'answered',
    );
  }

  async function refuse(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isChatInputCommand() || interaction.isButton()) await deliver(interaction, STOPPING);
  }

  async function recover(interaction: Interaction, error: unknown): Promise<void> {
    const where = interactionSummary(interaction);
    if (
      error instanceof DiscordAPIError &&
      (error.code === RESTJSONErrorCodes.UnknownInteraction ||
        error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
    ) {
      logger.warn(
        { ...where, code: error.code, err: error },
        error.code === RESTJSONErrorCodes.UnknownInteraction
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

  return (interaction) =>
    handle(interaction).catch((error: unknown) =>
      logger.error({ err: error, interactionId: interaction.id }, 'interaction boundary failed'),
    );
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

function cutForLog(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}
