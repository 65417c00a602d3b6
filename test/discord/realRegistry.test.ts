/**
 * The real registry and the seed corpus through the whole Discord path, and the real entry
 * points (`npm run deploy-commands`, `npm start`) as child processes against the fake Discord.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../src/command.ts';
import { parseLine } from '../../src/console/parseLine.ts';
import { commandsToDiscordJSON } from '../../src/discord/deploy.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { NODE_FLAGS } from '../../src/runtime.ts';
import { FakeDiscord, type MessageBody, type SentInteraction } from '../support/fakeDiscord.ts';
import { type Harness, startHarness } from './harness.ts';
import { HOSTILE_INPUTS } from './hostileInputs.ts';

// The registry is written in parallel with this adapter: until it imports, these tests say so and skip.
let commands: readonly CommandDefinition[] = [];
let kb: KnowledgeBase | undefined;
let unavailable = '';
try {
  ({ commands } = await import('../../commands/index.ts'));
  const { loadKnowledgeBase } = await import('../../src/index/load.ts');
  kb = await loadKnowledgeBase({ corpusDir: 'corpus' });
} catch (error) {
  unavailable = (error as Error).message.split('\n')[0]!;
  console.warn(`real-registry tests skipped: ${unavailable}`);
}

const LIMITS = { content: 2000, description: 4096, title: 256, embed: 6000, footer: 2048 };

function expectWithinDiscordLimits(body: MessageBody): void {
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect([...(body.content ?? '')].length).toBeLessThanOrEqual(LIMITS.content);
  expect((body.embeds ?? []).length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of body.embeds ?? []) {
    expect([...(embed.description ?? '')].length).toBeLessThanOrEqual(LIMITS.description);
    expect([...(embed.title ?? '')].length).toBeLessThanOrEqual(LIMITS.title);
    expect([...(embed.footer?.text ?? '')].length).toBeLessThanOrEqual(LIMITS.footer);
    total += [
      embed.title,
      embed.description,
      embed.footer?.text,
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    ].join('').length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embed);
}

describe.skipIf(Boolean(unavailable))('the real registry on the seed corpus', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ registry: commands, kb: kb!, deferAfterMs: 2_000 });
  });
  afterAll(async () => {
    await h?.close();
  });

  const answerOf = (sent: SentInteraction): Promise<MessageBody> => h.fake.answerOf(sent);

  it('registers names and descriptions Discord accepts', () => {
    for (const command of commandsToDiscordJSON(commands)) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.options.length).toBeLessThanOrEqual(25);
      for (const option of command.options) expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    }
  });

  it('every example in every command’s help is answered within Discord’s limits, with no failures logged', async () => {
    for (const command of commands) {
      for (const example of command.examples) {
        const parsed = parseLine(example, commands);
        expect(parsed.ok, example).toBe(true);
        if (!parsed.ok) continue;
        const args = Object.fromEntries(
          Object.entries(parsed.args).filter((e): e is [string, string] => e[1] !== undefined),
        );
        expectWithinDiscordLimits(await answerOf(h.fake.sendCommand(command.name, args)));
      }
    }
    expect(h.logEntries().filter((e) => Number(e.level) >= 50)).toEqual([]);
  });

  it('hostile text in every option of every command → answered within limits, nothing pings, nothing crashes', async () => {
    for (const command of commands) {
      for (const option of command.options) {
        for (const text of Object.values(HOSTILE_INPUTS)) {
          expectWithinDiscordLimits(
            await answerOf(
              h.fake.sendCommand(command.name, { ...requiredFilled(command), [option.name]: text }),
            ),
          );
        }
      }
    }
    expect(h.logEntries().filter((e) => Number(e.level) >= 50)).toEqual([]);
  });

  it('autocomplete answers real choices within Discord’s limits', async () => {
    for (const command of commands.filter((c) => c.autocomplete)) {
      for (const option of command.options.filter((o) => o.autocomplete)) {
        const callback = await h.fake.waitForCallback(
          h.fake.sendAutocomplete(command.name, { [option.name]: '' }, option.name),
        );
        expect(callback.type).toBe(8);
        expect(callback.data!.choices!.length).toBeLessThanOrEqual(25);
        for (const choice of callback.data!.choices!)
          expect([...choice.value].length).toBeLessThanOrEqual(100);
      }
    }
  });
});

/** Some value for each required option, so an option under test is not masked by a missing one. */
function requiredFilled(command: CommandDefinition): Record<string, string> {
  const filler = (command.examples.map((e) => parseLine(e, [command])).find((p) => p.ok) ?? {
    ok: false,
  }) as ReturnType<typeof parseLine>;
  const args: Record<string, string> = {};
  for (const option of command.options.filter((o) => o.required)) {
    args[option.name] = (filler.ok && filler.args[option.name]) || 'x';
  }
  return args;
}

describe.skipIf(Boolean(unavailable))('the entry points against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.stop();
  });
  const env = () => ({
    PATH: process.env.PATH,
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.defaultGuildId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: 'corpus',
    LOG_LEVEL: 'info',
  });

  it('npm run deploy-commands → one guild PUT with the registry’s JSON, exit 0, no token in the output', async () => {
    // Not spawnSync: the fake Discord answering the child lives in this process's event loop.
    const result = await run('src/discord/deployMain.ts', env());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Deployed \d+ commands to guild/);
    expect(fake.deployments.at(-1)?.body).toEqual(commandsToDiscordJSON(commands));
    expect(result.stdout + result.stderr).not.toContain(fake.token);
  });
  // `npm start` itself (serving, live reload, SIGTERM) is exercised in liveReload.test.ts and sharding.test.ts.
});

function run(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
