import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerLine } from '../src/console/answerLine.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';

/** /casualties shows changes and rates as such, and parts of parts under their part, also after a reload from the cache. */
const ARTICLE = `Karabakh exodus swells

Goris, Armenia, Sept 28, 2023 (AFP) - At least 120 people, including 14 civilians (three of whom were children), were killed in the offensive, officials said.

The government said 50,243 people had crossed into Armenia from Karabakh, a figure that rose by more than 15,000 overnight. Officials in Goris said 800 refugees were arriving every hour.
`;

const work = mkdtempSync(join(tmpdir(), 'kb-shapes-'));
const corpusDir = join(work, 'corpus');
const cacheDir = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function casualtiesText(): Promise<string> {
  const kb = await loadKnowledgeBase({
    corpusDir,
    cacheDir,
    now: new Date('2026-11-23T00:00:00Z'),
    onWarning: () => {},
  });
  const reply = answerLine('/casualties', { kb });
  expect(reply.error).toBeUndefined();
  return reply.pages.map((p) => (p.embeds ?? []).map((e) => e.description ?? '').join('\n')).join('\n');
}

describe('/casualties shows the shape of each figure', () => {
  it('labels changes and rates, nests three under 14 under 120, and keeps it all through the cache', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'afp.txt'), ARTICLE);
    for (const run of ['fresh', 'from cache']) {
      const text = await casualtiesText();
      expect(text, run).toMatch(/\*\*more than 15,000\*\*.*a change, not a total/);
      expect(text, run).toMatch(/\*\*800\*\*.*a rate, not a total/);
      expect(text, run).not.toMatch(/\*\*50,243\*\*.*not a total/);
      expect(text, run).toMatch(/\n {2}of which \*\*14\*\*/);
      expect(text, run).toMatch(/\n {4}of which \*\*three\*\*/);
    }
  });
});
