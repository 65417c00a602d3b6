/**
 * /who-said and a joint statement (CONVENTIONS 13): one statement of each member on the same
 * words. Asked for one member, it is shown under that member's name; in a list that could show
 * every member, it is shown once, naming them all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { Reply } from '../../src/render/payload.ts';
import { statementBlocks } from '../support/replyBlocks.ts';

const MINE_BLAST =
  'Two road workers hurt by mine in Aghdam\n\n' +
  'Published: 2024-05-14\n\n' +
  'Two road workers were injured when their excavator hit an anti-tank mine near Aghdam on Tuesday.\n\n' +
  "The Prosecutor General's Office, the Ministry of Emergency Situations and ANAMA said in a joint " +
  'statement that an investigation into the excavator blast had been opened.\n';

const COUPLE =
  'A couple waits for news in Goris\n\n' +
  'Published: 2023-09-28\n\n' +
  'Aram and Sona Petrosian spent the night by the radio in a rented room in Goris.\n\n' +
  'The couple said they had finally heard that their nephew crossed the bridge safely.\n';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'kb-joint-'));
  writeFileSync(join(corpusDir, 'agency_mine_blast.txt'), MINE_BLAST);
  writeFileSync(join(corpusDir, 'feature_couple.txt'), COUPLE);
  kb = await loadKnowledgeBase({ corpusDir, cacheDir: false, now: new Date('2026-11-23T00:00:00Z') });
});

const ask = (line: string): Reply => answerLine(line, { kb });
const blocks = statementBlocks;

describe('a joint statement in /who-said', () => {
  it('is one statement of each member', () => {
    const members = kb.statements.filter((s) => kb.slice(s.docId, s.quote).includes('excavator blast'));
    expect(members).toHaveLength(3);
  });

  it('asked for one member, it is shown under that member', () => {
    const shown = blocks(ask('/who-said speaker:ANAMA'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('excavator blast');
  });

  it('asked by topic, it is shown once, naming every member', () => {
    const shown = blocks(ask('/who-said about:excavator blast')).filter((b) => b.includes('excavator blast'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/\*\*.+\*\*, \*\*.+\*\* and \*\*.+\*\*/);
    expect(shown[0]).toContain('**ANAMA**');
  });
});

describe('a pair named back as "the couple" in /who-said', () => {
  it('is one statement of each of the two, found under either name', () => {
    const members = kb.statements.filter((s) => kb.slice(s.docId, s.quote).includes('nephew crossed'));
    expect(members.map((s) => s.speaker.id).sort()).toEqual(['text:aram-petrosian', 'text:sona-petrosian']);
    const shown = blocks(ask('/who-said speaker:Sona Petrosian'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('nephew crossed');
  });

  it('asked by topic, it is shown once, naming both', () => {
    const shown = blocks(ask('/who-said about:nephew')).filter((b) => b.includes('nephew crossed'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/\*\*Aram Petrosian\*\* and \*\*Sona Petrosian\*\*/);
  });
});
