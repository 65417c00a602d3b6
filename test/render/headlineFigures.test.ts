/**
 * /casualties and a toll in a headline: "Papikyan: 35 servicemen killed …" is the outlet's summing
 * up above the story. It is shown marked as the headline's, its line cited, after the body's own
 * telling of the toll, and the mark survives the persisted index.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { Reply } from '../../src/render/payload.ts';

const AGENCY =
  'Papikyan: 35 servicemen killed in the night attack\n\n' +
  'Published: 2022-05-12\n\n' +
  'YEREVAN, May 12. Thirty-five servicemen were killed in the attack, Defense Minister Suren Papikyan said on Thursday.\n';

const NOW = new Date('2026-11-23T00:00:00Z');
let corpusDir: string;
let kb: KnowledgeBase;
beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'kb-headline-figures-'));
  writeFileSync(join(corpusDir, 'agency_toll.txt'), AGENCY);
  kb = await loadKnowledgeBase({ corpusDir, cacheDir: false, now: NOW });
});

const text = (reply: Reply) =>
  reply.pages
    .flatMap((p) => (p.embeds ?? []).map((e) => e.description ?? ''))
    .join('\n')
    .replace(/\\([\\*_~`|[\]#>+-])/g, '$1');

describe('/casualties shows a headline’s toll as the headline’s', () => {
  it('the headline’s figure says so and cites line 1; the body’s figure carries no mark', () => {
    const shown = text(answerLine('/casualties', { kb }));
    expect(shown).toMatch(/• \*\*35\*\* servicemen · in the headline · .* · reported by .*Papikyan/);
    expect(shown).toMatch(/• \*\*Thirty-five\*\* servicemen · (?!in the headline)/);
    expect(shown).toContain('> Papikyan: 35 servicemen killed in the night attack');
    expect(shown).toMatch(/agency_toll\.txt, line 1\b/);
  });

  it('the body’s telling of the toll is listed first, the headline’s summing up after it', () => {
    const shown = text(answerLine('/casualties', { kb }));
    const body = shown.indexOf('**Thirty-five**');
    const headline = shown.indexOf('**35**');
    expect(body).toBeGreaterThan(-1);
    expect(headline).toBeGreaterThan(body);
  });

  it('read back from the cache, the headline’s figure keeps its mark', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-headline-figures-cache-'));
    await loadKnowledgeBase({ corpusDir, cacheDir, now: NOW });
    let cache = '';
    const again = await loadKnowledgeBase({
      corpusDir,
      cacheDir,
      now: NOW,
      onStats: (s) => (cache = s.cache),
    });
    expect(cache).toBe('hit');
    expect(again.figures.filter((f) => f.line === 'headline').map((f) => f.number.text)).toEqual(['35']);
  });
});
