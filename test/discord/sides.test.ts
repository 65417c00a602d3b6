/**
 * /framing and /who-said side: through the loopback Discord with the real registry and the
 * seeds: registered, answered within Discord's limits, verbatim, and autocompleted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { answerLine } from '../../src/console/answerLine.ts';
import { type commandsToDiscordJSON, deployCommands } from '../../src/discord/deploy.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MessagePayload } from '../../src/render/payload.ts';
import type { MessageBody, SentInteraction } from '../support/fakeDiscord.ts';
import { checkReply, hasCheckReply } from '../support/replyRules.ts';
import { type Harness, startHarness } from './harness.ts';

const CORPUS = 'corpus';
let kb: KnowledgeBase;
let h: Harness;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ corpusDir: CORPUS, now: new Date('2026-11-23T00:00:00Z'), cacheDir: false });
  h = await startHarness({ registry: commands, kb, deferAfterMs: 2_000 });
});
afterAll(async () => {
  await h?.close();
});

const answerOf = (sent: SentInteraction): Promise<MessageBody> => h.fake.answerOf(sent);

const described = (body: MessageBody) =>
  [body.content ?? '', ...(body.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)]
    .join('\n')
    .replace(/\\([\\*_~`|[\]#>+-])/g, '$1');

function expectWithinRules(body: MessageBody): void {
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect([...(body.content ?? '')].length).toBeLessThanOrEqual(2000);
  for (const embed of body.embeds ?? []) {
    expect([...(embed.description ?? '')].length).toBeLessThanOrEqual(4096);
    expect([...(embed.title ?? '')].length).toBeLessThanOrEqual(256);
  }
  if (hasCheckReply) {
    const payload = { ...body, allowedMentions: { parse: [] } } as unknown as MessagePayload;
    expect(checkReply(CORPUS, [payload]).output).toContain(' 0 problems');
  }
}

describe('deployed and described', () => {
  it('the registry registers /framing with its event option, and /who-said with an autocompleted side option', async () => {
    const result = await deployCommands({
      config: {
        token: h.fake.token,
        applicationId: h.fake.applicationId,
        guildId: h.fake.defaultGuildId,
        apiUrl: h.fake.apiUrl,
      },
      registry: commands,
    });
    expect(result).toBeDefined();
    const body = h.fake.deployments.at(-1)!.body as ReturnType<typeof commandsToDiscordJSON>;
    const framing = body.find((c) => c.name === 'framing');
    expect(framing?.options.map((o) => o.name)).toEqual(['event']);
    const side = body.find((c) => c.name === 'who-said')?.options.find((o) => o.name === 'side');
    expect(side).toMatchObject({ name: 'side', autocomplete: true });
  });

  it('/help lists /framing and side:', async () => {
    const out = described(await answerOf(h.fake.sendCommand('help')));
    expect(out).toContain('/framing');
    expect(out).toContain('side:');
  });
});

describe('/framing through Discord', () => {
  it('event:2023-09-19 → each side’s words, verbatim, within limits', async () => {
    const body = await answerOf(h.fake.sendCommand('framing', { event: '2023-09-19' }));
    const out = described(body);
    expect(out).toContain(
      '**Government of Azerbaijan** (in the text: Baku): “local anti-terrorist measures”',
    );
    expect(out).toContain(
      '**Government of Armenia** (in the text: Yerevan): “an act of large-scale aggression”',
    );
    expectWithinRules(body);
  });

  it('no option → the events named by more than one side', async () => {
    const body = await answerOf(h.fake.sendCommand('framing'));
    expect(described(body)).toContain('/framing event:2023-09-19');
    expectWithinRules(body);
  });

  it('a date that is not one → a short ephemeral error', async () => {
    const sent = h.fake.sendCommand('framing', { event: '2023-13-45' });
    const callback = await h.fake.waitForCallback(sent, 10_000);
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toContain('2023-09-19');
  });
});

describe('/who-said side: through Discord', () => {
  it('autocomplete offers the sides present in the corpus, and narrows as one types', async () => {
    const all = await h.fake.waitForCallback(h.fake.sendAutocomplete('who-said', { side: '' }, 'side'));
    expect(all.type).toBe(8);
    expect(all.data!.choices!.map((c) => c.value)).toEqual([
      'Armenia',
      'Azerbaijan',
      'Russia',
      'United States',
      'Media',
      'Not known',
    ]);
    const typed = await h.fake.waitForCallback(h.fake.sendAutocomplete('who-said', { side: 'rus' }, 'side'));
    expect(typed.data!.choices!.map((c) => c.value)).toEqual(['Russia']);
  });

  it('about: with side: keeps that side; about: alone groups by side', async () => {
    const one = await answerOf(h.fake.sendCommand('who-said', { about: 'hostilities', side: 'Russia' }));
    expect([...described(one).matchAll(/· side: ([^·]+) ·/g)].map((m) => m[1])).toEqual(['Russia']);
    expectWithinRules(one);
    const grouped = await answerOf(h.fake.sendCommand('who-said', { about: 'hostilities' }));
    // The seeds' joint call "The United States, Russia and the European Union called on the parties
    // to … stop hostilities" is no statement (CONVENTIONS 10): the EU says nothing else there.
    expect([...described(grouped).matchAll(/Side: ([^*]+)\*\*/g)].map((m) => m[1])).toEqual([
      'Russia',
      'United States',
    ]);
    expectWithinRules(grouped);
  });
});

