/** Autocomplete: the command's suggestions for what is typed, within Discord's limits; never an error. */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { Logger } from '../../log.ts';
import type { Answering } from '../answering.ts';
import { boundedAutocompleteInput, sanitizeChoices } from '../choices.ts';
import type { BotCommand } from '../invoke.ts';
import { type Handled, type InteractionHandler, registeredCommandName } from './handler.ts';

type Choices = ReturnType<NonNullable<BotCommand['autocomplete']>>;

export function autocompleteHandler(options: {
  answering: Answering;
  logger: Logger;
}): InteractionHandler<AutocompleteInteraction> {
  const { answering, logger } = options;
  return {
    kind: 'autocomplete',
    accepts: (interaction: Interaction): interaction is AutocompleteInteraction =>
      interaction.isAutocomplete(),
    commandOf: (interaction) => registeredCommandName(answering, interaction.commandName),
    async handle(interaction): Promise<Handled> {
      const command = answering.findCommand(interaction.commandName);
      const focused = interaction.options.getFocused(true);
      let choices: Choices = [];
      const typed = boundedAutocompleteInput(
        focused.value,
        command?.options.find((o) => o.name === focused.name),
      );
      try {
        if (typed !== null)
          choices = command?.autocomplete?.(focused.name, typed, { kb: answering.currentKb() }) ?? [];
      } catch (error) {
        // Suggestions are a convenience: a failing one is logged, and the user sees none.
        logger.error(
          {
            err: error,
            interactionId: interaction.id,
            command: interaction.commandName,
            option: focused.name,
          },
          'autocomplete failed',
        );
      }
      const shown = sanitizeChoices(choices);
      await interaction.respond(shown);
      return { outcome: 'ok', details: { choices: shown.length } };
    },
  };
}
