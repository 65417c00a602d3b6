import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MemoryKnowledgeBase } from '../../src/index/memoryKnowledgeBase.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Two reports: each country's health ministry speaks, and Azerbaijan's border service. */
const BAKU = [
  'Checkpoint stays open',
  '',
  'Published: 3 May 2023',
  '',
  "Azerbaijan's State Border Service said the checkpoint would stay open overnight.",
  '',
  'The Azerbaijani Health Ministry said two drivers had been treated for burns.',
  '',
].join('\n');
const YEREVAN = [
  'Wounded taken to Goris',
  '',
  'Published: 4 May 2023',
  '',
  "Armenia's Ministry of Health said five wounded soldiers had been taken to hospital in Goris.",
  '',
].join('\n');

let dir: string;
let kb: MemoryKnowledgeBase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-state-bodies-'));
  writeFileSync(join(dir, 'baku.txt'), BAKU);
  writeFileSync(join(dir, 'yerevan.txt'), YEREVAN);
  kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const found = (words: string) => {
  const match = kb.findSpeaker(words);
  return match.kind === 'found' ? match.speaker.entity.id : match.kind;
};

describe('/who-said finds each state body under the names the press gives it, one per country', () => {
  it('the border service with its country written either way', () => {
    expect(found("Azerbaijan's State Border Service")).toBe('sbs-azerbaijan');
    expect(found('State Border Service of Azerbaijan')).toBe('sbs-azerbaijan');
  });

  it('Armenia’s and Azerbaijan’s health ministries stay apart', () => {
    expect(found('Armenian Ministry of Health')).toBe('moh-armenia');
    expect(found("Azerbaijan's health ministry")).toBe('moh-azerbaijan');
  });
});
