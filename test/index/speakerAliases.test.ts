import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MemoryKnowledgeBase } from '../../src/index/memoryKnowledgeBase.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Agency copy that names one body three ways and one person two ways. */
const ARTICLE = [
  'Deminers hurt near Aghdam',
  '',
  'Published: 12 May 2022',
  '',
  "Two deminers were wounded near Aghdam on Monday, Azerbaijan's State Demining Agency (SDA) said.",
  '',
  'SDA said that the team had been clearing farmland near the village when the mine went off.',
  '',
  'In an opinion for the journal, former war-crimes judge Maria Elena Ortiz called the mines a lasting danger. ' +
    '"Every field is a front line," Ortiz wrote.',
  '',
].join('\n');

let dir: string;
let kb: MemoryKnowledgeBase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kb-aliases-'));
  writeFileSync(join(dir, 'agency.txt'), ARTICLE);
  kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('/who-said finds a speaker by any name its document uses', () => {
  it('the abbreviation a document defines leads to the body, shown under its full name', () => {
    const match = kb.findSpeaker('SDA');
    expect(match.kind).toBe('found');
    if (match.kind !== 'found') return;
    expect(match.speaker.entity.name).toBe("Azerbaijan's State Demining Agency");
    expect(match.speaker.statements).toBe(2);
  });

  it('the full name leads to the same body', () => {
    const match = kb.findSpeaker('State Demining Agency');
    expect(match.kind === 'found' && match.speaker.entity.id).toBe('text:sda');
  });

  it('a surname and a shorter form of a full name lead to the one person, shown in full', () => {
    for (const words of ['Ortiz', 'Elena Ortiz', 'Maria Elena Ortiz']) {
      const match = kb.findSpeaker(words);
      expect(match.kind === 'found' && match.speaker.entity.name).toBe('Maria Elena Ortiz');
    }
  });

  it('autocomplete offers the body for the first letters of its abbreviation', () => {
    expect(kb.findSpeakers('SD', 5).map((s) => s.entity.name)).toContain(
      "Azerbaijan's State Demining Agency",
    );
  });

  it('the answer under the abbreviation quotes the body and names it in full', () => {
    const reply = answerLine('/who-said speaker:SDA', { kb });
    expect(reply.error).toBeUndefined();
    const shown = JSON.stringify(reply.pages);
    expect(shown).toContain('State Demining Agency');
    expect(shown).toContain('clearing farmland');
  });
});
