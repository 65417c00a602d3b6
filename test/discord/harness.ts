/** Shared setup for the Discord end-to-end tests: a fake Discord, a captured log, a bot with a test registry. */
import type { IIdentifyThrottler } from '@discordjs/ws';
import { MessageFlags } from 'discord-api-types/v10';
import type { CommandArgs, CommandContext } from '../../src/command.ts';
import { type BotCommand, type RunningBot, type StartBotOptions, startBot } from '../../src/discord/bot.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { code } from '../../src/render/markdown.ts';
import type { MessagePayload, Reply } from '../../src/render/payload.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../support/fakeDiscord.ts';

const NO_MENTIONS = { parse: [] as [] };

export function textReply(content: string, ephemeral = false): Reply {
  return {
    pages: [{ content, allowedMentions: NO_MENTIONS, ...(ephemeral && { flags: MessageFlags.Ephemeral }) }],
    ephemeral,
  };
}

function page(n: number, total: number): MessagePayload {
  return {
    embeds: [{ title: 'Pages', description: `This is page ${n} of ${total}.` }],
    allowedMentions: NO_MENTIONS,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A command whose answer the test releases by hand, to hold an interaction in flight; once
 * released it answers with `answer` (given the context it started with).
 */
export function gate(answer: (ctx: CommandContext) => string = () => 'finally done'): {
  command: BotCommand;
  started: Promise<void>;
  release(): void;
} {
  let release!: () => void;
  let markStarted!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const command: BotCommand = {
    name: 'held',
    description: 'Answers when the test lets it',
    options: [],
    examples: ['/held'],
    run: async (_args, ctx) => {
      markStarted();
      await released;
      return textReply(answer(ctx));
    },
  };
  return { command, started, release };
}

export const PLACES = Array.from({ length: 30 }, (_, i) => `Place ${String(i + 1).padStart(2, '0')}`);

/** Fake commands that give the tests control: slow, throwing, multi-page, cooled-down, autocompleting. */
export function testRegistry(): BotCommand[] {
  return [
    {
      name: 'echo',
      description: 'Repeats the text back',
      options: [
        { name: 'text', description: 'What to repeat', type: 'string', required: true, maxLength: 6000 },
      ],
      examples: ['/echo text:hello'],
      // Raw user text on purpose (in an embed too): only allowed_mentions stands between it and a ping.
      run: (args: CommandArgs) => ({
        pages: [
          {
            content: `You said: ${code(args.text ?? '').slice(0, 1900)}`,
            embeds: [{ title: 'Raw', description: (args.text ?? '').slice(0, 4000) }],
            allowedMentions: NO_MENTIONS,
          },
        ],
        ephemeral: false,
      }),
    },
    {
      name: 'pages',
      description: 'Answers with several pages',
      options: [{ name: 'count', description: 'How many pages', type: 'string' }],
      examples: ['/pages count:3'],
      run: (args: CommandArgs) => {
        const total = Number(args.count ?? 3);
        return { pages: Array.from({ length: total }, (_, i) => page(i + 1, total)), ephemeral: false };
      },
    },
    {
      name: 'slow',
      description: 'Takes its time',
      options: [{ name: 'ms', description: 'How long', type: 'string' }],
      examples: ['/slow ms:500'],
      run: async (args: CommandArgs) => {
        await sleep(Number(args.ms ?? 400));
        return textReply('slow answer');
      },
    },
    {
      name: 'slow-refusal',
      description: 'Takes its time, then refuses (an ephemeral error)',
      options: [],
      examples: ['/slow-refusal'],
      run: async () => {
        await sleep(400);
        return {
          ...textReply('Nothing found for that.', true),
          error: { kind: 'not-found', message: 'Nothing found for that.' },
        };
      },
    },
    {
      name: 'boom',
      description: 'Always throws',
      options: [],
      examples: ['/boom'],
      run: () => {
        throw new Error('kaboom: the handler broke');
      },
    },
    {
      name: 'costly',
      description: 'Expensive, so cooled down',
      options: [{ name: 'q', description: 'A question', type: 'string', required: true }],
      cooldownSeconds: 30,
      examples: ['/costly q:x'],
      run: () => textReply('costly answer'),
    },
    {
      name: 'private',
      description: 'Answers only to the asker',
      options: [],
      examples: ['/private'],
      run: () => textReply('just for you', true),
    },
    {
      name: 'place',
      description: 'Autocompletes a place',
      options: [{ name: 'name', description: 'A place', type: 'string', required: true, autocomplete: true }],
      examples: ['/place name:Place 01'],
      run: (args: CommandArgs) => textReply(`place ${code(args.name ?? '')}`),
      autocomplete: (_option: string, value: string) =>
        PLACES.filter((p) => p.toLowerCase().includes(value.toLowerCase())).map((p) => ({
          name: p,
          value: p,
        })),
    },
  ];
}

/** An identify throttle that never waits: the real one holds a second identify for ~5 s. */
const noIdentifyWait = (): IIdentifyThrottler => ({ waitForIdentify: async () => {} });

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  logs: string[];
  logger: Logger;
  /** Parsed log lines. */
  logEntries(): Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startHarness(
  overrides: Partial<StartBotOptions> = {},
  fakeOptions: FakeDiscordOptions = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start(fakeOptions);
  const logs: string[] = [];
  const logger = createLogger({
    name: 'test-bot',
    level: 'debug',
    destination: { write: (line: string) => logs.push(line) },
    secrets: [fake.token],
  });
  const bot = await startBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    registry: testRegistry(),
    kb: {} as KnowledgeBase, // the test commands never read it
    logger,
    deferAfterMs: 200,
    clientOptions: { ws: { buildIdentifyThrottler: noIdentifyWait } },
    ...overrides,
  });
  return {
    fake,
    bot,
    logs,
    logger,
    logEntries: () => logs.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await bot.stop();
      await fake.stop();
    },
  };
}