describe('/framing on a corpus with many sides, through Discord', () => {
  let dir: string;
  let big: Harness;
  let many: KnowledgeBase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'framing-discord-'));
    // One day named by many bodies, each several times: the reply pages and stays within limits.
    const parts = [
      'Armenian Foreign Ministry',
      'Azerbaijani Defense Ministry',
      'Kremlin',
      'State Department',
      'Karabakh authorities',
      'Turkish government',
    ];
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) =>
        `On September 19, fighting was reported in sector ${i}. The ${parts[i % parts.length]} described it as "${'a long characterisation of the events '.repeat(3)}number ${i}".`,
    );
    writeFileSync(
      join(dir, 'a.txt'),
      ['Many sides', 'Published: 2023-09-20', '', ...paragraphs].join('\n\n'),
    );
    many = await loadKnowledgeBase({
      corpusDir: dir,
      now: new Date('2026-11-23T00:00:00Z'),
      cacheDir: false,
    });
    big = await startHarness({ registry: commands, kb: many, deferAfterMs: 2_000 });
  });
  afterAll(async () => {
    await big?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('each page within Discord’s limits, every quote verbatim', async () => {
    const sent = big.fake.sendCommand('framing', { event: '2023-09-19' });
    const callback = await big.fake.waitForCallback(sent, 10_000);
    const body =
      callback.type === 4
        ? callback.data!
        : (
            await big.fake.waitFor(
              () => big.fake.webhooks.find((w) => w.token === sent.token && w.method !== 'DELETE'),
              'answer',
              10_000,
            )
          ).body!;
    expect(described(body)).toContain('Side: Armenia');
    expect(body.embeds![0]!.footer?.text).toMatch(/^Page 1\/\d+/);
    // The later pages hold the other sides (the console shows every page of the same reply).
    const pages = answerLine('/framing event:2023-09-19', { kb: many }).pages;
    if (hasCheckReply) expect(checkReply(dir, pages).output).toContain(' 0 problems');
    const every = pages.map((p) => p.embeds![0]!.description!).join('\n');
    for (const side of ['Azerbaijan', 'Russia', 'United States', 'Karabakh Armenian authorities', 'Türkiye'])
      expect(every).toContain(`Side: ${side}`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    for (const embed of body.embeds ?? [])
      expect([...(embed.description ?? '')].length).toBeLessThanOrEqual(4096);
    if (hasCheckReply) {
      const payload = { ...body, allowedMentions: { parse: [] } } as unknown as MessagePayload;
      expect(checkReply(dir, [payload]).output).toContain(' 0 problems');
    }
  });
});
