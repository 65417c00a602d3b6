import type { ArgsOf, CommandArgs, CommandDefinition, OptionDefinition, OptionValue } from './command.ts';
import { code } from './render/markdown.ts';

type Validated<Options extends readonly OptionDefinition[]> =
  | { ok: true; args: ArgsOf<Options> }
  /** Short, and says what would work; the adapters show it as an ephemeral bad-input error. */
  | { ok: false; problem: string };

type Checked = { ok: true; value: OptionValue | undefined } | { ok: false; problem: string };

/**
 * The one check of a command's arguments against its own option definitions: the console (through
 * dispatch), the bot and page buttons all call it, so all give the same answers and errors.
 * String values reach the handler as typed (not trimmed); other kinds are parsed from their text.
 */
export function validateArgs<const Options extends readonly OptionDefinition[]>(
  command: Pick<CommandDefinition<Options>, 'name' | 'options' | 'examples'>,
  raw: CommandArgs,
): Validated<Options> {
  const options: readonly OptionDefinition[] = command.options;
  const known = new Set(options.map((o) => o.name));
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown !== undefined) {
    const allowed = options.length ? options.map((o) => code(`${o.name}:`)).join(', ') : 'no options';
    return { ok: false, problem: `/${command.name} has no option ${code(unknown)}. It takes ${allowed}.` };
  }
  const args: Record<string, OptionValue> = {};
  for (const option of options) {
    const value = raw[option.name];
    if (option.required && !value?.trim()) {
      const example = code(command.examples[0] ?? `/${command.name}`);
      return {
        ok: false,
        problem: `/${command.name} needs ${code(`${option.name}:`)}: ${option.description}. Example: ${example}`,
      };
    }
    if (value === undefined) continue;
    const checked = checkValue(option, value);
    if (!checked.ok) return checked;
    if (checked.value !== undefined) args[option.name] = checked.value;
  }
  // The loop above gave every required option a value of its kind, and only known names.
  return { ok: true, args: args as ArgsOf<Options> };
}

function checkValue(option: OptionDefinition, value: string): Checked {
  const label = code(`${option.name}:`);
  if (option.type === 'string') {
    const length = [...value].length;
    if (option.maxLength !== undefined && length > option.maxLength)
      return {
        ok: false,
        problem: `${label} takes at most ${option.maxLength} characters; yours has ${length}.`,
      };
    if (option.choices) return choiceOf(option, value.trim());
    if (option.minLength !== undefined && value.trim() && length < option.minLength)
      return {
        ok: false,
        problem: `${label} takes at least ${option.minLength} characters; yours has ${length}.`,
      };
    return { ok: true, value };
  }
  // Other kinds: an empty optional value is no value (the console's `count:`).
  const text = value.trim();
  if (!text) return { ok: true, value: undefined };
  if (option.type === 'boolean') {
    if (/^(true|yes)$/i.test(text)) return { ok: true, value: true };
    if (/^(false|no)$/i.test(text)) return { ok: true, value: false };
    return { ok: false, problem: `${label} takes ${code('yes')} or ${code('no')}.` };
  }
  if (option.choices) return choiceOf(option, text);
  const number = Number(text);
  const whole = option.type === 'integer';
  const inRange =
    Number.isFinite(number) &&
    (!whole || Number.isSafeInteger(number)) &&
    (option.minValue === undefined || number >= option.minValue) &&
    (option.maxValue === undefined || number <= option.maxValue);
  if (inRange) return { ok: true, value: number };
  return {
    ok: false,
    problem: `${label} takes ${numberRange(option, whole ? 'a whole number' : 'a number')}.`,
  };
}

/** A choice option's value: one of its choices, matched on its value (as text) or its name. */
function choiceOf(option: OptionDefinition, text: string): Checked {
  const choices = option.choices ?? [];
  const lower = text.toLowerCase();
  const chosen = choices.find((c) => String(c.value) === text || c.name.toLowerCase() === lower);
  if (chosen) return { ok: true, value: chosen.value };
  if (!text && !option.required) return { ok: true, value: undefined };
  const listed = choices.map((c) => code(String(c.value))).join(', ');
  return { ok: false, problem: `${code(`${option.name}:`)} takes one of ${listed}.` };
}

function numberRange(option: OptionDefinition, what: string): string {
  const { minValue: min, maxValue: max } = option;
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what} of at least ${min}`;
  if (max !== undefined) return `${what} of at most ${max}`;
  return `${what}, e.g. ${code('3')}`;
}
