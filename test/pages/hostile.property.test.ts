import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeFileName, slug } from '../../src/add/corpusWrite.ts';
import { readPage } from '../../src/corpus/html/index.ts';
import { wordFilter } from '../../src/feeds/feedList.ts';
import { publicAddressesOnly } from '../../src/fetch/addressPolicy.ts';

const tags = fc.constantFrom(
  'p',
  'div',
  'article',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'li',
  'ul',
  'script',
  'style',
  'time',
  'span',
  'header',
  'footer',
  'blockquote',
);
const words = fc.constantFrom(
  'Officials said',
  'at least 200',
  'people were killed',
  'in Stepanakert.',
  '"We will not leave," she said.',
  'Share',
  'cookies',
  '<',
  '&amp;',
  '\u202e',
  '@everyone',
  '\u0000',
  'Ա',
  '…',
);
/** Pages built from article-like pieces, nested at random: what a hostile or broken page may be. */
const page: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
      fc
        .tuple(
          tags,
          fc.array(tie('node'), { maxLength: 5 }),
          fc.constantFrom('', ' class="share-bar"', ' class="caption"', ' hidden', ' class="byline"'),
        )
        .map(([tag, kids, attr]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
    ),
  }))
  .node.map((body) => `<html><head><title>T</title></head><body>${body}</body></html>`);

describe('a hostile or broken page never breaks loading', () => {
  it('any page gives an article or a reason, never throws; the text is paragraphs, the same every time', () => {
    fc.assert(
      fc.property(page, (html) => {
        const first = readPage(Buffer.from(html));
        const again = readPage(Buffer.from(html));
        expect(again).toEqual(first);
        if (!first.ok) {
          expect(first.reason.length).toBeGreaterThan(0);
          return;
        }
        expect(first.bodyStart).toBeLessThanOrEqual(first.text.length);
        expect(first.text).not.toMatch(/\n\n\n/);
        for (const paragraph of first.text.slice(first.bodyStart).trimEnd().split('\n\n'))
          expect(paragraph.trim()).toBe(paragraph);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes (not HTML, not UTF-8, empty) are a reason, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = readPage(bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('a page nested thousands deep, or with tens of thousands of elements, is refused quickly', () => {
    const deep = `<html><body>${'<div>'.repeat(3000)}<p>${'Officials said at least 200 people were killed. '.repeat(20)}</p>${'</div>'.repeat(3000)}</body></html>`;
    expect(readPage(Buffer.from(deep))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/nests elements more than 150 deep/),
    });
    const wide = `<html><body><article>${'<p>Officials said at least 200 people were killed in the fighting.</p>'.repeat(25_000)}</article></body></html>`;
    expect(readPage(Buffer.from(wide))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/more than 20000 elements/),
    });
  });
});

const octet = fc.integer({ min: 0, max: 255 });
const inRange = (first: number[], second?: [number, number]) =>
  fc
    .tuple(
      fc.constantFrom(...first),
      second ? fc.integer({ min: second[0], max: second[1] }) : octet,
      octet,
      octet,
    )
    .map((parts) => parts.join('.'));

describe('the address policy holds for every address of a refused range', () => {
  it('IPv4: loopback, private, link-local (metadata), shared; and the same written as IPv4-mapped IPv6', () => {
    const refused = fc.oneof(
      inRange([127]),
      inRange([10]),
      inRange([172], [16, 31]),
      inRange([192], [168, 168]),
      inRange([169], [254, 254]),
      inRange([100], [64, 127]),
      inRange([0]),
    );
    fc.assert(
      fc.property(refused, (ip) => {
        expect(publicAddressesOnly(ip)).not.toBeNull();
        expect(publicAddressesOnly(`::ffff:${ip}`)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('IPv6: loopback, link-local, unique local', () => {
    const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const refused = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0xfe80, max: 0xfebf }), hex, hex)
        .map(([a, b, c]) => `${a.toString(16)}::${b}:${c}`),
      fc
        .tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), hex, hex)
        .map(([a, b, c]) => `${a.toString(16)}:${b}::${c}`),
      fc.constant('::1'),
    );
    fc.assert(
      fc.property(refused, (ip) => {
        expect(publicAddressesOnly(ip)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('names and words from strangers', () => {
  it('a file name made from any headline is short, plain ASCII, and never a path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (title) => {
        expect(slug(title)).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('a free name is never one already taken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-names-'));
    try {
      for (const name of ['a.html', 'a-2.html', 'a-3.html']) writeFileSync(join(dir, name), 'x');
      expect(freeFileName(dir, 'a')).toBe('a-4.html');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('feed words are matched as written: any text compiles, and regex characters match only themselves', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 }), (words, text) => {
        const filter = wordFilter(words);
        if (filter) expect(typeof filter.test(text)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
