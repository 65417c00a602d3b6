import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { parseFeedList } from '../../src/feeds/feedList.ts';
import { type PollOptions, parseInterval, pollFeeds, schedulePolling } from '../../src/feeds/poll.ts';
import { readStates } from '../../src/feeds/state.ts';
import { type AddressPolicy, publicAddressesOnly } from '../../src/fetch/addressPolicy.ts';
import { html, type PageServer, startPageServer } from '../support/pageServer.ts';
import { until } from '../support/until.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(PAGES, name));
const onlyTheTestServer: AddressPolicy = (ip) => (ip === '127.0.0.1' ? null : publicAddressesOnly(ip));

let server: PageServer;
let dir: string;
let rss: string;
let rssStatus = 200;
let lines: Record<string, unknown>[];

function rssFeed(items: { title: string; path: string; description?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ledger World</title><link>${server.url('/')}</link><description>World news</description>
${items.map((i) => `<item><title>${i.title}</title><link>${server.url(i.path)}</link><description>${i.description ?? ''}</description><pubDate>Wed, 20 Sep 2023 09:15:00 +0400</pubDate></item>`).join('\n')}
</channel></rss>`;
}

beforeAll(async () => {
  server = await startPageServer();
  server.route('/news', html(fixture('news-jsonld.html')));
  server.route('/og', html(fixture('og-only.html')));
  server.route('/amp', html(fixture('amp.html')));
  server.route('/markets', html(fixture('press-release.html')));
  // ETag and conditional answers, like a real feed server.
  server.route('/rss', (req, res) => {
    if (rssStatus !== 200) {
      res.writeHead(rssStatus, { 'content-type': 'text/plain' });
      res.end('down');
      return;
    }
    const etag = `"${Buffer.from(rss).length}-${rss.length % 97}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(rss);
  });
  server.route('/atom', (req, res) => {
    const modified = 'Tue, 03 Oct 2023 08:00:00 GMT';
    if (req.headers['if-modified-since'] === modified) {
      res.writeHead(304, { 'last-modified': modified });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified });
    res.end(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Continental Wire Europe</title><id>urn:wire</id><updated>2023-10-03T08:00:00Z</updated>
<entry><title>EU monitors to visit the border region</title><id>urn:1</id><link href="${server.url('/amp')}"/><updated>2023-10-02T10:00:00Z</updated><summary>Brussels says its Armenia mission will visit the Lachin road.</summary></entry>
</feed>`);
  });
});
afterAll(() => server.close());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pages-feeds-'));
  rssStatus = 200;
  rss = '';
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function options(now = new Date('2023-09-21T08:00:00Z')): PollOptions {
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return {
    corpusDir: dir,
    logger,
    known: () => loadCorpusSync(dir).documents,
    fetch: { policy: onlyTheTestServer, limits: { timeoutMs: 2_000 } },
    now: () => now,
  };
}

describe('feeds.json', () => {
  it('takes feeds with optional words; bad entries are named and skipped', () => {
    const list = parseFeedList(
      JSON.stringify({
        feeds: [
          { url: 'https://a.example/rss', match: 'Karabakh|Artsakh| Lachin ' },
          { url: 'https://b.example/atom' },
          { url: 'file:///etc/passwd' },
          { url: 'https://c.example', match: 3 },
        ],
      }),
    );
    expect(list.feeds.map((f) => f.url)).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(list.problems).toEqual([
      'feed 3: "url" must be an http(s) address; skipped',
      'feed 4 (https://c.example): "match" must be words separated by |; skipped',
    ]);
    const words = list.feeds[0]!.match!;
    expect(words.test("Artsakh's leaders")).toBe(true);
    expect(words.test('the LACHIN corridor')).toBe(true);
    expect(words.test('Markets rally')).toBe(false);
    expect(words.test('unKarabakh')).toBe(false);
    expect(list.feeds[1]!.match).toBeNull();
  });

  it('words are words, not a pattern: regex characters match themselves', () => {
    const list = parseFeedList(
      JSON.stringify({ feeds: [{ url: 'https://a.example/rss', match: '(a+)+$|U.N.' }] }),
    );
    expect(list.feeds[0]!.match!.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toBe(false);
    expect(list.feeds[0]!.match!.test('the U.N. said')).toBe(true);
    expect(list.feeds[0]!.match!.test('the UXNX said')).toBe(false);
  });

  it('FEEDS_INTERVAL reads 30m, 2h, 900s and seconds, at least a minute', () => {
    expect(parseInterval('30m')).toBe(1_800_000);
    expect(parseInterval('2h')).toBe(7_200_000);
    expect(parseInterval('900')).toBe(900_000);
    expect(parseInterval(undefined)).toBeNull();
    expect(() => parseInterval('10s')).toThrow(/at least a minute/);
    expect(() => parseInterval('soon')).toThrow(/such as 30m/);
  });
});

describe('npm run feeds: one round over the feeds', () => {
  it('adds the new items that match the words, then asks with If-None-Match and gets 304; one log line per fetch with counts', async () => {
    writeFileSync(
      join(dir, 'feeds.json'),
      JSON.stringify({ feeds: [{ url: server.url('/rss'), match: 'Karabakh|Artsakh|Lachin|Stepanakert' }] }),
    );
    rss = rssFeed([
      { title: 'Baku says operation over as Stepanakert agrees to talks', path: '/news' },
      { title: 'Refugee flow grows', path: '/og', description: 'Thousands leave Nagorno-Karabakh' },
      { title: 'Markets rally on rate hopes', path: '/markets' },
    ]);
    const [first] = await pollFeeds(options());
    expect(first).toMatchObject({
      status: 'fetched',
      items: 3,
      matched: 2,
      added: 2,
      duplicates: 0,
      refused: 0,
    });
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual([
      '2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks.html',
      '2023-09-26-thousands-cross-into-armenia-as-refugee-flow-grows.html',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.documents['2023-09-26-thousands-cross-into-armenia-as-refugee-flow-grows.html']).toEqual({
      fetchedFrom: server.url('/og'),
      fetchedAt: '2023-09-21T08:00:00.000Z',
      addedBy: `feed ${server.url('/rss')}`,
    });
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'feed fetched',
        feed: server.url('/rss'),
        status: 'fetched',
        items: 3,
        matched: 2,
        added: 2,
        duplicates: 0,
        refused: 0,
        ms: expect.any(Number),
      }),
    ]);

    const asked = server.requests.length;
    const [second] = await pollFeeds(options());
    expect(second).toMatchObject({ status: 'not-modified', items: 0, added: 0 });
    expect(server.requests.slice(asked)).toEqual([
      expect.objectContaining({
        path: '/rss',
        headers: expect.objectContaining({ 'if-none-match': expect.stringMatching(/^"/) }),
      }),
    ]);
    expect(lines[1]).toMatchObject({ msg: 'feed fetched', status: 'not-modified', items: 0, added: 0 });
  });

  it('a changed feed is read again; items already handled are not fetched again', async () => {
    writeFileSync(
      join(dir, 'feeds.json'),
      JSON.stringify({ feeds: [{ url: server.url('/rss'), match: 'Karabakh|Stepanakert' }] }),
    );
    rss = rssFeed([{ title: 'Stepanakert agrees to talks', path: '/news' }]);
    await pollFeeds(options());
    rss = rssFeed([
      { title: 'Stepanakert agrees to talks', path: '/news' },
      { title: 'Thousands leave Karabakh', path: '/og' },
    ]);
    const asked = server.requests.length;
    const [round] = await pollFeeds(options());
    expect(round).toMatchObject({ status: 'fetched', items: 2, matched: 2, added: 1 });
    expect(server.requests.slice(asked).map((r) => r.path)).toEqual(['/rss', '/og']);
  });

  it('Atom with Last-Modified: the next round asks If-Modified-Since', async () => {
    writeFileSync(
      join(dir, 'feeds.json'),
      JSON.stringify({ feeds: [{ url: server.url('/atom'), match: 'Lachin' }] }),
    );
    expect((await pollFeeds(options()))[0]).toMatchObject({
      status: 'fetched',
      items: 1,
      matched: 1,
      added: 1,
    });
    const asked = server.requests.length;
    expect((await pollFeeds(options()))[0]).toMatchObject({ status: 'not-modified' });
    expect(server.requests[asked]!.headers['if-modified-since']).toBe('Tue, 03 Oct 2023 08:00:00 GMT');
  });

  it('backs off after errors: a failing feed is not asked again until its pause is over, and the pause grows', async () => {
    writeFileSync(join(dir, 'feeds.json'), JSON.stringify({ feeds: [{ url: server.url('/rss') }] }));
    rssStatus = 503;
    const t0 = new Date('2023-09-21T08:00:00Z');
    expect((await pollFeeds(options(t0)))[0]!.status).toBe('failed');
    expect(lines[0]).toMatchObject({
      msg: 'feed fetch failed',
      level: 40,
      failures: 1,
      retryAfter: '2023-09-21T08:01:00.000Z',
      error: expect.stringContaining('answered 503'),
    });
    const asked = server.requests.length;
    expect((await pollFeeds(options(new Date(t0.getTime() + 30_000))))[0]!.status).toBe('backing-off');
    expect(server.requests.length).toBe(asked);
    expect((await pollFeeds(options(new Date(t0.getTime() + 61_000))))[0]!.status).toBe('failed');
    expect(readStates(dir)[server.url('/rss')]).toMatchObject({
      failures: 2,
      retryAfter: '2023-09-21T08:03:01.000Z',
    });
    rssStatus = 200;
    rss = rssFeed([]);
    expect((await pollFeeds(options(new Date(t0.getTime() + 200_000))))[0]!.status).toBe('fetched');
    expect(readStates(dir)[server.url('/rss')]).toMatchObject({ failures: 0 });
  });

  it("the bot's schedule: a round at once, then one per interval, never two at a time, until stopped", async () => {
    writeFileSync(join(dir, 'feeds.json'), JSON.stringify({ feeds: [{ url: server.url('/rss') }] }));
    rss = rssFeed([]);
    const asked = () => server.requests.slice(before).filter((r) => r.path === '/rss').length;
    const before = server.requests.length;
    const stop = schedulePolling(150, options());
    await until(() => asked() >= 3, 5_000);
    stop();
    const after = asked();
    await new Promise((r) => setTimeout(r, 400));
    expect(asked()).toBe(after);
    expect(lines.filter((l) => l.msg === 'feed fetched').length).toBe(after);
  });

  it('a feed on a private address is refused under the real policy', async () => {
    writeFileSync(join(dir, 'feeds.json'), JSON.stringify({ feeds: [{ url: server.url('/rss') }] }));
    const asked = server.requests.length;
    const [round] = await pollFeeds({ ...options(), fetch: { policy: publicAddressesOnly } });
    expect(round!.status).toBe('failed');
    expect(lines[0]).toMatchObject({ error: expect.stringContaining('loopback') });
    expect(server.requests.length).toBe(asked);
  });
});

// Two cold starts of the TypeScript loader and the extractor: seconds each on a loaded machine.
const SPAWNS_TWO_SCRIPTS_MS = 90_000;

describe('the npm run feeds script', () => {
  it(
    'prints a line per feed with its counts, logs one line per fetch on stderr, and exits 1 when a feed failed',
    async () => {
      const run = promisify(execFile);
      const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
      const script = join(import.meta.dirname, '../../scripts/feeds.ts');
      writeFileSync(
        join(dir, 'feeds.json'),
        JSON.stringify({ feeds: [{ url: server.url('/rss'), match: 'Stepanakert' }] }),
      );
      rss = rssFeed([
        { title: 'Stepanakert agrees to talks', path: '/news' },
        { title: 'Markets', path: '/markets' },
      ]);
      const ok = await run(tsx, [script, '--corpus', dir, '--allow-private']);
      expect(ok.stdout).toBe(
        `${server.url('/rss')}: fetched, 2 items, 1 matching, 1 added, 0 already there, 0 refused (2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks.html)\n`,
      );
      expect(ok.stderr).toMatch(/"msg":"feed fetched"/);
      const refused = await run(tsx, [script, '--corpus', dir]).catch(
        (e: { code: number; stdout: string }) => e,
      );
      expect(refused).toMatchObject({
        code: 1,
        stdout: `${server.url('/rss')}: failed, 0 items, 0 matching, 0 added, 0 already there, 0 refused\n`,
      });
    },
    SPAWNS_TWO_SCRIPTS_MS,
  );
});
