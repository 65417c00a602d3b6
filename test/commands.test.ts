import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../src/console/answerLine.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';
import type { Reply } from '../src/render/payload.ts';
import { blockQuotesNotInCorpus, checkReply, hasCheckReply, limitProblems } from './support/replyRules.ts';

const CORPUS = resolve(import.meta.dirname, '../corpus');
const README_EXAMPLES = [
  ...readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8').matchAll(/npm run ask -- "([^"]+)"/g),
]
  .map((m) => m[1]!)
  .filter((line, i, all) => line.startsWith('/') && all.indexOf(line) === i);

let kb: KnowledgeBase;
let documents: string[];
beforeAll(async () => {
  kb = await loadKnowledgeBase({ corpusDir: CORPUS, now: new Date('2026-11-23T00:00:00Z') });
  documents = [...kb.documents.values()].map((d) => d.text);
});

const ask = (line: string): Reply => answerLine(line, { kb });
const unescapeMarkdown = (s: string) => s.replace(/\\([\\*_~`|[\]#>+-])/g, '$1');
const text = (reply: Reply) =>
  unescapeMarkdown(
    reply.pages
      .map((p) =>
        [
          p.content ?? '',
          ...(p.embeds ?? []).map((e) => `${e.title}\n${e.description}\n${e.footer?.text ?? ''}`),
        ].join('\n'),
      )
      .join('\n'),
  );

describe('every README example answers within the product rules', () => {
  it('the README gives examples of every command', () => {
    for (const c of ['/timeline', '/who-said', '/casualties', '/sources', '/framing'])
      expect(README_EXAMPLES.some((e) => e.startsWith(c))).toBe(true);
  });

  it.each(README_EXAMPLES)('%s: limits, mentions and verbatim quotes', (line) => {
    const reply = ask(line);
    expect(reply.error).toBeUndefined();
    for (const page of reply.pages) expect(limitProblems(page)).toEqual([]);
    expect(blockQuotesNotInCorpus(reply.pages, documents)).toEqual([]);
    if (hasCheckReply) {
      const checked = checkReply(CORPUS, reply.pages);
      expect(checked.output).toContain(' 0 problems');
    }
  });
});

describe('/timeline on the seeds', () => {
  it('September 2023 has the seeds’ events on the 19th, 20th, 21st, 24th and 26th, in day order', () => {
    const out = text(ask('/timeline 2023-09'));
    const days = [...out.matchAll(/\*\*(2023-09-\d\d)[^*]*\*\*/g)].map((m) => m[1]);
    for (const d of ['2023-09-19', '2023-09-20', '2023-09-21', '2023-09-24', '2023-09-26'])
      expect(days).toContain(d);
    expect([...days].sort()).toEqual(days);
  });

  it('the 2020 article’s September 27 never surfaces in September 2023', () => {
    expect(text(ask('/timeline 2023-09'))).not.toContain('Since the start of hostilities on September 27');
    expect(text(ask('/timeline 2020-09'))).toContain('Since the start of hostilities on September 27');
  });

  it('September 19 is one entry citing each document that tells it', () => {
    const out = text(ask('/timeline 2023-09-19'));
    for (const file of ['000_fa421d02e2779d37.txt', '001_d8850208c26a01d9.txt', '003_21b2102d4012c38e.txt'])
      expect(out).toContain(file);
  });

  it('a bad month is a short ephemeral error that says what works', () => {
    for (const bad of ['2023-13', '13/2023', '0000-00']) {
      const reply = ask(`/timeline month:${bad}`);
      expect(reply.ephemeral).toBe(true);
      expect(reply.error?.kind).toBe('bad-input');
      expect(text(reply)).toContain('2023-09');
    }
  });

  it('a month without events says so and suggests months that have some', () => {
    const reply = ask('/timeline 1999-01');
    expect(reply.error?.kind).toBe('not-found');
    expect(text(reply)).toContain('2023-09');
  });
});

describe('/who-said on the seeds', () => {
  it('Blinken’s statements come from four seeds, oldest first', () => {
    const out = text(ask('/who-said speaker:Blinken'));
    for (const file of ['000_', '001_', '002_', '003_']) expect(out).toContain(file);
  });

  it('seed 002’s headline "Blinken: …" is shown as the outlet’s headline, after his own words there', () => {
    const out = text(ask('/who-said speaker:Blinken'));
    const headline = out.indexOf('Headline of Caliber.Az, attributed to **Antony J. Blinken**');
    expect(headline).toBeGreaterThan(0);
    expect(out.slice(headline)).toMatch(/^[^\n]*· the outlet's words\n> Blinken: Just and lasting peace/);
    // Blinken's own words in that story come before the headline's telling of them.
    expect(out.lastIndexOf('002_', headline)).toBeGreaterThan(0);
  });

  it('a misspelt or partial name still finds the speaker', () => {
    expect(text(ask('/who-said speaker:blinke'))).toContain('Blinken');
    expect(text(ask('/who-said speaker:Pashinian'))).toContain('Pashinyan');
  });

  it('lists the speakers with their counts when asked nothing', () => {
    const out = text(ask('/who-said'));
    for (const name of ['Blinken', 'Pompeo', 'Putin']) expect(out).toContain(name);
  });

  it('a quoted fragment is shown in the clause it stands in, verbatim with its own quote marks', () => {
    const out = text(ask('/who-said speaker:Pompeo'));
    // "The State Department said that Pompeo "stressed the need …"": whose need, said with the quote.
    expect(out).toContain('> Pompeo "stressed the need to end violence and protect civilians."');
    // After a bare article the quote alone is shown: "called for an “immediate end to hostilities” and …".
    expect(text(ask('/who-said speaker:Blinken'))).toContain('> immediate end to hostilities\n');
  });

  it('an unknown speaker is an ephemeral not-found that names speakers who exist', () => {
    const reply = ask('/who-said speaker:Zzyzx Qwerty');
    expect(reply.ephemeral).toBe(true);
    expect(reply.error?.kind).toBe('not-found');
    expect(text(reply)).toContain('Blinken');
  });
});

describe('/casualties on the seeds', () => {
  it('shows each figure with its hedge as written', () => {
    const out = text(ask('/casualties'));
    for (const n of ['Six', '27', 'about 500', '20,000', 'about 5,000', '30 thousand'])
      expect(out).toContain(n);
    // Numbers that count no casualties never stand as a figure (figures are the bold numbers).
    for (const notAFigure of ['more than 60', '30', '24']) expect(out).not.toContain(`**${notAFigure}**`);
    expect(out).toContain('**Six**');
  });
});

describe('/sources', () => {
  it('lists the five documents with how each field was obtained', () => {
    const out = text(ask('/sources'));
    expect(out).toContain('5 documents');
    expect(out).toMatch(/Published: 2020-10-24/);
    expect(out).toMatch(/stated|inferred/);
  });
});
