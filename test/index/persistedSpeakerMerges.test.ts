import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeSpeakerVariants } from '../../src/extract/entities/merge.ts';
import type { Statement } from '../../src/extract/types.ts';
import { applyMerges, recordMerges } from '../../src/index/build/speakerMerges.ts';
import { type LoadStats, loadKnowledgeBase } from '../../src/index/load.ts';
import { decodeSpeakerMerges, encodeSpeakerMerges } from '../../src/index/store/codec.ts';
import { cacheFolder } from '../../src/index/store/fileStore.ts';
import { verifiedBytes, withChecksum } from '../../src/index/store/frames.ts';
import { extractFrom } from '../extract/statements.helpers.ts';
import { seedsCopy } from '../support/seedsCopy.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Statements of several documents, as one corpus, with spellings the merge joins. */
function corpus(): Statement[] {
  return [
    'Analyst Tigran Arustamyan said that the talks would fail.',
    'Analyst Tigran Arustamyan said that the border was calm.',
    'Analyst Tigran Arustamian said that aid had arrived. Arustamian said that the road was open.',
    "Azerbaijan's Prosecutor General's Office said that charges were filed. " +
      "The Prosecutor General's Office said that the suspects were detained.",
  ].flatMap((t, i) => extractFrom(t, undefined, `doc${i}`));
}

describe('what the speaker merge changed, recorded once and applied at start-up', () => {
  it('applied to the statements as written, gives exactly what the merge gives', () => {
    const written = corpus();
    const merged = mergeSpeakerVariants(written);
    const record = recordMerges(written, merged);
    expect(record.changes.length / 3).toBeGreaterThanOrEqual(3);
    expect(applyMerges(written, record)).toEqual(merged);
    // As persisted: through the store's block and back.
    const decoded = decodeSpeakerMerges(encodeSpeakerMerges(record, 'tag'), 'tag')!;
    expect(applyMerges(written, decoded)).toEqual(merged);
    expect(JSON.stringify(applyMerges(written, decoded))).toBe(JSON.stringify(merged));
  });

  it('nothing merged records nothing', () => {
    const written = corpus().slice(0, 2);
    expect(recordMerges(written, mergeSpeakerVariants(written)).changes.length).toBe(0);
  });

  it('a record that does not fit these statements is refused, never half applied', () => {
    const written = corpus();
    const record = recordMerges(written, mergeSpeakerVariants(written));
    const entity = record.entities[0]!;
    // A statement past the end; a relayer for a statement that has none; an entity not in the list.
    for (const changes of [
      [written.length, 1, 0],
      [0, 0, 1],
      [0, 2 + record.entities.length, 0],
      [0, 1],
    ]) {
      expect(applyMerges(written, { entities: [entity], changes: Uint32Array.from(changes) })).toBeNull();
    }
    expect(decodeSpeakerMerges(encodeSpeakerMerges(record, 'tag'), 'other tag')).toBeNull();
  });
});

describe('the speaker merge persisted with the indexes', () => {
  let work: string;
  let corpusDir: string;
  let cacheDir: string;
  beforeEach(() => {
    ({ work, corpusDir, cacheDir } = seedsCopy('kb-merges-'));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  const file = () => join(cacheFolder(cacheDir, corpusDir), 'speaker-merges.bin');
  async function load() {
    let stats: LoadStats | undefined;
    const kb = await loadKnowledgeBase({ corpusDir, cacheDir, now: NOW, onStats: (s) => (stats = s) });
    return { kb, stats: stats! };
  }
  /** The persisted record rewritten, well-formed, under its own tag. */
  function rewrite(change: (tag: string) => Buffer) {
    const bytes = verifiedBytes(readFileSync(file()))!;
    const tag = JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString('utf8')).tag as string;
    writeFileSync(file(), withChecksum(change(tag)));
  }

  it('is what a start from the cache uses: a record naming another speaker changes who said it', async () => {
    const first = await load();
    const statement = first.kb.statements[0]!;
    const other = { id: 'text:someone-else', name: 'Someone Else', kind: 'person' as const };
    rewrite((tag) => encodeSpeakerMerges({ entities: [other], changes: Uint32Array.from([0, 1, 0]) }, tag));
    const { kb, stats } = await load();
    expect(stats).toMatchObject({ cache: 'hit', indexesRebuilt: false });
    expect(kb.statements[0]).toEqual({ ...statement, speaker: other });
    expect(kb.statements.slice(1)).toEqual(first.kb.statements.slice(1));
  });

  it('a record that does not fit, or none, is rebuilt: the merge runs again and the record is written again', async () => {
    const first = await load();
    rewrite((tag) => encodeSpeakerMerges({ entities: [], changes: Uint32Array.from([1e6, 0, 0]) }, tag));
    const misfit = await load();
    expect(misfit.stats.indexesRebuilt).toBe(true);
    expect(misfit.kb.statements).toEqual(first.kb.statements);
    expect((await load()).stats.indexesRebuilt).toBe(false);
    unlinkSync(file());
    const missing = await load();
    expect(missing.stats.indexesRebuilt).toBe(true);
    expect(missing.kb.statements).toEqual(first.kb.statements);
    expect((await load()).stats.indexesRebuilt).toBe(false);
  });
});
