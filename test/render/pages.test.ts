import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCount, code, cut, escapeMarkdown, quoteBlock } from '../../src/render/markdown.ts';
import { errorReply, paginate } from '../../src/render/pages.ts';
import { limitProblems } from '../support/replyRules.ts';

describe('pages stay within Discord limits whatever they hold', () => {
  it('any number of blocks of any length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 5000 }), { maxLength: 60 }),
        fc.string({ maxLength: 400 }),
        (blocks, title) => {
          const pages = paginate({ title: title || 't', intro: 'intro', blocks });
          expect(pages.length).toBeGreaterThan(0);
          expect(pages.length).toBeLessThanOrEqual(25);
          for (const p of pages) expect(limitProblems(p)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an error is one short ephemeral message that pings nobody', () => {
    const reply = errorReply('bad-input', 'x'.repeat(9000));
    expect(reply.ephemeral).toBe(true);
    expect(reply.pages).toHaveLength(1);
    expect(reply.pages[0]!.flags).toBe(64);
    expect(limitProblems(reply.pages[0]!)).toEqual([]);
  });
});

describe('corpus text and user input cannot change the formatting', () => {
  it('user input in code cannot close the code span', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const c = code(s);
        expect(c.startsWith('`') && c.endsWith('`')).toBe(true);
        expect(c.slice(1, -1)).not.toContain('`');
      }),
    );
  });

  it('markup in corpus text is escaped, so **bold**, ||spoilers|| and `code` show as typed', () => {
    expect(escapeMarkdown('**bold** ||x|| `c` _i_ ~~s~~ [l](u)')).toBe(
      '\\*\\*bold\\*\\* \\|\\|x\\|\\| \\`c\\` \\_i\\_ \\~\\~s\\~\\~ \\[l\\](u)',
    );
  });

  it('a block quote keeps one source paragraph per line and marks a cut with …', () => {
    expect(quoteBlock('First paragraph.\nSecond one.', 100)).toBe('> First paragraph.\n> Second one.');
    const long = quoteBlock('word '.repeat(100), 50);
    expect(long.endsWith('…')).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(52);
  });

  it('counts characters as Discord does (code points), lone surrogates and emoji included', () => {
    expect(charCount('🇦🇿 Ağdam')).toBe(8);
    expect(charCount('\ud83d')).toBe(1);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(charCount(s)).toBe([...s].length);
      }),
    );
  });

  it('cut never lengthens text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (s, n) => {
        expect([...cut(s, n)].length).toBeLessThanOrEqual(Math.max(n, Math.min([...s].length, n)));
      }),
    );
  });
});

describe('metadata never looks like a quote', () => {
  it('double quotes in a title become single ones, paired', async () => {
    const { label } = await import('../../src/render/markdown.ts');
    expect(label('Aliyev: "we are ready" said “today”')).toBe('Aliyev: ‘we are ready’ said ‘today’');
  });
});

describe('markup in an excerpt that cannot be shown verbatim is cut out, marked with …', () => {
  it('pairs like ** || ~~ and backticks, and a link, are cut', () => {
    expect(quoteBlock('talks with ||secret|| plans and `code` or [click](http://x) now', 500)).toBe(
      '> talks with … secret … plans and … code … or \\[click … http://x) now',
    );
  });
  it('ordinary punctuation stays', () => {
    expect(quoteBlock('Baku (Azerbaijan) said “no” – [sic] *once*', 500)).toBe(
      '> Baku (Azerbaijan) said “no” – \\[sic\\] \\*once\\*',
    );
  });
});
