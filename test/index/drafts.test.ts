import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { cacheFolder, FileStore } from '../../src/index/store/fileStore.ts';
import type { ReadOptions } from '../../src/index/store/knowledgeStore.ts';
import { seedsCopy } from '../support/seedsCopy.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const reading: ReadOptions = { warn: () => {} };

let work: string;
let corpusDir: string;
let cacheDir: string;
let other: string;

beforeEach(() => {
  ({ work, corpusDir, cacheDir } = seedsCopy('kb-drafts-'));
  other = mkdtempSync(join(tmpdir(), 'kb-drafts-out-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

/** The records and segments an ingest of the seed corpus persisted. */
async function persisted() {
  await loadKnowledgeBase({ corpusDir, cacheDir, now: NOW, onWarning: () => {} });
  const store = new FileStore(cacheFolder(cacheDir, corpusDir));
  const items = store.readItems(reading)!;
  const segments = store.readSegments(reading)!;
  const head = {
    extractor: 'test',
    corpusKey: items.corpusKey,
    fingerprint: items.fingerprint,
    warnings: items.warnings,
  };
  return { head, records: [...items.documents.values()], segments: [...segments.documents.values()] };
}

describe('a part of the index written as its documents are finished (a draft)', () => {
  it('given records added in another order and some not at all, reads back as writeItems writes them', async () => {
    const { head, records } = await persisted();
    expect(records.length).toBeGreaterThan(2);
    const whole = new FileStore(join(other, 'whole'));
    whole.writeItems(head, records);
    const drafted = new FileStore(join(other, 'drafted'));
    const draft = drafted.draftItems();
    for (const record of [...records].reverse().slice(1)) draft.add(record);
    draft.write(head, records);
    const read = (store: FileStore) => store.readItems({ ...reading, extractor: 'test' });
    expect([...read(drafted)!.documents]).toEqual([...read(whole)!.documents]);
  }, 60_000);

  it('given segments added in another order, reads back as writeSegments writes them', async () => {
    const { head, segments } = await persisted();
    const whole = new FileStore(join(other, 'whole'));
    whole.writeSegments(head, segments);
    const drafted = new FileStore(join(other, 'drafted'));
    const draft = drafted.draftSegments();
    for (const s of [...segments].reverse()) draft.add(s);
    draft.write(head, segments);
    const read = (store: FileStore) => store.readSegments({ ...reading, extractor: 'test' });
    expect([...read(drafted)!.documents]).toEqual([...read(whole)!.documents]);
  }, 60_000);
});
