/**
 * /who-said and a headline's statement: "Pashinyan: we are ready …" above an agency's story is
 * the outlet's telling of what he said. It is shown as the outlet's headline, whole and verbatim,
 * after the speaker's own words in the same story, never as his quote or reported speech.
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
import { blockQuotesNotInCorpus, checkReply, hasCheckReply, limitProblems } from '../support/replyRules.ts';

const ARMENPRESS =
  'Pashinyan: we are ready to sign the peace treaty\n\n' +
  'YEREVAN, APRIL 12, 2024, ARMENPRESS. Armenia is ready to sign the document within a month, Prime Minister Nikol Pashinyan told reporters in Gyumri on Friday.\n\n' +
  '"The text is almost agreed," the Prime Minister said.\n';

/** A headline only, over a body that never quotes the speaker's own words on it. */
const NEWSAZ =
  'Baku will not allow provocations on the border - Aliyev\n\n' +
  'Published: 2024-04-13\n\n' +
  'President Ilham Aliyev chaired a meeting of the Security Council in Baku on Saturday. Border units were put on alert.\n';

let kb: KnowledgeBase;
let documents: string[];
let corpusDir: string;
beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'kb-headline-'));
  writeFileSync(join(corpusDir, 'armenpress_treaty.txt'), ARMENPRESS);
  writeFileSync(join(corpusDir, 'newsaz_border.txt'), NEWSAZ);
  kb = await loadKnowledgeBase({ corpusDir, cacheDir: false, now: new Date('2026-11-23T00:00:00Z') });
  documents = [...kb.documents.values()].map((d) => d.text);
});

const ask = (line: string): Reply => answerLine(line, { kb });
const blocks = statementBlocks;

describe('a headline’s mark is kept by the persisted index', () => {
  it('read back from the cache, the headline’s statement is still the outlet’s headline, after the body', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-headline-cache-'));
    const now = new Date('2026-11-23T00:00:00Z');
    await loadKnowledgeBase({ corpusDir, cacheDir, now });
    let cache = '';
    const again = await loadKnowledgeBase({ corpusDir, cacheDir, now, onStats: (s) => (cache = s.cache) });
    expect(cache).toBe('hit');
    const marked = again.statements.filter((s) => s.line === 'headline');
    expect(marked).toHaveLength(2);
    expect(marked.map((s) => s.docId).sort()).toEqual(
      kb.statements
        .filter((s) => s.line === 'headline')
        .map((s) => s.docId)
        .sort(),
    );
    const reply = blocks(answerLine('/who-said speaker:Pashinyan', { kb: again }));
    expect(reply.at(-1)).toMatch(/^Headline of ARMENPRESS, attributed to/i);
  });
});

describe('/who-said shows a headline’s statement as the outlet’s headline', () => {
  it('labelled with the outlet, the headline whole and verbatim, no "quoted" or "reported speech"', () => {
    const headline = blocks(ask('/who-said speaker:Pashinyan')).find((b) => b.includes('Headline'))!;
    expect(headline).toMatch(/^Headline of ARMENPRESS, attributed to \*\*Nikol Pashinyan\*\*/i);
    expect(headline).toContain("the outlet's words");
    expect(headline).not.toMatch(/quoted|reported speech/);
    expect(headline).toContain('\n> Pashinyan: we are ready to sign the peace treaty\n');
  });

  it('the speaker’s own statements in the same story come first', () => {
    const shown = blocks(ask('/who-said speaker:Pashinyan'));
    expect(shown.map((b) => (b.startsWith('Headline') ? 'headline' : 'body'))).toEqual([
      'body',
      'body',
      'headline',
    ]);
  });

  it('a document without a known outlet says "Headline", and the headline alone still answers', () => {
    const shown = blocks(ask('/who-said speaker:Aliyev'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Headline(?: of [^,]+)?, attributed to \*\*Ilham Aliyev\*\*/);
    expect(shown[0]).toContain('\n> Baku will not allow provocations on the border - Aliyev\n');
  });

  it('keeps the product’s rules: verbatim block quotes, Discord’s limits', () => {
    for (const line of [
      '/who-said speaker:Pashinyan',
      '/who-said speaker:Aliyev',
      '/who-said about:peace treaty',
    ]) {
      const { pages } = ask(line);
      expect(blockQuotesNotInCorpus(pages, documents)).toEqual([]);
      for (const page of pages) expect(limitProblems(page)).toEqual([]);
      if (hasCheckReply) expect(checkReply(corpusDir, pages)).toMatchObject({ ok: true });
    }
  });
});
