/**
 * A command's handler gets its arguments typed from its options. The `@ts-expect-error` lines are
 * the type-level spec: `npm run typecheck` fails if any of them compiles (a misspelt option
 * name, field or kind would then slip through). The `it` blocks check validateArgs at run time.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { casualtiesCommand } from '../../commands/casualties.ts';
import type { timelineCommand } from '../../commands/timeline.ts';
import type { whoSaidCommand } from '../../commands/who-said.ts';
import { type ArgsOf, defineCommand } from '../../src/command.ts';
import type { Reply } from '../../src/render/payload.ts';
import { validateArgs } from '../../src/validateArgs.ts';

const ok: Reply = { pages: [], ephemeral: false };

const sample = defineCommand({
  name: 'sample',
  description: 'Every kind of option',
  options: [
    { type: 'string', name: 'topic', description: 'Words', required: true, maxLength: 20 },
    { type: 'string', name: 'note', description: 'More words', minLength: 2, autocomplete: true },
    {
      type: 'string',
      name: 'side',
      description: 'One side',
      choices: [
        { name: 'Armenia', value: 'am' },
        { name: 'Azerbaijan', value: 'az' },
      ],
    },
    { type: 'integer', name: 'count', description: 'How many', minValue: 1, maxValue: 10 },
    { type: 'number', name: 'share', description: 'A share' },
    { type: 'boolean', name: 'all', description: 'Everything' },
  ],
  positional: 'topic',
  examples: ['/sample topic:x'],
  run: (args) => {
    expectTypeOf(args).toEqualTypeOf<{
      readonly topic: string;
      readonly note?: string | undefined;
      readonly side?: 'am' | 'az' | undefined;
      readonly count?: number | undefined;
      readonly share?: number | undefined;
      readonly all?: boolean | undefined;
    }>();
    // @ts-expect-error a misspelt option name does not compile
    void args.topik;
    // @ts-expect-error an integer option is a number, not a string
    void args.count?.trim();
    return ok;
  },
  autocomplete: (option) => {
    expectTypeOf(option).toEqualTypeOf<'note'>();
    return [];
  },
});

const SIDES = [{ name: 'Armenia', value: 'am' }] as const;

// Each definition below carries a mistake that must not compile.
const mistakes = () => [
  defineCommand({
    name: 'bad-positional',
    description: 'd',
    options: [{ type: 'string', name: 'period', description: 'd' }],
    // @ts-expect-error the positional option must be one of the command's options
    positional: 'perod',
    examples: [],
    run: () => ok,
  }),
  defineCommand({
    name: 'bad-field',
    description: 'd',
    // @ts-expect-error a misspelt field of an option (requried) does not compile
    options: [{ type: 'string', name: 'period', description: 'd', requried: true }],
    examples: [],
    run: () => ok,
  }),
  defineCommand({
    name: 'bad-kind',
    description: 'd',
    // @ts-expect-error an option kind Discord's registry has no place for here
    options: [{ type: 'text', name: 'period', description: 'd' }],
    examples: [],
    run: () => ok,
  }),
  defineCommand({
    name: 'bad-autocomplete',
    description: 'd',
    options: [
      { type: 'string', name: 'speaker', description: 'd', autocomplete: true },
      { type: 'string', name: 'about', description: 'd' },
    ],
    examples: [],
    run: () => ok,
    // @ts-expect-error only options marked autocomplete are asked about
    autocomplete: (option) => (option === 'about' ? [] : []),
  }),
  defineCommand({
    name: 'bad-fields',
    description: 'd',
    options: [
      // @ts-expect-error a length is for strings; an integer option takes minValue/maxValue
      { type: 'integer', name: 'count', description: 'd', maxLength: 3 },
      // @ts-expect-error a string option's choices are strings
      { type: 'string', name: 'side', description: 'd', choices: [{ name: 'one', value: 1 }] },
      // @ts-expect-error Discord takes autocomplete or choices, not both
      { type: 'string', name: 'who', description: 'd', autocomplete: true, choices: SIDES },
    ],
    examples: [],
    run: () => ok,
  }),
];

describe('the registry’s handlers are typed from their options', () => {
  it('mistakes in a definition fail `npm run typecheck` (the @ts-expect-error lines above)', () => {
    expect(mistakes()).toHaveLength(5);
  });

  it('/who-said, /timeline and /casualties', () => {
    expectTypeOf<Parameters<typeof whoSaidCommand.run>[0]>().toEqualTypeOf<{
      readonly speaker?: string | undefined;
      readonly about?: string | undefined;
      readonly side?: string | undefined;
    }>();
    expectTypeOf<ArgsOf<typeof timelineCommand.options>>().toEqualTypeOf<{
      readonly month: string;
      readonly about?: string | undefined;
    }>();
    expectTypeOf(casualtiesCommand.positional).toEqualTypeOf<'period' | 'about' | undefined>();
  });
});

describe('validateArgs: one check for the console, the bot and page buttons', () => {
  const problem = (raw: Record<string, string>) => {
    const v = validateArgs(sample, raw);
    return v.ok ? undefined : v.problem;
  };

  it('gives typed arguments: strings as typed, numbers and booleans parsed, choices by value or name', () => {
    const v = validateArgs(sample, {
      topic: ' cease fire ',
      count: '3',
      share: '0.5',
      all: 'yes',
      side: 'Armenia',
    });
    expect(v).toEqual({
      ok: true,
      args: { topic: ' cease fire ', count: 3, share: 0.5, all: true, side: 'am' },
    });
  });

  it('an empty optional number, boolean or choice is no value; an empty optional string stays empty', () => {
    expect(validateArgs(sample, { topic: 'x', count: ' ', all: '', side: '', note: '' })).toEqual({
      ok: true,
      args: { topic: 'x', note: '' },
    });
  });

  it('says what would work', () => {
    expect(problem({ topic: 'x', topik: 'y' })).toMatch(/has no option `topik`\. It takes `topic:`, `note:`/);
    expect(problem({})).toBe('/sample needs `topic:`: Words. Example: `/sample topic:x`');
    expect(problem({ topic: 'é'.repeat(21) })).toBe('`topic:` takes at most 20 characters; yours has 21.');
    expect(problem({ topic: 'x', note: 'y' })).toBe('`note:` takes at least 2 characters; yours has 1.');
    expect(problem({ topic: 'x', side: 'Russia' })).toBe('`side:` takes one of `am`, `az`.');
    expect(problem({ topic: 'x', count: '2.5' })).toBe('`count:` takes a whole number from 1 to 10.');
    expect(problem({ topic: 'x', count: '11' })).toBe('`count:` takes a whole number from 1 to 10.');
    expect(problem({ topic: 'x', share: 'half' })).toBe('`share:` takes a number, e.g. `3`.');
    expect(problem({ topic: 'x', all: 'maybe' })).toBe('`all:` takes `yes` or `no`.');
  });
});
