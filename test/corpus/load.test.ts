import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingCorpusError } from '../../src/corpus/files.ts';
import { loadCorpus, loadCorpusSync } from '../../src/corpus/load.ts';
import type { LoadWarning } from '../../src/corpus/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/corpora');
const CORPUS = join(import.meta.dirname, '../../corpus');
const SEEDS = '/work/shared/seeds';

/** The committed "mixed" fixture plus bad files that are easier to write here than to commit. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-load-'));
  cpSync(join(FIXTURES, 'mixed'), dir, { recursive: true });
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]));
  // "Café in Bakı" in Latin-1: é is 0xE9, which is not valid UTF-8 on its own.
  writeFileSync(
    join(dir, 'nested/latin1.txt'),
    Buffer.from('Caf\xe9 talks in Baku ended early.\n', 'latin1'),
  );
  writeFileSync(
    join(dir, 'bom.txt'),
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Headline with a byte order mark here\nBody text follows here.\n'),
    ]),
  );
  writeFileSync(
    join(dir, 'crlf.txt'),
    'Line endings from Windows stay as they are\r\nThe body keeps its CRLF.\r\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loading a folder with good and bad files', () => {
  it('loads every .txt and .md file at any depth, sorted by path, ignoring other extensions', async () => {
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual([
      'a-wire.txt',
      'bom.txt',
      'crlf.txt',
      'nested/b-notes.md',
      'nested/deeper/c-plain.txt',
    ]);
    expect(corpus.documents.map((d) => d.id)).toEqual([
      'a-wire',
      'bom',
      'crlf',
      'nested/b-notes',
      'nested/deeper/c-plain',
    ]);
  });

  it('skips empty, blank, binary and non-UTF-8 files with a warning that names the file and the reason', async () => {
    const seen: LoadWarning[] = [];
    const corpus = await loadCorpus(dir, (w) => seen.push(w));
    expect(corpus.warnings).toEqual([
      { file: 'binary.txt', reason: 'binary file (contains NUL bytes)' },
      { file: 'blank.md', reason: 'empty file (only white space)' },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'nested/latin1.txt', reason: 'not valid UTF-8 text (save it as UTF-8)' },
    ]);
    expect(seen).toEqual(corpus.warnings);
  });

  it('keeps the text exactly, CRLF included, and hashes the bytes on disk', async () => {
    const corpus = await loadCorpus(dir);
    const crlf = corpus.documents.find((d) => d.id === 'crlf')!;
    expect(crlf.text).toBe('Line endings from Windows stay as they are\r\nThe body keeps its CRLF.\r\n');
    expect(crlf.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'crlf.txt')))
        .digest('hex'),
    );
    expect(crlf.bodyStart).toBe(crlf.text.indexOf('The body'));
  });

  it('drops a UTF-8 byte-order mark from the text (offsets start after it) but hashes the file as it is', async () => {
    const corpus = await loadCorpus(dir);
    const bom = corpus.documents.find((d) => d.id === 'bom')!;
    expect(bom.text.startsWith('Headline')).toBe(true);
    expect(bom.meta.title?.value).toBe('Headline with a byte order mark here');
    expect(bom.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'bom.txt')))
        .digest('hex'),
    );
  });

  it('gives the same result synchronously', async () => {
    const sync = loadCorpusSync(dir);
    const async_ = await loadCorpus(dir);
    expect(sync).toEqual(async_);
  });

  it('gives two files with the same id distinct ids and says so', () => {
    const twins = mkdtempSync(join(tmpdir(), 'corpus-twins-'));
    try {
      writeFileSync(join(twins, 'report.md'), 'One report, in Markdown.\n');
      writeFileSync(join(twins, 'report.txt'), 'The same report, as text.\n');
      const corpus = loadCorpusSync(twins);
      expect(corpus.documents.map((d) => d.id)).toEqual(['report', 'report.txt']);
      expect(corpus.warnings).toEqual([
        {
          file: 'report.txt',
          reason: 'shares the id "report" with another file; loaded with id "report.txt"',
        },
      ]);
    } finally {
      rmSync(twins, { recursive: true, force: true });
    }
  });
});

describe('a corpus folder that is not there', () => {
  it('is an error that says which folder and what to do', async () => {
    const missing = join(tmpdir(), 'no-such-corpus-folder-8c1f');
    await expect(loadCorpus(missing)).rejects.toThrow(MissingCorpusError);
    await expect(loadCorpus(missing)).rejects.toThrow(`Corpus folder ${missing} does not exist`);
    expect(() => loadCorpusSync(missing)).toThrow('does not exist');
  });

  it('a file instead of a folder is an error too', async () => {
    await expect(loadCorpus(join(FIXTURES, 'mixed/a-wire.txt'))).rejects.toThrow('is not a folder');
  });

  it('an empty folder loads as an empty corpus', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'corpus-empty-'));
    try {
      expect(await loadCorpus(empty)).toEqual({ dir: empty, documents: [], warnings: [] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the five seed articles', () => {
  it('load from corpus/ byte for byte, with the sha256 of each file', async () => {
    const corpus = await loadCorpus(CORPUS);
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(corpus.documents.map((d) => d.file)).toEqual(files);
    expect(corpus.warnings).toEqual([]);
    for (const doc of corpus.documents) {
      const bytes = readFileSync(join(CORPUS, doc.file));
      expect(Buffer.from(doc.text, 'utf8').equals(bytes)).toBe(true);
      expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it.skipIf(!existsSync(SEEDS))('are identical to the shared seeds', async () => {
    const corpus = await loadCorpus(CORPUS);
    expect(corpus.documents).toHaveLength(5);
    for (const doc of corpus.documents) {
      expect(Buffer.from(doc.text, 'utf8').equals(readFileSync(join(SEEDS, doc.file)))).toBe(true);
    }
  });
});
