import type { Choice } from '../command.ts';

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
    kept.push({ name: chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH - 1).join('')}…` : name, value });
    if (kept.length === MAX_CHOICES) break;
  }
  return kept;
}
