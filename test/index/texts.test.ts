import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DocumentChangedError,
  type DocumentHead,
  DocumentTexts,
  headOf,
  lazyDocument,
} from '../../src/index/texts.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-texts-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, text: string): DocumentHead {
  writeFileSync(join(dir, name), text);
  return {
    id: name.replace(/\.txt$/, ''),
    file: name,
    sha256: createHash('sha256').update(Buffer.from(text)).digest('hex'),
    label: name,
    meta: { title: null, outlet: null, published: null, url: null },
    bodyStart: 0,
  };
}

describe('document texts read on demand', () => {
  it('reads a text when it is first asked for, and keeps the recently asked ones', () => {
    const texts = new DocumentTexts(dir, 26); // room for two of these texts
    const [a, b, c] = [
      put('a.txt', 'Alpha text.\n'),
      put('b.txt', 'Bravo text.\n'),
      put('c.txt', '\uFEFFCharlie text.\n'),
    ];
    expect(texts.reads).toBe(0);
    expect(texts.text(a)).toBe('Alpha text.\n');
    expect(texts.text(a)).toBe('Alpha text.\n');
    expect(texts.reads).toBe(1);
    texts.text(b);
    expect(texts.text(c)).toBe('Charlie text.\n'); // the byte-order mark stays out, as the loader does
    texts.text(a); // pushed out by c: read again
    expect(texts.reads).toBe(4);
  });

  it('refuses a text that changed or vanished since indexing, rather than slice other words', () => {
    const texts = new DocumentTexts(dir);
    const a = put('a.txt', 'Alpha text.\n');
    writeFileSync(join(dir, 'a.txt'), 'Alpha text!\n');
    expect(() => texts.text(a)).toThrow(DocumentChangedError);
    const b = put('b.txt', 'Bravo text.\n');
    unlinkSync(join(dir, 'b.txt'));
    expect(() => texts.text(b)).toThrow(/cannot be read/);
  });

  it('gives a document whose text is read through the cache, and a head that never reads it', () => {
    const texts = new DocumentTexts(dir);
    const doc = lazyDocument(put('a.txt', 'Alpha text.\n'), texts);
    expect(headOf(doc)).not.toHaveProperty('text');
    expect(texts.reads).toBe(0);
    expect(doc.text.slice(0, 5)).toBe('Alpha');
    expect(texts.reads).toBe(1);
  });

  it('reads ahead in the background until the cache is full: answers then read no file', async () => {
    const texts = new DocumentTexts(dir, 26); // room for two of these texts
    const [a, b, c] = [
      put('a.txt', 'Alpha text.\n'),
      put('b.txt', 'Bravo text.\n'),
      put('c.txt', 'Delta text.\n'),
    ];
    expect(await texts.warm([a, b, c])).toBe(2);
    expect(texts.text(a)).toBe('Alpha text.\n');
    expect(texts.text(b)).toBe('Bravo text.\n');
    expect(texts.reads).toBe(0);
    texts.text(c); // no room was left for it: read when asked
    expect(texts.reads).toBe(1);
  });

  it('reading ahead skips a file changed since indexing; an answer asking for it is still refused', async () => {
    const texts = new DocumentTexts(dir);
    const a = put('a.txt', 'Alpha text.\n');
    const b = put('b.txt', 'Bravo text.\n');
    writeFileSync(join(dir, 'a.txt'), 'Alpha text!\n');
    expect(await texts.warm([a, b])).toBe(1);
    expect(() => texts.text(a)).toThrow(DocumentChangedError);
    expect(texts.text(b)).toBe('Bravo text.\n');
  });

  it('keeps texts the loader already read, while there is room', () => {
    const texts = new DocumentTexts(dir, 12);
    const a = put('a.txt', 'Alpha text.\n');
    const b = put('b.txt', 'Bravo text.\n');
    texts.keep(a.id, 'Alpha text.\n');
    texts.keep(b.id, 'Bravo text.\n'); // no room: left to be read when asked
    expect(texts.text(a)).toBe('Alpha text.\n');
    expect(texts.reads).toBe(0);
    texts.text(b);
    expect(texts.reads).toBe(1);
  });

  it('reads a saved page through the page reader it was given, and a plain text file without it', () => {
    const page = put('p.html', '<html><body><p>Page bytes.</p></body></html>');
    const plain = put('a.txt', 'Alpha text.\n');
    const texts = new DocumentTexts(dir, undefined, (bytes) =>
      Buffer.from(bytes)
        .toString()
        .replace(/<[^>]*>/g, ''),
    );
    expect(texts.text(page)).toBe('Page bytes.');
    expect(texts.text(plain)).toBe('Alpha text.\n');
  });

  it('given no page reader, a saved page is an error, never its raw bytes as text', () => {
    const page = put('p.html', '<html><body><p>Page bytes.</p></body></html>');
    expect(() => new DocumentTexts(dir).text(page)).toThrow(/no page reader/);
  });
});
