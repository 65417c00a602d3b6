import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AddOptions, addFromAddress, addFromFile, describeOutcome } from '../../src/add/addPage.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import { type AddressPolicy, publicAddressesOnly } from '../../src/fetch/addressPolicy.ts';
import { type FetchFailure, fetchDocument } from '../../src/fetch/fetchPage.ts';
import { html, type PageServer, redirect, startPageServer } from '../support/pageServer.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(PAGES, name));

/** The real policy, except that the test's own server on 127.0.0.1 may be reached. */
const onlyTheTestServer: AddressPolicy = (ip) => (ip === '127.0.0.1' ? null : publicAddressesOnly(ip));

let server: PageServer;
let dir: string;

beforeAll(async () => {
  server = await startPageServer();
  server.route('/news', html(fixture('news-jsonld.html')));
  server.route('/og', html(fixture('og-only.html')));
  server.route('/index', html(fixture('no-article.html')));
  server.route('/moved', redirect('/news', 301));
  server.route('/copy-of-news', html(fixture('news-jsonld.html')));
  server.route(
    '/same-text-no-canonical',
    html(
      fixture('news-jsonld.html')
        .toString()
        .replace(/<link rel="canonical"[^>]*>/, '')
        .replace(/<meta property="og:url"[^>]*>/, '')
        .replace(/"mainEntityOfPage": "[^"]*"/, '"x": 1'),
    ),
  );
  for (let i = 0; i < 7; i++) server.route(`/hop${i}`, redirect(`/hop${i + 1}`));
  server.route('/hop7', html(fixture('og-only.html')));
  server.route('/to-other-loopback', (_req, res) =>
    redirect(`http://127.0.0.2:${server.port}/news`)(_req, res),
  );
  server.route('/to-mapped', (_req, res) =>
    redirect(`http://[::ffff:127.0.0.1]:${server.port}/news`)(_req, res),
  );
  server.route('/to-ftp', redirect('ftp://127.0.0.1/file'));
  server.route('/pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4');
  });
  server.route('/big', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.write('<html>');
  });
  server.route('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const timer = setInterval(() => (res.writableLength < 1 << 20 ? res.write(chunk) : undefined), 1);
    res.on('close', () => clearInterval(timer));
  });
  server.route('/silent', () => {});
  server.route(
    '/cp1251-header-only',
    html(
      Buffer.from(
        fixture('og-only.html')
          .toString()
          .replace('<meta charset="utf-8">', '')
          .replace('More than', 'Более чем'),
        'latin1',
      ),
      { 'content-type': 'text/html; charset=windows-1251' },
    ),
  );
  server.route('/gzipped', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(fixture('amp.html')));
  });
  server.route('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)));
  });
  server.route('/cut', (req, res) => {
    const page = fixture('og-only.html');
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(page.length) });
    res.write(page.subarray(0, page.length >> 1));
    setTimeout(() => req.socket.destroy(), 20);
  });
});
afterAll(() => server.close());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pages-add-'));
  writeFileSync(
    join(dir, 'seed.txt'),
    'An article written by hand\n\nIt is already in the corpus and stays as it is.\n',
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function options(policy: AddressPolicy = onlyTheTestServer, limits = {}): AddOptions {
  return {
    corpusDir: dir,
    known: () => loadCorpusSync(dir).documents,
    addedBy: 'npm run add',
    fetch: { policy, limits: { timeoutMs: 2_000, maxBytes: 1024 * 1024, ...limits } },
    now: () => new Date('2023-09-21T08:00:00.000Z'),
  };
}

const listing = () => readdirSync(dir).sort();

describe('npm run add: a page from an address', () => {
  it('saves the page byte for byte under a readable name and records address, time and command in the manifest', async () => {
    const outcome = await addFromAddress(server.url('/moved'), options());
    expect(outcome).toEqual({
      outcome: 'added',
      file: '2023-09-20-baku-says-operation-over-as-stepanakert-agrees-to-talks.html',
      address: server.url('/moved'),
      title: 'Baku says operation over as Stepanakert agrees to talks',
      outlet: 'Caucasus Ledger',
      date: '2023-09-20',
      statements: expect.any(Number),
      events: expect.any(Number),
      figures: expect.any(Number),
    });
    if (outcome.outcome !== 'added') return;
    expect(outcome.statements).toBeGreaterThan(0);
    expect(outcome.figures).toBeGreaterThan(0);
    expect(readFileSync(join(dir, outcome.file)).equals(fixture('news-jsonld.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual({
      documents: {
        [outcome.file]: {
          fetchedFrom: server.url('/news'),
          fetchedAt: '2023-09-21T08:00:00.000Z',
          addedBy: 'npm run add',
        },
      },
    });
    const doc = loadCorpusSync(dir).documents.find((d) => d.file === outcome.file);
    expect(doc?.meta.fetched).toEqual({
      from: server.url('/news'),
      at: '2023-09-21T08:00:00.000Z',
      by: 'npm run add',
    });
    expect(describeOutcome(outcome)).toMatch(
      /^added 2023-09-20-baku.*\.html: "Baku says operation over as Stepanakert agrees to talks" · Caucasus Ledger · 2023-09-20 · \d+ statements, \d+ dated events, \d+ figures$/,
    );
  });

  it('keeps the rest of a hand-written manifest as it was', async () => {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ $note: 'kept', documents: { 'seed.txt': { outlet: 'Notes' } } }),
    );
    await addFromAddress(server.url('/og'), options());
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.$note).toBe('kept');
    expect(manifest.documents['seed.txt']).toEqual({ outlet: 'Notes' });
    expect(Object.keys(manifest.documents)).toHaveLength(2);
  });

  it('never twice: the same address, the same canonical address, or the same article text is "already there"', async () => {
    const first = await addFromAddress(server.url('/news'), options());
    expect(first.outcome).toBe('added');
    const before = listing();
    const again = await addFromAddress(server.url('/news'), options());
    expect(again).toMatchObject({ outcome: 'duplicate', file: (first as { file: string }).file });
    const canonical = await addFromAddress(server.url('/copy-of-news'), options());
    expect(canonical).toMatchObject({
      outcome: 'duplicate',
      why: expect.stringContaining('https://ledger.example/world/2023/09/20/baku-operation-over'),
    });
    const text = await addFromAddress(server.url('/same-text-no-canonical'), options());
    expect(text).toMatchObject({
      outcome: 'duplicate',
      why: expect.stringContaining('the same article text'),
    });
    expect(describeOutcome(text)).toMatch(/^already there: /);
    expect(listing()).toEqual(before);
  });

  it('the same article already kept as a .txt by hand (same headline, same lead) is "already there"', async () => {
    const lead =
      'More than 28,000 people have crossed from Nagorno-Karabakh into Armenia since Sunday, the Armenian government said on Tuesday evening, as the flow of refugees along the only road out of the region continued to grow.';
    writeFileSync(
      join(dir, 'refugees.txt'),
      `Thousands cross into Armenia as refugee flow grows\n\n${lead}\n`,
    );
    expect(await addFromAddress(server.url('/og'), options())).toMatchObject({
      outcome: 'duplicate',
      file: 'refugees.txt',
      why: expect.stringContaining('the same article text'),
    });
  });

  it('another process\'s add, recorded in the manifest but not yet in this one\'s corpus, is "already there"', async () => {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        documents: {
          'added-by-shard-2.html': {
            fetchedFrom: server.url('/og'),
            fetchedAt: '2023-09-21T07:00:00Z',
            addedBy: 'npm run add',
          },
        },
      }),
    );
    expect(await addFromAddress(server.url('/og'), options())).toMatchObject({
      outcome: 'duplicate',
      file: 'added-by-shard-2.html',
    });
  });

  it('waits while another process holds the corpus lock, then adds; a lock left by a dead process is taken over', async () => {
    writeFileSync(join(dir, '.add.lock'), '');
    const adding = addFromAddress(server.url('/og'), options());
    await new Promise((r) => setTimeout(r, 300));
    expect(listing()).toEqual(['.add.lock', 'seed.txt']);
    rmSync(join(dir, '.add.lock'));
    expect(await adding).toMatchObject({ outcome: 'added' });
    writeFileSync(join(dir, '.add.lock'), '');
    utimesSync(join(dir, '.add.lock'), new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(await addFromAddress(server.url('/news'), options())).toMatchObject({ outcome: 'added' });
    expect(listing().filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a page without an article is refused and nothing is written', async () => {
    const outcome = await addFromAddress(server.url('/index'), options());
    expect(outcome).toMatchObject({
      outcome: 'refused',
      kind: 'not-article',
      why: expect.stringMatching(/^the page holds no article/),
    });
    expect(listing()).toEqual(['seed.txt']);
  });

  it('a page sent compressed although identity was asked for is saved as its decompressed bytes', async () => {
    const outcome = await addFromAddress(server.url('/gzipped'), options());
    expect(outcome).toMatchObject({ outcome: 'added', outlet: 'Continental Wire' });
    if (outcome.outcome === 'added')
      expect(readFileSync(join(dir, outcome.file)).equals(fixture('amp.html'))).toBe(true);
  });

  it('a saved file is copied in the same way', async () => {
    const outcome = await addFromFile(join(PAGES, 'og-only.html'), options());
    expect(outcome).toMatchObject({
      outcome: 'added',
      file: '2023-09-26-thousands-cross-into-armenia-as-refugee-flow-grows.html',
      outlet: 'Highland Post',
    });
    expect(await addFromFile(join(PAGES, 'og-only.html'), options())).toMatchObject({ outcome: 'duplicate' });
  });
});

