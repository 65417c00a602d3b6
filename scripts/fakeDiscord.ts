/**
 * `npm run dev:fake-discord`: watch the bot work without a Discord account. Starts a fake
 * Discord on 127.0.0.1, deploys the real commands to it, starts the real bot against it, sends
 * a few interactions (or the ones given) and prints each exchange as it crossed the wire.
 *
 *   npm run dev:fake-discord                                   the demo exchange
 *   npm run dev:fake-discord -- "/who-said speaker:Aliyev"     your own commands
 *   npm run dev:fake-discord -- --interactive                  type commands; `next` turns the page
 *   npm run dev:fake-discord -- --serve [--port 3999] [--shards 2]   only the fake; run `npm run start:dev` yourself
 *
 * Logs (pino JSON) go to stderr; the exchange goes to stdout.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { CommandDefinition } from '../src/command.ts';
import { indexSettings, readSettingsOrExit } from '../src/config.ts';
import { parseLine } from '../src/console/parseLine.ts';
import { startBot } from '../src/discord/bot.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { createLogger } from '../src/log.ts';
import {
  type CallbackRecord,
  FakeDiscord,
  type MessageBody,
  type SentInteraction,
} from '../test/support/fakeDiscord.ts';

const DEMO = [
  '/sources',
  '/who-said speaker:Blinken',
  '/timeline 2023-09',
  'next',
  '/who-said about:@everyone <@123456789012345678>',
  '/help',
];
const CALLBACK_TYPES: Record<number, string> = {
  [InteractionResponseType.ChannelMessageWithSource]: 'reply',
  [InteractionResponseType.DeferredChannelMessageWithSource]: 'deferred ("thinking…")',
  [InteractionResponseType.UpdateMessage]: 'update (page turn)',
  [InteractionResponseType.ApplicationCommandAutocompleteResult]: 'autocomplete choices',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    interactive: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    port: { type: 'string' },
    shards: { type: 'string' },
    corpus: { type: 'string' },
  },
});

const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

function show(body: MessageBody | undefined): void {
  if (!body) return;
  const flags = body.flags && body.flags & MessageFlags.Ephemeral ? ' [ephemeral]' : '';
  out(`   allowed_mentions: ${JSON.stringify(body.allowed_mentions)}${flags}`);
  if (body.content) out(indent(body.content));
  for (const embed of body.embeds ?? []) {
    if (embed.title) out(indent(`# ${embed.title}`));
    if (embed.description) out(indent(embed.description));
    if (embed.footer) out(indent(`(${embed.footer.text})`));
  }
  const buttons = (body.components ?? []).flatMap((row) => row.components);
  if (buttons.length) out(indent(buttons.map((b) => `[${b.label}${b.disabled ? ' (off)' : ''}]`).join(' ')));
  if (body.choices) out(indent(body.choices.map((c) => c.name).join(' · ') || '(no choices)'));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `   │ ${line}`)
    .join('\n');
}

async function serveOnly(): Promise<void> {
  const fake = await FakeDiscord.start({
    ...(values.port && { port: Number(values.port) }),
    ...(values.shards && { shards: Number(values.shards) }),
  });
  out('A fake Discord is listening. In another terminal:');
  out();
  out(`  DISCORD_TOKEN=${fake.token} \\`);
  out(`  DISCORD_APPLICATION_ID=${fake.applicationId} DISCORD_GUILD_ID=${fake.defaultGuildId} \\`);
  out(`  DISCORD_API_URL=${fake.apiUrl} npm run start:dev`);
  out('  (the same variables with `npm run deploy-commands` register the commands here)');
  out();
  out('Then type commands here, e.g. /timeline 2023-09 (and `next` to turn the page).');
  await exchangeLoop(fake, undefined);
  await fake.stop();
}

async function exchangeLoop(
  fake: FakeDiscord,
  registry: readonly CommandDefinition[] | undefined,
  lines?: readonly string[],
): Promise<void> {
  let lastPaged: CallbackRecord | MessageBody | undefined;
  const nextButtonOf = (body: MessageBody | undefined) =>
    body?.components?.flatMap((r) => r.components).find((b) => b.label?.startsWith('Next') && !b.disabled)
      ?.custom_id;

  async function exchange(line: string): Promise<void> {
    out(`\n→ ${line}`);
    let sent: SentInteraction;
    if (line === 'next') {
      const body = lastPaged && 'type' in lastPaged ? lastPaged.data : lastPaged;
      const id = nextButtonOf(body);
      if (!id) return out('   (no page to turn)');
      sent = fake.pressButton(id);
    } else {
      const args = parsedArgs(line, registry);
      if (typeof args === 'string') return out(`   ${args}`);
      sent = fake.sendCommand(args.name, args.options);
    }
    const callback = await fake.waitForCallback(sent, 15_000);
    out(`← callback type ${callback.type}: ${CALLBACK_TYPES[callback.type] ?? 'other'}`);
    let body = callback.data;
    if (callback.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      const edit = await fake.waitFor(
        () => fake.webhooks.find((w) => w.token === sent.token && w.method !== 'DELETE'),
        'the deferred answer',
        15_000,
      );
      out(`← ${edit.method} ${edit.messageId === '@original' ? '@original (the answer)' : 'follow-up'}`);
      body = edit.body;
    }
    show(body);
    if (nextButtonOf(body)) lastPaged = body;
  }

  if (lines) {
    for (const line of lines) await exchange(line);
    return;
  }
  const rl = createInterface({ input: process.stdin, prompt: 'fake-discord> ' });
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'quit' || line === 'exit') break;
    if (line) {
      if (!fake.connected) out('   (no bot connected yet)');
      else await exchange(line).catch((error: unknown) => out(`   ${(error as Error).message}`));
    }
    rl.prompt();
  }
  rl.close();
}

/** Parses `/name option:value …` with the registry when there is one, else `name key:value` loosely. */
function parsedArgs(
  line: string,
  registry: readonly CommandDefinition[] | undefined,
): { name: string; options: Record<string, string> } | string {
  if (registry) {
    const parsed = parseLine(line, registry);
    if (!parsed.ok) return parsed.problem;
    const options = Object.fromEntries(
      Object.entries(parsed.args).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return { name: parsed.command.name, options };
  }
  const m = /^\/?([\w-]+)\s*(.*)$/.exec(line);
  if (!m) return 'Type a command such as /sources.';
  const options: Record<string, string> = {};
  for (const pair of m[2]!.matchAll(/([\w-]+):(.*?)(?=\s+[\w-]+:|$)/g)) options[pair[1]!] = pair[2]!.trim();
  return { name: m[1]!, options };
}

async function demo(): Promise<void> {
  const settings = readSettingsOrExit();
  const logger = createLogger({
    name: 'fake-discord-demo',
    level: process.env.LOG_LEVEL ? settings.logLevel : 'warn', // quieter than the bot by default
    pretty: settings.prettyLogs,
  });
  const [{ commands }, { loadKnowledgeBase }] = await Promise.all([
    import('../commands/index.ts'),
    import('../src/index/load.ts'),
  ]);
  const corpusDir = values.corpus ?? settings.corpusDir;
  const fake = await FakeDiscord.start();
  const config = {
    token: fake.token,
    applicationId: fake.applicationId,
    guildId: fake.defaultGuildId,
    apiUrl: fake.apiUrl,
  };
  try {
    const loadedAt = Date.now();
    const kb = await loadKnowledgeBase({ corpusDir, ...indexSettings(settings) });
    out(`Corpus: ${kb.documents.size} documents from ${corpusDir} (${Date.now() - loadedAt} ms).`);
    const deployed = await deployCommands({ config, registry: commands });
    out(
      `Deployed ${deployed.count} commands to the fake guild: ${commands.map((c) => `/${c.name}`).join(', ')}.`,
    );
    const startedAt = Date.now();
    const bot = await startBot({ config, registry: commands, kb, logger });
    out(`Bot logged in to the fake gateway and is ready (${Date.now() - startedAt} ms).`);
    try {
      await exchangeLoop(
        fake,
        commands,
        values.interactive ? undefined : positionals.length ? positionals : DEMO,
      );
    } finally {
      await bot.stop();
    }
    out(
      `\nDone: ${fake.requests.length} HTTP requests and ${fake.gateway.length} gateway events crossed the loopback; nothing left the machine.`,
    );
  } finally {
    await fake.stop();
  }
}

(values.serve ? serveOnly() : demo()).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
