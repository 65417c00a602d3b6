import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadWarning } from '../../src/corpus/types.ts';
import { type LoadStats, loadKnowledgeBase } from '../../src/index/load.ts';
import type { MemoryKnowledgeBase as KnowledgeBase } from '../../src/index/memoryKnowledgeBase.ts';
import { cacheFolder } from '../../src/index/store/fileStore.ts';
import { verifiedBytes, withChecksum } from '../../src/index/store/frames.ts';
import { DocumentChangedError } from '../../src/index/texts.ts';
import { seedsCopy } from '../support/seedsCopy.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

let work: string;
let corpusDir: string;
let cacheDir: string;

beforeEach(() => {
  ({ work, corpusDir, cacheDir } = seedsCopy('kb-cache-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

async function load(): Promise<{ kb: KnowledgeBase; stats: LoadStats; warnings: LoadWarning[] }> {
  let stats: LoadStats | undefined;
  const warnings: LoadWarning[] = [];
  const kb = await loadKnowledgeBase({
    corpusDir,
    cacheDir,
    now: NOW,
    onStats: (s) => {
      stats = s;
    },
    onWarning: (w) => warnings.push(w),
  });
  return { kb, stats: stats!, warnings };
}

/** JSON with keys sorted: the persisted form need not keep an item's key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Everything the answers read, as plain data, to compare a cached load with a fresh one. */
function contents(kb: KnowledgeBase): string {
  return canonical({
    documents: [...kb.documents.keys()],
    timelines: [...kb.timelines],
    statements: kb.statements,
    events: kb.events,
    figures: kb.figures,
    speakers: kb.speakers,
    sentences: [...kb.documents.keys()].map((id) => kb.sentencesOf(id)),
  });
}

async function fresh(): Promise<KnowledgeBase> {
  return loadKnowledgeBase({ corpusDir, cacheDir: false, now: NOW, onWarning: () => {} });
}

const firstFile = () => readdirSync(corpusDir).sort()[0]!;

describe('the persisted index', () => {
  it('extracts every document on the first load, and none on the next when nothing changed', async () => {
    const first = await load();
    expect(first.stats.cache).toBe('miss');
    expect(first.stats.extracted).toBe(5);
    const second = await load();
    expect(second.stats).toMatchObject({
      cache: 'hit',
      extracted: 0,
      segmented: 0,
      timelinesRebuilt: false,
      indexesRebuilt: false,
    });
    expect(contents(second.kb)).toBe(contents(first.kb));
    expect(contents(second.kb)).toBe(contents(await fresh()));
  });

  it('re-extracts only the document whose file changed, and answers as a fresh extraction would', async () => {
    await load();
    appendFileSync(join(corpusDir, firstFile()), '\nThe situation remains tense, observers said.\n');
    const { kb, stats } = await load();
    expect(stats.cache).toBe('partial');
    expect(stats.segmented).toBe(1);
    expect(stats.extracted).toBe(1);
    expect(stats.timelinesRebuilt).toBe(true);
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('extracts an added document alone and forgets a removed one', async () => {
    await load();
    writeFileSync(
      join(corpusDir, 'added.txt'),
      'Ceasefire talks resume\nBAKU, March 3, 2024 (Reuters) - "We are ready to talk," Bayramov said on Sunday.\n',
    );
    let { kb, stats } = await load();
    expect(stats.segmented).toBe(1);
    expect(stats.extracted).toBeGreaterThanOrEqual(1);
    expect(kb.documents.has('added')).toBe(true);
    expect(contents(kb)).toBe(contents(await fresh()));

    unlinkSync(join(corpusDir, 'added.txt'));
    ({ kb, stats } = await load());
    expect(kb.documents.has('added')).toBe(false);
    expect(stats.segmented).toBe(0);
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('ignores a corrupt records file with a warning, and rebuilds it', async () => {
    await load();
    const folder = cacheFolder(cacheDir, corpusDir);
    writeFileSync(join(folder, 'items.ndjson'), '{"format": "karab');
    const broken = await load();
    expect(broken.warnings.some((w) => /cache/.test(w.reason))).toBe(true);
    expect(broken.stats.extracted).toBe(5);
    expect(contents(broken.kb)).toBe(contents(await fresh()));
    const healed = await load();
    expect(healed.stats.cache).toBe('hit');
    expect(healed.warnings).toEqual([]);
  });

  it('records written in an older layout (another format in their header) are rebuilt, not misread', async () => {
    await load();
    const file = join(cacheFolder(cacheDir, corpusDir), 'items.ndjson');
    const bytes = verifiedBytes(readFileSync(file))!.toString('utf8');
    // Statements gained a clause span in layout 3: a layout-2 record has one number less per statement.
    writeFileSync(
      file,
      withChecksum(Buffer.from(bytes.replace(/"format":"karabakh-kb\/\d+"/, '"format":"karabakh-kb/2"'))),
    );
    const old = await load();
    expect(old.stats.cache).toBe('miss');
    expect(old.stats.extracted).toBe(5);
    expect(contents(old.kb)).toBe(contents(await fresh()));
  });

  it('a damaged record line fails the file’s checksum: the records are rebuilt, with a warning', async () => {
    await load();
    const file = join(cacheFolder(cacheDir, corpusDir), 'items.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]!.slice(0, 40); // the second document's record, cut short
    writeFileSync(file, lines.join('\n'));
    const { kb, stats, warnings } = await load();
    expect(warnings.map((w) => w.reason)).toEqual([
      expect.stringMatching(/records file is unreadable \(it fails its checksum/),
    ]);
    expect(stats.extracted).toBe(5);
    expect(contents(kb)).toBe(contents(await fresh()));
    expect((await load()).warnings).toEqual([]);
  });

  it('a record line that still parses but holds other bytes (a flipped digit) is caught by the checksum', async () => {
    await load();
    const file = join(cacheFolder(cacheDir, corpusDir), 'items.ndjson');
    const bytes = readFileSync(file);
    const lineStart = bytes.indexOf(10) + 1;
    const digit = bytes.findIndex((b, i) => i > lineStart && b >= 0x31 && b <= 0x38);
    bytes[digit] = bytes[digit]! + 1; // 1→2, …: still JSON, another number
    writeFileSync(file, bytes);
    const { kb, stats, warnings } = await load();
    expect(warnings.some((w) => /fails its checksum/.test(w.reason))).toBe(true);
    expect(stats.extracted).toBe(5);
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('rebuilds a corrupt word index from the records, with a warning', async () => {
    await load();
    const file = join(cacheFolder(cacheDir, corpusDir), 'statements.idx');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    const { kb, stats, warnings } = await load();
    expect(warnings.some((w) => /index file is corrupt/.test(w.reason))).toBe(true);
    expect(stats).toMatchObject({ extracted: 0, indexesRebuilt: true });
    const expected = await fresh();
    expect(kb.searchStatements('military solution').map((s) => s.id)).toEqual(
      expected.searchStatements('military solution').map((s) => s.id),
    );
    expect((await load()).stats.indexesRebuilt).toBe(false);
  });

  it('reads only the texts when no file changed, and still notices an edit that keeps the size', async () => {
    await load();
    expect((await load()).stats).toMatchObject({ corpusFromCache: true, cache: 'hit' });
    const file = join(corpusDir, firstFile());
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Blinken', 'Blinkin'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const { kb, stats } = await load();
    // Only that document is read afresh; others are re-extracted only if their timeline moved.
    expect(stats).toMatchObject({ corpusFromCache: false, segmented: 1 });
    expect(kb.document(firstFile().replace(/\.txt$/, '')).text).toContain('Blinkin');
  });

  it('takes a file touched without change for unchanged', async () => {
    await load();
    const file = join(corpusDir, firstFile());
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const touched = await load();
    expect(touched.stats).toMatchObject({ corpusFromCache: false, cache: 'hit', extracted: 0 });
    expect((await load()).stats.corpusFromCache).toBe(true);
  });

  it('starts from the cache without reading a text, and never slices a file changed behind its back', async () => {
    const file = join(corpusDir, firstFile());
    const id = firstFile().replace(/\.txt$/, '');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    await load();
    // Same size, same time, same inode: the fingerprint cannot tell, so start-up trusts the cache…
    writeFileSync(file, readFileSync(file, 'utf8').replace('Blinken', 'Blinkne'));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    const { kb, stats } = await load();
    expect(stats).toMatchObject({ corpusFromCache: true, cache: 'hit' });
    // …but the text is checked against its hash when an answer reads it: offsets are never applied to other words.
    expect(() => kb.document(id).text).toThrow(DocumentChangedError);
    expect(
      kb.document(
        readdirSync(corpusDir)
          .sort()[1]!
          .replace(/\.txt$/, ''),
      ).text.length,
    ).toBeGreaterThan(0);
  });

  it('keeps what only re-extraction reads apart from what start-up reads', async () => {
    await load();
    const folder = cacheFolder(cacheDir, corpusDir);
    const items = readFileSync(join(folder, 'items.ndjson'), 'utf8');
    const segments = readFileSync(join(folder, 'segments.ndjson'), 'utf8');
    expect(items).not.toContain('"mentions"');
    expect(segments).toContain('"mentions"');
    // Nothing of the corpus text is copied into the start-up records.
    const text = readFileSync(join(corpusDir, firstFile()), 'utf8');
    const sentence = text
      .split('\n')
      .find((line) => line.length > 80)!
      .slice(0, 60);
    expect(items).not.toContain(sentence);
  });

  it('re-extracts everything, with a warning, when the segments file is damaged and a document changed', async () => {
    await load();
    writeFileSync(join(cacheFolder(cacheDir, corpusDir), 'segments.ndjson'), 'garbage');
    appendFileSync(join(corpusDir, firstFile()), '\nThe situation remains tense, observers said.\n');
    const { kb, stats, warnings } = await load();
    expect(warnings.some((w) => /segments file is unreadable/.test(w.reason))).toBe(true);
    expect(stats.extracted).toBe(5);
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('never writes into the corpus folder', async () => {
    const before = readdirSync(corpusDir).sort();
    await load();
    await load();
    expect(readdirSync(corpusDir).sort()).toEqual(before);
  });
});

describe('a reload recognises unchanged files by size, time and inode', () => {
  const ADDED = 'Talks resume\n"We are ready to talk," Bayramov said on Monday.\n';

  it('one article added → only its file is read to load the corpus; the result is what a fresh load gives', async () => {
    await load();
    writeFileSync(join(corpusDir, 'later.txt'), ADDED);
    const { kb, stats } = await load();
    expect(stats).toMatchObject({ documents: 6, corpusFromCache: false, filesRead: 1, cache: 'partial' });
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('one article removed → no file is read to load the corpus', async () => {
    await load();
    unlinkSync(join(corpusDir, firstFile()));
    const { kb, stats } = await load();
    expect(stats).toMatchObject({ documents: 4, filesRead: 0 });
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('a file touched (new time, same bytes) → read and hashed again, nothing extracted', async () => {
    await load();
    const file = join(corpusDir, firstFile());
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await load()).stats).toMatchObject({ filesRead: 1, extracted: 0, cache: 'hit' });
  });

  it('a file rewritten behind its stamp while another is added → its text fails its hash, so the corpus is read whole', async () => {
    const file = join(corpusDir, firstFile());
    const id = firstFile().replace(/\.txt$/, '');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    await load();
    writeFileSync(file, readFileSync(file, 'utf8').replace('Blinken', 'Blinkne'));
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    writeFileSync(join(corpusDir, 'later.txt'), ADDED);
    const { kb, stats } = await load();
    expect(stats).toMatchObject({ documents: 6, filesRead: 6 });
    expect(kb.document(id).text).toContain('Blinkne');
    expect(contents(kb)).toBe(contents(await fresh()));
  });

  it('the manifest changed → every file is read (the records carry the old manifest)', async () => {
    await load();
    const manifest = join(corpusDir, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/\s*$/, '\n'));
    writeFileSync(join(corpusDir, 'later.txt'), ADDED);
    expect((await load()).stats).toMatchObject({ documents: 6, filesRead: 6 });
  });
});