describe('npm run add refuses, and leaves the corpus as it was', () => {
  const refusals: [string, string, Partial<{ timeoutMs: number; maxBytes: number }>, string, RegExp][] = [
    [
      'a loopback address, directly (the real policy)',
      '/news',
      {},
      'address-refused',
      /127\.0\.0\.1 is a loopback address/,
    ],
    [
      'a loopback address after a redirect',
      '/to-other-loopback',
      {},
      'address-refused',
      /127\.0\.0\.2 is a loopback address/,
    ],
    [
      'IPv4 written as IPv6 after a redirect',
      '/to-mapped',
      {},
      'address-refused',
      /::ffff:7f00:1 \(127\.0\.0\.1\) is a loopback address/,
    ],
    ['a redirect to another scheme', '/to-ftp', {}, 'bad-address', /only http and https/],
    ['more than 5 redirects', '/hop0', {}, 'too-many-redirects', /more than 5 redirects/],
    [
      'a page over the size limit (declared)',
      '/big',
      {},
      'too-large',
      /the page is 52428800 bytes; at most 1048576 are fetched/,
    ],
    [
      'a page over the size limit (streamed)',
      '/endless',
      { maxBytes: 200_000 },
      'too-large',
      /over 200000 bytes/,
    ],
    [
      'a small compressed answer that unpacks past the size limit',
      '/gzip-bomb',
      {},
      'too-large',
      /over 1048576 bytes/,
    ],
    ['a content type that is not HTML', '/pdf', {}, 'wrong-type', /application\/pdf/],
    [
      'a character set named only by the server, not in the page',
      '/cp1251-header-only',
      {},
      'wrong-type',
      /character set \(windows-1251\) only in its answer/,
    ],
    [
      'a site that does not answer in time',
      '/silent',
      { timeoutMs: 300 },
      'timeout',
      /did not answer within 0.3 s/,
    ],
    ['a connection cut halfway (an interrupted fetch)', '/cut', {}, 'no-answer', /closed the connection/],
    ['a page that is not there', '/missing', {}, 'http-error', /answered 404/],
  ];
  for (const [what, path, limits, kind, why] of refusals) {
    it(what, async () => {
      const policy = what.includes('real policy') ? publicAddressesOnly : onlyTheTestServer;
      const seen = server.requests.length;
      const outcome = await addFromAddress(server.url(path), options(policy, limits));
      expect(outcome).toMatchObject({ outcome: 'refused', kind, why: expect.stringMatching(why) });
      expect(listing()).toEqual(['seed.txt']);
      if (kind === 'address-refused' && what.includes('directly')) expect(server.requests.length).toBe(seen); // not a byte sent
    });
  }

  it('a name that resolves to a private address is refused at the lookup, before connecting', async () => {
    const resolve = ((
      _host: string,
      _opts: unknown,
      cb: (e: null, a: { address: string; family: number }[]) => void,
    ) => cb(null, [{ address: '127.0.0.1', family: 4 }])) as never;
    const seen = server.requests.length;
    const refused = await fetchDocument(`http://news.example:${server.port}/news`, { resolve }).catch(
      (e: FetchFailure) => e,
    );
    expect(refused).toMatchObject({
      kind: 'address-refused',
      message: expect.stringMatching(/^news\.example resolves to 127\.0\.0\.1 is a loopback address/),
    });
    expect(server.requests.length).toBe(seen);
    // The same name with the test server allowed: the lookup's address is the one connected to.
    const fetched = await fetchDocument(`http://news.example:${server.port}/news`, {
      resolve,
      policy: onlyTheTestServer,
    });
    expect(fetched.bytes.equals(fixture('news-jsonld.html'))).toBe(true);
  });

  it('localhost is refused through the system lookup, with no --allow-private', async () => {
    const refused = await fetchDocument(`http://localhost:${server.port}/news`).catch((e: FetchFailure) => e);
    expect(refused).toMatchObject({ kind: 'address-refused' });
  });
});

