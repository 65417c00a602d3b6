import { describe, expect, it } from 'vitest';
import {
  edgeClass,
  headWord,
  isSayingCue,
  locateMention,
  metrics,
  type Predicted,
  parseBrat,
  scoreDocument,
  tallyContentClasses,
} from '../../scripts/eval/polnear.ts';
import type { Statement } from '../../src/extract/types.ts';

// A hand-made article and its brat annotations (offsets computed below, as a benchmark file holds them).
const TEXT =
  'Taxes rose.\n\nThe mayor, Ann Lee, said that the budget was balanced. ' +
  '“We will not cut schools,” Lee told reporters. Critics believe the plan fails.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });
const t = (id: string, role: string, s: string, from = 0) =>
  `${id}\t${role} ${at(s, from).start} ${at(s, from).end}\t${s}`;
const ANN = [
  t('T1', 'Source', 'The mayor, Ann Lee'),
  t('T2', 'Cue', 'said'),
  t('T3', 'Content', 'that the budget was balanced'),
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  t('T4', 'Source', 'Lee', 70),
  t('T5', 'Cue', 'told'),
  t('T6', 'Content', 'We will not cut schools'),
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  t('T7', 'Source', 'Critics'),
  t('T8', 'Cue', 'believe'),
  t('T9', 'Content', 'the plan fails'),
  'E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7',
  '#1\tAnnotatorNotes T1\tignored',
].join('\n');

describe('PolNeAR scorer', () => {
  it('reads sources, cues and contents off brat standoff, discontinuous spans included', () => {
    const gold = parseBrat(
      `${ANN}\nT10\tContent 0 5;6 10\tTaxes rose\nT11\tCue 11 12\t.\nE4\tAttribution-no-source:T11 Cue:T11 Content:T10`,
    );
    expect(gold).toHaveLength(4);
    expect(TEXT.slice(gold[0]!.source![0]!.start, gold[0]!.source![0]!.end)).toBe('The mayor, Ann Lee');
    expect(gold[3]).toEqual({
      source: null,
      cue: [{ start: 11, end: 12 }],
      content: [
        { start: 0, end: 5 },
        { start: 6, end: 10 },
      ],
    });
  });

  it('takes verbs of saying and "according to" from its own fixed list', () => {
    expect(isSayingCue('said')).toBe(true);
    expect(isSayingCue('has told')).toBe(true);
    expect(isSayingCue('according to')).toBe(true);
    expect(isSayingCue('believe')).toBe(false);
    expect(isSayingCue('has learned')).toBe(false);
  });

  it('finds the head of a noun phrase before its modifiers', () => {
    expect(headWord('The mayor, Ann Lee')).toBe('mayor');
    expect(headWord('the head of the agency')).toBe('head');
    expect(headWord('Rep. Ron Kind (D-Wis.)')).toBe('kind');
    expect(headWord('Clinton’s')).toBe('clinton');
  });

  it('scores exact spans, a leading "that", token overlap and head words, on all and on verbs of saying', () => {
    const gold = parseBrat(ANN);
    const predicted: Predicted[] = [
      // Content without "that", speaker named by its appositive.
      { source: at('Ann Lee'), content: [at('the budget was balanced')] },
      // The inner text of the quote with its comma: exact, since punctuation is no token.
      { source: at('Lee', 70), content: [at('We will not cut schools,')] },
      // Half the belief's content, wrong speaker.
      { source: at('Taxes'), content: [at('plan fails')] },
      // Nothing in the gold.
      { source: null, content: [at('Taxes rose')] },
    ];
    const score = scoreDocument(TEXT, gold, predicted);
    expect(score.all).toMatchObject({
      predicted: 4,
      gold: 3,
      goldWithSource: 3,
      contentExact: 1,
      contentExactNoThat: 2,
      sourceExact: 1,
      sourceHead: 2,
      overlapTokens: 4 + 5 + 2,
      predictedTokens: 4 + 5 + 2 + 2,
      goldTokens: 5 + 5 + 3,
    });
    // The belief is outside the subset; the unpaired statement counts against both.
    expect(score.saying).toMatchObject({ predicted: 3, gold: 2, contentExactNoThat: 2, sourceHead: 2 });
    expect(score.extras).toHaveLength(1);
    expect(score.misses).toHaveLength(0);
    const m = metrics(score.saying);
    expect(m['content exact (no "that")']).toEqual({ precision: 2 / 3, recall: 1, f1: 0.8 });
  });

  it('locates a statement’s speaker outside what was said, nearest to it', () => {
    const s = {
      mention: 'Lee',
      quote: at('We will not cut schools,'),
      context: at('“We will not cut schools,” Lee told reporters.'),
    } as Statement;
    expect(locateMention(TEXT, s)).toEqual(at('Lee', 70));
    expect(locateMention(TEXT, { ...s, mention: 'Nobody' })).toBeNull();
  });

  it('tells where a wrong content parts from its gold: start, end, the words between, or no gold', () => {
    const gold = [at('the budget was balanced')];
    expect(edgeClass(TEXT, [at('said that the budget was balanced')], gold)).toBe('start early');
    expect(edgeClass(TEXT, [at('budget was balanced')], gold)).toBe('start late');
    expect(edgeClass(TEXT, [at('the budget was')], gold)).toBe('end early');
    expect(edgeClass(TEXT, [at('the budget was balanced. “We')], gold)).toBe('end late');
    expect(edgeClass(TEXT, [at('Lee, said that the budget')], gold)).toBe('start early + end early');
    // Both edges agree, a word between is skipped.
    expect(edgeClass(TEXT, [at('the budget'), at('balanced')], gold)).toBe('inside');
    // A leading "that" is on neither side.
    expect(edgeClass(TEXT, [at('that the budget was balanced')], gold)).toBe('inside');

    const score = scoreDocument(TEXT, parseBrat(ANN), [
      { source: at('Ann Lee'), content: [at('Lee, said that the budget was balanced')] },
      { source: at('Lee', 70), content: [at('We will not cut schools,')] },
      { source: null, content: [at('Taxes rose')] },
    ]);
    const classes = new Map<string, number>();
    tallyContentClasses(TEXT, score, classes);
    expect(Object.fromEntries(classes)).toEqual({ 'start early': 1, unpaired: 1 });
  });
});
