import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { LoadWarning } from '../../src/corpus/types.ts';
import { type LoadStats, loadKnowledgeBase } from '../../src/index/load.ts';
import type { MemoryKnowledgeBase as KnowledgeBase } from '../../src/index/memoryKnowledgeBase.ts';
import { encodeNumbers } from '../../src/index/store/codec.ts';
import { cacheFolder } from '../../src/index/store/fileStore.ts';
import { withChecksum } from '../../src/index/store/frames.ts';
import { SEEDS, seedsCopy } from '../support/seedsCopy.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Questions whose answers read the persisted orders and groups. */
const QUESTIONS = [
  '/who-said speaker:Blinken',
  '/who-said',
  '/who-said about:humanitarian',
  '/timeline 2023-09',
  '/timeline 2023-09-19',
  '/timeline 2023',
  '/casualties',
  '/casualties period:2023-09',
  '/casualties about:killed',
];

/** The order files written beside the word indexes, one number per item. */
const ORDER_FILES = [
  'statement-order.bin',
  'event-order.bin',
  'event-labels.bin',
  'figure-groups.bin',
  'event-texts.bin',
];

let work: string;
let corpusDir: string;
let cacheDir: string;
/** The same corpus extracted from scratch, nothing persisted: what every cached load must answer. */
let fresh: KnowledgeBase;
let expected: Map<string, string>;

const reply = (kb: KnowledgeBase, line: string) => JSON.stringify(answerLine(line, { kb }));
const answers = (kb: KnowledgeBase) => new Map(QUESTIONS.map((q) => [q, reply(kb, q)]));

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

const folder = () => cacheFolder(cacheDir, corpusDir);

/** An order file as the cache writes it: [u32 header length][header JSON][pad to 4][u32 …]. */
function readNumbersFile(name: string): { header: { tag: string; count: number }; numbers: Uint32Array } {
  const bytes = readFileSync(join(folder(), name));
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as { tag: string; count: number };
  const start = 4 + length + ((4 - ((4 + length) % 4)) % 4);
  const numbers = new Uint32Array(header.count);
  Buffer.from(numbers.buffer).set(bytes.subarray(start, start + header.count * 4));
  return { header, numbers };
}

/** A well-formed order file, checksum and all: what a writer with other numbers would leave. */
function writeNumbersFile(name: string, tag: string, numbers: Uint32Array): void {
  writeFileSync(join(folder(), name), withChecksum(encodeNumbers(numbers, tag)));
}

beforeAll(async () => {
  fresh = await loadKnowledgeBase({ corpusDir: SEEDS, cacheDir: false, now: NOW, onWarning: () => {} });
  expected = answers(fresh);
});