describe('the address policy', () => {
  it('refuses loopback, private, link-local, metadata and shared ranges in IPv4 and IPv6, and IPv4 inside IPv6', () => {
    for (const ip of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      'ff02::1',
    ]) {
      expect(publicAddressesOnly(ip), ip).not.toBeNull();
    }
  });
  it('lets public unicast addresses through', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])
      expect(publicAddressesOnly(ip), ip).toBeNull();
  });
});

// Two cold starts of the TypeScript loader and the extractor: seconds each on a loaded machine.
const SPAWNS_TWO_SCRIPTS_MS = 90_000;

describe('the npm run add script', () => {
  it(
    'prints what was added or why not, and exits 1 when something was refused',
    async () => {
      const run = promisify(execFile);
      const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
      const script = join(import.meta.dirname, '../../scripts/add.ts');
      const ok = await run(tsx, [
        script,
        '--corpus',
        dir,
        '--allow-private',
        server.url('/og'),
        server.url('/og'),
      ]);
      expect(ok.stdout).toMatch(
        /^added 2023-09-26-thousands-cross-into-armenia-as-refugee-flow-grows\.html: "Thousands cross into Armenia as refugee flow grows" · Highland Post · 2023-09-26 · \d+ statements, \d+ dated events, \d+ figures\nalready there: /,
      );
      const refused = await run(tsx, [script, '--corpus', dir, server.url('/news')]).catch(
        (e: { code: number; stdout: string }) => e,
      );
      expect(refused).toMatchObject({
        code: 1,
        stdout: expect.stringMatching(
          /^not added: http:\/\/127\.0\.0\.1:\d+\/news: 127\.0\.0\.1 is a loopback address/,
        ),
      });
    },
    SPAWNS_TWO_SCRIPTS_MS,
  );
});
