import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createSourceAdder } from '../../src/add/sourceAdder.ts';
import { commandsToDiscordJSON } from '../../src/discord/deploy.ts';
import { type AddressPolicy, publicAddressesOnly } from '../../src/fetch/addressPolicy.ts';
import { LiveKnowledgeBase } from '../../src/index/live.ts';
import { createLogger } from '../../src/log.ts';
import type { MessageBody } from '../support/fakeDiscord.ts';
import { html, type PageServer, redirect, startPageServer } from '../support/pageServer.ts';
import { until } from '../support/until.ts';
import { type Harness, startHarness } from './harness.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(PAGES, name));
const onlyTheTestServer: AddressPolicy = (ip) => (ip === '127.0.0.1' ? null : publicAddressesOnly(ip));
/** Manage Server (1 << 5) with View Channel and Send Messages. */
const MANAGER = String((1n << 5n) | (1n << 10n) | (1n << 11n));
const MEMBER = String((1n << 10n) | (1n << 11n));

let server: PageServer;
let dir: string;
let live: LiveKnowledgeBase;
let h: Harness;
const audit: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = await startPageServer();
  server.route('/news', html(fixture('news-jsonld.html')));
  server.route('/og', html(fixture('og-only.html')));
  server.route('/amp', html(fixture('amp.html')));
  server.route('/index', html(fixture('no-article.html')));
  server.route('/to-loopback', (req, res) => redirect(`http://127.0.0.2:${server.port}/news`)(req, res));
  server.route('/pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF');
  });
  dir = mkdtempSync(join(tmpdir(), 'add-source-'));
  writeFileSync(
    join(dir, 'seed.txt'),
    'An article written by hand\n\nIt is already in the corpus and stays as it is.\n',
  );
  live = await LiveKnowledgeBase.open({
    corpusDir: dir,
    cacheDir: false,
    watch: true,
    debounceMs: 100,
    onWarning: () => {},
  });
  const auditLogger = createLogger({
    name: 'audit',
    destination: { write: (line: string) => audit.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const addSource = createSourceAdder({
    corpusDir: dir,
    logger: auditLogger,
    known: () => live.current().documents.values(),
    fetch: { policy: onlyTheTestServer, limits: { timeoutMs: 2_000 } },
    perUserPerHour: 4,
    perGuildPerHour: 100,
  });
  h = await startHarness({ registry: commands, kb: live, addSource, deferAfterMs: 2_000 });
});
afterAll(async () => {
  await h?.close();
  live?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(url: string, who: { userId?: string; permissions?: string } = {}): Promise<MessageBody> {
  const sent = h.fake.sendCommand('add-source', { url }, who);
  const callback = await h.fake.waitForCallback(sent, 10_000);
  if (callback.type === 4) return callback.data!;
  const followUp = await h.fake.waitFor(
    () => h.fake.webhooks.find((w) => w.token === sent.token && w.method === 'POST'),
    'the ephemeral follow-up',
    10_000,
  );
  return followUp.body!;
}

const htmlFiles = () =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

describe('/add-source url:', () => {
  it('is registered for Manage Server only, in servers only; the other commands for everyone', () => {
    const json = commandsToDiscordJSON(commands);
    expect(json.find((c) => c.name === 'add-source')).toMatchObject({
      default_member_permissions: '32',
      contexts: [0],
      options: [expect.objectContaining({ name: 'url', required: true })],
    });
    for (const command of json.filter((c) => c.name !== 'add-source'))
      expect(command.default_member_permissions).toBeUndefined();
  });

  it('a member without Manage Server is refused at run time (ephemeral), nothing is fetched, the attempt is audited', async () => {
    const asked = server.requests.length;
    const reply = await ask(server.url('/news'), { userId: '111111111111111111', permissions: MEMBER });
    expect(reply.flags).toBe(64);
    expect(reply.content).toMatch(/needs the Manage Server permission/);
    expect(server.requests.length).toBe(asked);
    expect(htmlFiles()).toEqual([]);
    expect(audit.at(-1)).toMatchObject({
      audit: 'add-source',
      userId: '111111111111111111',
      guildId: h.fake.defaultGuildId,
      address: server.url('/news'),
      outcome: 'forbidden',
    });
  });

  it('a manager adds a page: ephemeral reply with title, outlet, date and counts; the reload picks it up; /sources shows address, time and command', async () => {
    const reply = await ask(server.url('/news'), { userId: '222222222222222222', permissions: MANAGER });
    expect(reply.flags).toBe(64);
    expect(reply.content).toMatch(
      /^Added \*Baku says operation over as Stepanakert agrees to talks\* · Caucasus Ledger · 2023-09-20\nSaved as `2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks\.html`: \d+ statements, \d+ dated events, \d+ figures/,
    );
    expect(reply.allowed_mentions).toMatchObject({ parse: [] });
    expect(audit.at(-1)).toMatchObject({
      audit: 'add-source',
      userId: '222222222222222222',
      guildId: h.fake.defaultGuildId,
      address: server.url('/news'),
      outcome: 'added',
      file: '2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks.html',
    });

    await until(
      () =>
        live.current().documents.has('2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks'),
      10_000,
    );
    const sources = h.fake.sendCommand('sources');
    const answer = (await h.fake.waitForCallback(sources, 10_000)).data!;
    const text = JSON.stringify(answer);
    expect(text).toContain(`Fetched: 20`);
    expect(text).toContain(
      `from ${server.url('/news')} by /add-source by user 222222222222222222 in server ${h.fake.defaultGuildId}`,
    );
  });

  const refusals: [string, string, RegExp][] = [
    ['the same page again', '/news', /^Already there: the same address/],
    ['a page with no article', '/index', /^Not added\. The page holds no article\./],
    [
      'an address that leads to a loopback address after a redirect',
      '/to-loopback',
      /^Not added\. That address is refused: it leads to a private or local network\./,
    ],
    ['not a web page', '/pdf', /^Not added\. That address is not a web page \(HTML\)\./],
  ];
  for (const [what, path, message] of refusals) {
    it(`says why not, ephemerally: ${what}`, async () => {
      const before = htmlFiles();
      const reply = await ask(server.url(path), { userId: '333333333333333333', permissions: MANAGER });
      expect(reply.flags).toBe(64);
      expect(reply.content).toMatch(message);
      expect(htmlFiles()).toEqual(before);
      expect(audit.at(-1)).toMatchObject({
        userId: '333333333333333333',
        address: server.url(path),
        outcome: expect.stringMatching(/^(duplicate|refused)$/),
      });
    });
  }

  it('a site that is not there: "did not answer"', async () => {
    const reply = await ask('http://127.0.0.1:1/gone', {
      userId: '444444444444444444',
      permissions: MANAGER,
    });
    expect(reply.content).toMatch(/^Not added\. The site did not answer\./);
  });

  it('per-user limit: past it, an ephemeral "try again" with a time, and the site is not asked', async () => {
    for (let i = 0; i < 4; i++)
      await ask(server.url('/index'), { userId: '555555555555555555', permissions: MANAGER });
    const asked = server.requests.length;
    const reply = await ask(server.url('/og'), { userId: '555555555555555555', permissions: MANAGER });
    expect(reply.content).toMatch(
      /^You have added 4 sources in the last hour, the most one member may\. Try again <t:\d+:R>\./,
    );
    expect(server.requests.length).toBe(asked);
    expect(audit.at(-1)).toMatchObject({ outcome: 'limited', userId: '555555555555555555' });
  });

  it('no audit line and no log line holds the token', () => {
    expect(JSON.stringify(audit)).not.toContain(h.fake.token);
    expect(h.logs.join('\n')).not.toContain(h.fake.token);
  });
});

describe('/add-source where the bot does not add sources', () => {
  it('says so, ephemerally, and points to npm run add', async () => {
    const bare = await startHarness({ registry: commands, kb: live.current() });
    try {
      const sent = bare.fake.sendCommand('add-source', { url: server.url('/og') }, { permissions: MANAGER });
      const reply = (await bare.fake.waitForCallback(sent, 10_000)).data!;
      expect(reply.flags).toBe(64);
      expect(reply.content).toMatch(
        /This bot does not add sources\. Whoever runs it can, with `npm run add -- <url>`/,
      );
    } finally {
      await bare.close();
    }
  });
});
