import { beforeAll, describe, expect, it } from 'vitest';
import { citeSpan } from '../../src/answer/excerpt.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { citation } from '../../src/render/cite.ts';
import { label } from '../../src/render/markdown.ts';
import { SEEDS } from '../support/seedsCopy.ts';

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({
    corpusDir: SEEDS,
    cacheDir: false,
    now: new Date('2026-11-23T00:00:00Z'),
    onWarning: () => {},
  });
});

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('a citation says where in the document', () => {
  it('names the file and the line each excerpt starts on, for every statement, event and figure of the seeds', () => {
    const spans = [
      ...kb.statements.map((s) => ({ docId: s.docId, span: s.quote })),
      ...kb.events.map((e) => ({ docId: e.docId, span: e.excerpt })),
      ...kb.figures.map((f) => ({ docId: f.docId, span: f.excerpt })),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const { docId, span } of spans) {
      const doc = kb.document(docId);
      expect(citation(citeSpan(kb, docId, span))).toContain(
        `${label(doc.file)}, line ${lineAt(doc.text, span.start)}`,
      ); // the file name escaped as markup
    }
  });

  it('the first line is line 1, and an offset just after a line break is on the next line', () => {
    const [doc] = [...kb.documents.values()];
    const firstBreak = doc!.text.indexOf('\n');
    expect(citation(citeSpan(kb, doc!.id, { start: 0, end: 1 }))).toContain(', line 1');
    expect(citation(citeSpan(kb, doc!.id, { start: firstBreak, end: firstBreak + 1 }))).toContain(', line 1');
    expect(citation(citeSpan(kb, doc!.id, { start: firstBreak + 1, end: firstBreak + 2 }))).toContain(
      ', line 2',
    );
  });
});

describe('label: metadata shown as text in the bot’s own voice', () => {
  it('any title keeps no bidirectional control and no syntax Discord would draw', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      '<@&123456789012345678>',
      '<#1>',
      '<t:0:F>',
      '<a:x:1>',
      '</cmd:1>',
      '@everyone',
      '@here',
      '\u202E',
      '\u2066',
      '\u200F',
      '\u061C',
      'Title',
      ' ',
      '<',
      '@',
      '"',
      '*',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const shown = label(parts.join(''));
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
        expect(shown).not.toMatch(/(?<!\\)<(?:@[!&]?\d+|#\d+|t:[^>]*|a?:\w+:\d+|\/[^>]*)>/);
        expect(shown).not.toMatch(/@(everyone|here)/);
      }),
    );
  });
});
