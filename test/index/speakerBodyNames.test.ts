import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MemoryKnowledgeBase } from '../../src/index/memoryKnowledgeBase.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** A report that names a body by its noun and domain, and a group by the body it belongs to. */
const ARTICLE = [
  'Claims rise after hail',
  '',
  'Published: 14 June 2022',
  '',
  'The State Office for Compulsory Crop Insurance said 120 farms had filed claims since May.',
  '',
  'Representatives of the Lebanese Teachers Union said they had written to the ministry twice.',
  '',
].join('\n');

let dir: string;
let kb: MemoryKnowledgeBase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-body-names-'));
  writeFileSync(join(dir, 'report.txt'), ARTICLE);
  kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('/who-said finds a body and a group by the words the text uses', () => {
  it('the body by its whole name', () => {
    const match = kb.findSpeaker('State Office for Compulsory Crop Insurance');
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    expect(match.speaker.entity.id).toBe('text:state-office-for-compulsory-crop-insurance');
  });

  it('representatives of a union by the union they represent', () => {
    const match = kb.findSpeaker('Representatives of the Lebanese Teachers Union');
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    expect(match.speaker.entity.id).toBe('text:representatives');
  });
});
