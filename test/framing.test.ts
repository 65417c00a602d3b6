import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitEventQuery } from '../src/answer/framing.ts';
import { answerLine } from '../src/console/answerLine.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';
import type { Reply } from '../src/render/payload.ts';
import { blockQuotesNotInCorpus, checkReply, hasCheckReply, limitProblems } from './support/replyRules.ts';

const CORPUS = resolve(import.meta.dirname, '../corpus');
const unescapeMarkdown = (s: string) => s.replace(/\\([\\*_~`|[\]#>+-])/g, '$1');
const text = (reply: Reply) =>
  unescapeMarkdown(
    reply.pages
      .map((p) =>
        [p.content ?? '', ...(p.embeds ?? []).map((e) => `${e.title}\n${e.description}`)].join('\n'),
      )
      .join('\n'),
  );

function expectWithinRules(reply: Reply, corpusDir: string, documents: string[]): void {
  for (const page of reply.pages) expect(limitProblems(page)).toEqual([]);
  expect(blockQuotesNotInCorpus(reply.pages, documents)).toEqual([]);
  if (hasCheckReply) expect(checkReply(corpusDir, reply.pages).output).toContain(' 0 problems');
}

describe('/framing on the seeds', () => {
  let kb: KnowledgeBase;
  let documents: string[];
  const ask = (line: string) => answerLine(line, { kb });
  beforeAll(async () => {
    kb = await loadKnowledgeBase({
      corpusDir: CORPUS,
      now: new Date('2026-11-23T00:00:00Z'),
      cacheDir: false,
    });
    documents = [...kb.documents.values()].map((d) => d.text);
  });

  it('2023-09-19: Baku’s “local anti-terrorist measures” and Yerevan’s “an act of large-scale aggression”, each under its side, each cited', () => {
    const reply = ask('/framing event:2023-09-19');
    const out = text(reply);
    const armenia = out.indexOf('Side: Armenia');
    const azerbaijan = out.indexOf('Side: Azerbaijan');
    expect(armenia).toBeGreaterThan(0);
    expect(azerbaijan).toBeGreaterThan(armenia);
    expect(out.slice(armenia, azerbaijan)).toContain(
      '**Government of Armenia** (in the text: Yerevan): “an act of large-scale aggression”',
    );
    expect(out.slice(azerbaijan)).toContain(
      '**Government of Azerbaijan** (in the text: Baku): “local anti-terrorist measures”',
    );
    // Two documents tell the same words: one excerpt, both cited.
    expect(out.slice(azerbaijan).match(/000_fa421d02e2779d37\.txt, line 8/g)).toHaveLength(1);
    expect(out.slice(azerbaijan)).toContain('003_21b2102d4012c38e.txt, line 3');
    // Sides with no words are said to have none, never given any.
    expect(out).toContain(
      'The corpus has no words for it from:** Karabakh Armenian authorities, Russia, United States',
    );
    expectWithinRules(reply, CORPUS, documents);
  });

  it('words alone, or a date with words, find the same event', () => {
    expect(text(ask('/framing event:aggression'))).toContain('# Framing: 2023-09-19'.slice(2));
    expect(text(ask('/framing event:2023-09 anti-terrorist'))).toContain('Framing: 2023-09-19');
    expect(text(ask('/framing event:September 19, 2023'))).toContain('Framing: 2023-09-19');
  });

  it('with no option: the events with words from more than one side', () => {
    const reply = ask('/framing');
    const out = text(reply);
    expect(out).toContain('Events described by more than one side');
    expect(out).toContain('/framing event:2023-09-19');
    expect(out).toContain('Azerbaijan: “local anti-terrorist measures”');
    expect(out).toContain('Armenia: “an act of large-scale aggression”');
    expectWithinRules(reply, CORPUS, documents);
  });

  it('a day of the timeline that no side named: its events, and no side’s words (none invented)', () => {
    const reply = ask('/framing event:2023-09-24');
    const out = text(reply);
    expect(out).toContain('Some Karabakh residents began to leave for Armenian territory on September 24.');
    expect(out).toContain('No side’s words for it in the corpus.');
    expect(out).not.toContain('Side:');
    expectWithinRules(reply, CORPUS, documents);
  });

  it('every September 2023 date of the timeline: the 19th has both sides’ words; the others say no side’s words are in the corpus', () => {
    for (const day of ['2023-09-20', '2023-09-21', '2023-09-24', '2023-09-26']) {
      const reply = ask(`/framing event:${day}`);
      expect(reply.error, day).toBeUndefined();
      expect(text(reply), day).toContain('No side’s words for it in the corpus.');
      expectWithinRules(reply, CORPUS, documents);
    }
    const out = text(ask('/framing event:2023-09'));
    expect(out).toContain('Framing: 2023-09-19'); // the one date of the month with words
  });

  it('a bad date is a short ephemeral error; an event with nothing says which dates have words', () => {
    const bad = ask('/framing event:2023-13-01');
    expect(bad.ephemeral).toBe(true);
    expect(bad.error?.kind).toBe('bad-input');
    const none = ask('/framing event:1999-01-01');
    expect(none.error?.kind).toBe('not-found');
    expect(text(none)).toContain('`2023-09-19`');
  });
});

describe('the event option: a date at either end, the rest words', () => {
  it.each([
    ['2023-09-19', { year: 2023, month: 9, day: 19 }, ''],
    ['2023-09 anti-terrorist', { year: 2023, month: 9 }, 'anti-terrorist'],
    ['Yevlakh talks 2023-09-21', { year: 2023, month: 9, day: 21 }, 'Yevlakh talks'],
    ['September 2023', { year: 2023, month: 9 }, ''],
    ['large-scale aggression', null, 'large-scale aggression'],
  ])('%s', (raw, period, words) => {
    expect(splitEventQuery(raw)).toEqual({ ok: true, period, words });
  });
});

describe('/framing on articles written for it', () => {
  let dir: string;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'framing-'));
    writeFileSync(
      join(dir, 'a.txt'),
      [
        'Clashes near Lachin',
        'Published: 2022-09-14',
        '',
        'On September 13, fighting broke out along the border. The Armenian Foreign Ministry described it as "an attack on sovereign Armenian territory". Azerbaijan\'s Defense Ministry called the events "a response to large-scale provocations".',
        '',
        'On September 14, a ceasefire was agreed. The Kremlin described it as "a welcome step".',
        '',
        'On September 15, residents of Stepanakert reported calm.',
      ].join('\n'),
    );
    kb = await loadKnowledgeBase({ corpusDir: dir, now: new Date('2026-11-23T00:00:00Z'), cacheDir: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ask = (line: string) => answerLine(line, { kb });

  it('each side’s words go to the event they follow in the paragraph, not to a later one', () => {
    const out = text(ask('/framing event:2022-09-13'));
    expect(out).toContain(
      '**Ministry of Foreign Affairs of Armenia** (in the text: The Armenian Foreign Ministry): “an attack on sovereign Armenian territory”',
    );
    expect(out).toContain(
      "(in the text: Azerbaijan's Defense Ministry): “a response to large-scale provocations”",
    );
    expect(out).not.toContain('a welcome step');
    const next = text(ask('/framing event:2022-09-14'));
    expect(next).toContain('Side: Russia');
    expect(next).toContain('The corpus has no words for it from:** Armenia, Azerbaijan,');
  });

  it('a month with several named dates lists them, each with the command that shows it', () => {
    const out = text(ask('/framing event:2022-09'));
    expect(out).toContain('2 dates match `2022-09`');
    expect(out).toContain('/framing event:2022-09-13');
    expect(out).toContain('/framing event:2022-09-14');
    expect(out).toContain('Russia: “a welcome step”');
  });

  it('only the event named by two sides is listed with no option', () => {
    const out = text(ask('/framing'));
    expect(out).toContain('/framing event:2022-09-13');
    expect(out).not.toContain('/framing event:2022-09-14');
  });

  it('an event is found by either name of a contested place', () => {
    for (const name of ['Khankendi', 'Stepanakert']) {
      expect(text(ask(`/timeline month:2022-09 about:${name}`))).toContain(
        'residents of Stepanakert reported calm',
      );
    }
  });
});
