import { beforeAll, describe, expect, it } from 'vitest';
import type { Citation, CitedDocument } from '../../src/answer/excerpt.ts';
import { notFound, tell, typed } from '../../src/answer/result.ts';
import type { Timeline } from '../../src/answer/timeline.ts';
import { whoSaid } from '../../src/answer/whoSaid.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { citation } from '../../src/render/cite.ts';
import { say } from '../../src/render/echo.ts';
import { fromAnswer } from '../../src/render/fromAnswer.ts';
import { renderTimeline } from '../../src/render/timeline.ts';
import { renderWhoSaid } from '../../src/render/whoSaid.ts';
import { SEEDS } from '../support/seedsCopy.ts';

const ledger: CitedDocument = {
  file: 'ledger/2023-09-20.txt',
  title: 'Baku says operation over',
  outlet: 'Caucasus Ledger',
  date: { precision: 'month', year: 2023, month: 9, yearStatus: 'stated' },
  address: null,
};
const cited = (line: number): Citation => ({ document: ledger, place: { kind: 'line', line } });

describe('a renderer needs an answer and nothing else', () => {
  it('a citation names title, outlet, the date as precise as the source, the file and the line', () => {
    expect(citation(cited(4))).toBe(
      '— *Baku says operation over* · Caucasus Ledger · dated 2023-09 · ledger/2023-09-20.txt, line 4',
    );
    const undated = { ...ledger, title: null, outlet: null, date: null };
    expect(citation({ document: undated, place: { kind: 'line', line: 1 } })).toBe(
      '— ledger/2023-09-20.txt, line 1 · date not stated',
    );
    const page = { ...ledger, address: 'https://ledger.example/a' };
    expect(citation({ document: page, place: { kind: 'paragraph', paragraph: 3 } })).toMatch(
      /· https:\/\/ledger\.example\/a, paragraph 3$/,
    );
    expect(citation({ document: page, place: { kind: 'headline' } })).toMatch(/, headline$/);
  });

  it('a timeline written by hand renders: the excerpt quoted as given, cut with … past its length', () => {
    const words = 'Officials said at least 200 people were killed. '.repeat(30).trim();
    const answer: Timeline = {
      period: { year: 2023, month: 9 },
      about: null,
      documents: 1,
      entries: [
        {
          date: { precision: 'day', year: 2023, month: 9, day: 19, yearStatus: 'stated' },
          label: '2023-09-19',
          reports: 2,
          tellings: [{ text: words, scheduled: false, citations: [cited(4), cited(9)] }],
        },
      ],
    };
    const [page] = renderTimeline(answer).pages;
    const description = page!.embeds![0]!.description!;
    expect(description).toContain('**2023-09-19**');
    expect(description).toContain('> Officials said at least 200 people were killed. Officials');
    expect(description).toMatch(/ …\n— \*Baku says/);
    expect(description).toContain('ledger/2023-09-20.txt, line 4');
    expect(description).toContain('ledger/2023-09-20.txt, line 9');
  });

  it('what the user typed is echoed by the renderer, as code it cannot close early or turn around', () => {
    const message = tell`No speaker ${typed('`@everyone` \u202Eevil')} in the corpus.`;
    expect(say(message)).toBe('No speaker `ˋ@everyoneˋ evil` in the corpus.');
    const reply = fromAnswer(notFound(message), () => {
      throw new Error('not rendered');
    });
    expect(reply.error).toEqual({
      kind: 'not-found',
      message: 'No speaker `ˋ@everyoneˋ evil` in the corpus.',
    });
    expect(say(tell`${typed('x'.repeat(80))}`)).toBe(`\`${'x'.repeat(59)}…\``);
  });
});

describe('an answer reads texts only as its pages are rendered', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({
      corpusDir: SEEDS,
      cacheDir: false,
      now: new Date('2026-11-23T00:00:00Z'),
      onWarning: () => {},
    });
  });

  it('building a who-said answer slices no text; rendering it slices what it shows', () => {
    let slices = 0;
    const counting = Object.create(kb) as KnowledgeBase;
    counting.slice = (docId, span) => {
      slices++;
      return kb.slice(docId, span);
    };
    const answer = whoSaid(counting, { speaker: 'Blinken' });
    expect(answer.ok).toBe(true);
    expect(slices).toBe(0);
    if (!answer.ok || answer.value.kind !== 'statements') throw new Error('expected statements');
    renderWhoSaid(answer.value);
    expect(slices).toBeGreaterThanOrEqual(answer.value.statements.length);
  });
});
