import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../src/console/answerLine.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({
    corpusDir: resolve(import.meta.dirname, '../corpus'),
    now: new Date('2026-11-23T00:00:00Z'),
  });
});

const message = (line: string) => {
  const reply = answerLine(line, { kb });
  expect(reply.error).toBeDefined();
  return reply.pages.map((p) => p.content ?? '').join('\n');
};

describe('/casualties with nothing found says what would work, never the query just run', () => {
  it('a whole year with no figures is not told to try a whole year', () => {
    const text = message('/casualties period:2015');
    expect(text).toContain('No casualty figures in `2015`');
    expect(text).not.toContain('period:2015');
    expect(text).toContain('leave out `period`');
  });

  it('a month with no figures is pointed to its whole year', () => {
    const text = message('/casualties period:2015-06');
    expect(text).toContain('`period:2015`');
  });

  it('words that match nothing are told to change the words', () => {
    const text = message('/casualties about:zzzqqq');
    expect(text).toContain('Try other words, or leave out `about`.');
  });
});
