import type { Choice, OptionDefinition } from '../command.ts';

/** Discord's limits for autocomplete: at most 25 choices, names and values of 1–100 characters. */
const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

/** Cuts names that are too long, drops choices whose value Discord would reject, keeps the first 25. */
export function sanitizeChoices(choices: readonly Choice[]): Choice[] {
  const kept: Choice[] = [];
  for (const choice of choices) {
    const value = choice.value;
    const name = choice.name.trim() || value;
    if (!value || [...value].length > MAX_LENGTH || !name) continue;
    const chars = [...name];
    kept.push({
      name: chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH - 1).join('')}…` : name,
      value,
    });
    if (kept.length === MAX_CHOICES) break;
  }
  return kept;
}

/**
 * What an autocomplete handler may see of the text being typed: nothing when it is longer than
 * the option takes (its maxLength, and never more than a choice's 100 characters, since no
 * choice could begin with it). Discord sends up to 6,000 characters per keystroke otherwise.
 */
export function boundedAutocompleteInput(
  value: unknown,
  option: Pick<OptionDefinition, 'maxLength'> | undefined,
): string | null {
  const text = String(value ?? '');
  const limit = Math.min(option?.maxLength ?? MAX_LENGTH, MAX_LENGTH);
  return [...text].length > limit ? null : text;
}
