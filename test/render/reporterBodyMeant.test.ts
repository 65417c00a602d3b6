/**
 * /casualties and a figure reported by "the ministry": the reporter is shown by its known name, then
 * the words the text used, once, never wrapped in a second pair of brackets.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { Reply } from '../../src/render/payload.ts';

const REPORT =
  'Shelling near Jermuk\n\n' +
  'Published: 2022-09-14\n\n' +
  'The Armenian Defense Ministry reported heavy shelling near Jermuk on Tuesday.\n\n' +
  'Three soldiers were killed, the ministry said.\n';

let kb: KnowledgeBase;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'kb-reporter-meant-'));
  writeFileSync(join(corpusDir, 'ministry_toll.txt'), REPORT);
  kb = await loadKnowledgeBase({ corpusDir, cacheDir: false, now: new Date('2026-11-23T00:00:00Z') });
});

const text = (reply: Reply) =>
  reply.pages
    .flatMap((p) => (p.embeds ?? []).map((e) => e.description ?? ''))
    .join('\n')
    .replace(/\\([\\*_~`|[\]#>+-])/g, '$1');

describe('a figure "the ministry" reported', () => {
  it('shows the ministry’s name and the words as written, in one pair of brackets', () => {
    const shown = text(answerLine('/casualties', { kb }));
    expect(shown).toContain('reported by Ministry of Defence of Armenia (the ministry)');
    expect(shown).not.toMatch(/\([^()\n]*\(/);
  });
});
