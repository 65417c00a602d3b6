import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../src/console/answerLine.ts';
import { inferMetadata } from '../src/corpus/metadata.ts';
import type { CorpusDocument } from '../src/corpus/types.ts';
import { extractCorpus } from '../src/extract/index.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';
import { MemoryKnowledgeBase } from '../src/index/memoryKnowledgeBase.ts';
import { blockQuotesNotInCorpus, checkReply, hasCheckReply, limitProblems } from './support/replyRules.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const HOSTILE = `Officials @everyone say **nothing** changed <@123456789012345678>

BAKU, September 21, 2023 /Trend/. The ministry said that ||secret|| talks with \`code\` and <@&987654321098765432> would resume on September 22.
"We warn @here and @everyone: [click](https://evil.example) now ~~struck~~ _under_ # heading," spokesman Hikmet Hajiyev said.
Local officials said 12 people were killed 🙂 in the shelling of the village מרכז on September 21, 2023.
> Not a real quote block, ${'very long '.repeat(300)}end.
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-hostile-'));
  writeFileSync(join(dir, 'hostile.md'), HOSTILE);
});

describe('a corpus document full of markup and mentions', () => {
  it.each([
    '/who-said',
    '/who-said speaker:Hajiyev',
    '/timeline 2023-09',
    '/casualties',
    '/sources',
    '/who-said about:everyone',
  ])('%s: pings nobody, escapes markup, quotes verbatim, stays within limits', async (line) => {
    const kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW });
    const reply = answerLine(line, { kb });
    for (const page of reply.pages) {
      expect(page.allowedMentions).toEqual({ parse: [] });
      expect(limitProblems(page)).toEqual([]);
      const text = JSON.stringify(page);
      expect(text).not.toMatch(/(?<!\\\\)\*\*nothing/);
      expect(text).not.toMatch(/(?<!\\\\)\|\|secret/);
      expect(text).not.toMatch(/(?<!\\\\)\[click\]/);
    }
    expect(blockQuotesNotInCorpus(reply.pages, [HOSTILE])).toEqual([]);
    if (hasCheckReply) expect(checkReply(dir, reply.pages).output).toContain(' 0 problems');
  });
});

const fragment = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123>',
  '<#456>',
  '**',
  '__',
  '||',
  '`',
  '```',
  '~~',
  '> ',
  '# ',
  '- ',
  '[a](http://x)',
  '\\',
  '"',
  '“',
  '”',
  '‘',
  'said',
  'killed',
  'wounded',
  'refugees',
  'about 5,000',
  'at least 200',
  'more than 60',
  'September 19',
  'on Monday',
  '2023',
  'Blinken',
  'Aliyev said that',
  'according to Baku,',
  '🙂',
  'مرحبا',
  '\u202e',
  '.',
  ',',
  '\n',
  '\n\n',
  ' ',
);

describe('any hostile document: every reply keeps the rules', () => {
  it('random documents built from markup, mentions, speech, dates and figures', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 80 }), (parts) => {
        const text = parts.join(' ');
        const { meta, bodyStart } = inferMetadata(text);
        const doc: CorpusDocument = { id: 'h', file: 'h.txt', text, sha256: '', label: 'h', meta, bodyStart };
        const kb = new MemoryKnowledgeBase([doc], extractCorpus([doc], NOW));
        for (const line of [
          '/who-said',
          '/timeline 2023-09',
          '/casualties',
          '/sources',
          '/who-said speaker:Blinken',
          '/timeline 2023',
        ]) {
          const reply = answerLine(line, { kb });
          for (const page of reply.pages) {
            expect(page.allowedMentions).toEqual({ parse: [] });
            expect(limitProblems(page)).toEqual([]);
          }
          expect(blockQuotesNotInCorpus(reply.pages, [text])).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