beforeEach(() => {
  ({ work, corpusDir, cacheDir } = seedsCopy('kb-orders-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('orders and groups persisted with the indexes', () => {
  it('the seeds give each question something to order (the comparison below is not vacuous)', () => {
    for (const q of [
      '/who-said speaker:Blinken',
      '/timeline 2023-09',
      '/casualties',
      '/casualties period:2023-09',
    ]) {
      expect(JSON.parse(expected.get(q)!).error, q).toBeUndefined();
    }
  });

  it('are written on the first load and read back on the next, which answers exactly as a fresh extraction', async () => {
    const first = await load();
    expect(first.stats.indexesRebuilt).toBe(true);
    for (const name of ORDER_FILES) expect(existsSync(join(folder(), name)), name).toBe(true);
    expect(answers(first.kb)).toEqual(expected);

    const second = await load();
    expect(second.stats).toMatchObject({ cache: 'hit', extracted: 0, indexesRebuilt: false });
    expect(second.warnings).toEqual([]);
    expect(answers(second.kb)).toEqual(expected);
    const [persisted, built] = [second.kb.indexParts(), fresh.indexParts()];
    for (const key of [
      'statementOrder',
      'eventOrder',
      'eventLabels',
      'figureGroups',
      'eventTexts',
    ] as const) {
      expect(Array.from(persisted[key]), key).toEqual(Array.from(built[key]));
    }
  });

  it('hold one number per item', async () => {
    const { kb } = await load();
    const counts: Record<string, number> = {
      'statement-order.bin': kb.statements.length,
      'event-order.bin': kb.events.length,
      'event-labels.bin': kb.events.length,
      'event-texts.bin': kb.events.length,
      'figure-groups.bin': kb.figures.length,
    };
    for (const [name, count] of Object.entries(counts))
      expect(readNumbersFile(name).header.count, name).toBe(count);
  });

  it('are what answers use: who-said sorts nothing per question (a reversed order file reverses the list)', async () => {
    await load();
    const { header, numbers } = readNumbersFile('statement-order.bin');
    writeNumbersFile(
      'statement-order.bin',
      header.tag,
      numbers.map((rank) => numbers.length - 1 - rank),
    );
    const { kb, stats } = await load();
    expect(stats.indexesRebuilt).toBe(false);
    const said = (k: KnowledgeBase) => k.statementsSaid(null, null).map((s) => s.id);
    expect(said(kb)).toEqual([...said(fresh)].reverse());
  });

  it.each(ORDER_FILES)(
    'a deleted %s is rebuilt: the next load answers the same and writes it again',
    async (name) => {
      await load();
      unlinkSync(join(folder(), name));
      const { kb, stats } = await load();
      expect(stats).toMatchObject({ extracted: 0, indexesRebuilt: true });
      expect(answers(kb)).toEqual(expected);
      expect(existsSync(join(folder(), name))).toBe(true);
      expect((await load()).stats.indexesRebuilt).toBe(false);
    },
  );

  it('a truncated order file is not used: rebuilt with a warning, answers unchanged, then healed', async () => {
    await load();
    const file = join(folder(), 'statement-order.bin');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 4));
    const { kb, stats, warnings } = await load();
    expect(warnings.some((w) => /index file is corrupt/.test(w.reason))).toBe(true);
    expect(stats).toMatchObject({ extracted: 0, indexesRebuilt: true });
    expect(answers(kb)).toEqual(expected);
    const healed = await load();
    expect(healed.stats.indexesRebuilt).toBe(false);
    expect(healed.warnings).toEqual([]);
  });

  it.each(ORDER_FILES)(
    'flipped bits in %s fail its checksum: a warning, a rebuild, and the right answers',
    async (name) => {
      await load();
      const file = join(folder(), name);
      const bytes = readFileSync(file);
      const { header } = readNumbersFile(name);
      // A bit of the last number: the file stays well-formed, so only the checksum can tell.
      const at = bytes.length - 72 - 4;
      expect(header.count).toBeGreaterThan(0);
      bytes[at] = bytes[at]! ^ 0b101;
      writeFileSync(file, bytes);
      const { kb, stats, warnings } = await load();
      expect(warnings).toEqual([
        expect.objectContaining({
          reason: expect.stringMatching(/index file is corrupt \(it fails its checksum\)/),
        }),
      ]);
      expect(stats).toMatchObject({ extracted: 0, indexesRebuilt: true });
      expect(answers(kb)).toEqual(expected);
      const healed = await load();
      expect(healed.warnings).toEqual([]);
      expect(healed.stats.indexesRebuilt).toBe(false);
    },
  );

  it.each([
    ['statement-order.bin', 'statementOrder'],
    ['event-order.bin', 'eventOrder'],
    ['event-labels.bin', 'eventLabels'],
    ['figure-groups.bin', 'figureGroups'],
  ] as const)(
    'a well-formed %s for another number of items is not used: the order is rebuilt and answers are unchanged',
    async (name, key) => {
      await load();
      const { header, numbers } = readNumbersFile(name);
      // One number too many, every one of them wrong: used, it would scramble the answers.
      const other = Uint32Array.from({ length: numbers.length + 1 }, (_, i) => numbers.length - i);
      writeNumbersFile(name, header.tag, other);
      const { kb, stats } = await load();
      expect(answers(kb)).toEqual(expected);
      expect(Array.from(kb.indexParts()[key])).toEqual(Array.from(fresh.indexParts()[key]));
      // Rebuilt, so written again: the next start uses the file instead of redoing the order.
      expect(stats.indexesRebuilt).toBe(true);
      expect(readNumbersFile(name).numbers.length).toBe(numbers.length);
      expect((await load()).stats.indexesRebuilt).toBe(false);
    },
  );

  it.each([
    ['statement-order.bin', 'statementOrder'],
    ['event-order.bin', 'eventOrder'],
  ] as const)(
    'a %s of the right length that is not a permutation (two items at one rank) is not used: nothing is dropped',
    async (name, key) => {
      await load();
      const { header, numbers } = readNumbersFile(name);
      const damaged = numbers.slice();
      damaged[1] = damaged[0]!;
      writeNumbersFile(name, header.tag, damaged);
      const { kb, stats } = await load();
      expect(answers(kb)).toEqual(expected);
      expect(Array.from(kb.indexParts()[key])).toEqual(Array.from(fresh.indexParts()[key]));
      expect(stats.indexesRebuilt).toBe(true);
    },
  );
});
