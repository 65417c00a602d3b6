import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/**
 * Sentence shapes of news copy that produced no statement at all: the saying was there, but a
 * wrong reading of another part of the sentence took its place and then resolved to no one.
 */
describe('missed sources: a participle after a quote is no trailing attribution', () => {
  it('“…,” giving states more power: "states" is a noun, the verb before the quote speaks', () => {
    const seen = statementsOf(
      'Senator Dana Whitfield spoke on Monday. Whitfield said she hoped the bill would be “a fair deal,” ' +
        'giving states more room to run their schools.',
    );
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([
      [
        expect.stringContaining('whitfield'),
        'she hoped the bill would be “a fair deal,” giving states more room to run their schools',
      ],
    ]);
  });

  it('the same with a verb-like plural noun: “…,” making claims about the vote', () => {
    const seen = statementsOf(
      'Mayor Ivo Brandt met voters. Brandt said the count was “clean and quick,” making claims about fraud moot.',
    );
    expect(seen.map((s) => s.speaker)).toEqual([expect.stringContaining('brandt')]);
  });

  it('a participle-led plural subject still speaks: "…, ruling party officials say"', () => {
    const seen = statementsOf('The vote will be held in March, ruling party officials say.');
    expect(seen.map((s) => s.quote)).toEqual(['The vote will be held in March']);
  });
});

describe('missed sources: "according to" with the writer’s words after it', () => {
  it('a relative on a place after the source: the clause before is what the source vouches for', () => {
    const seen = statementsOf(
      'Hale holds a six-point lead in the county, according to the poll, where 40 seats are at stake.',
    );
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([
      [expect.stringContaining('poll'), 'Hale holds a six-point lead in the county'],
    ]);
  });

  it('a participle after the source, with an irregular past in the clause before', () => {
    const seen = statementsOf(
      'The board gave its approval, according to court filings, becoming the majority owner of the mill.',
    );
    expect(seen.map((s) => s.quote)).toEqual(['The board gave its approval']);
  });

  it('a bracketed remark after a final source is no part of the source’s name', () => {
    const seen = statementsOf(
      'Hale won 54 percent of rural voters, according to exit polls (a wide margin, though smaller than in 2019).',
    );
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([
      [expect.stringMatching(/exit-polls$/), 'Hale won 54 percent of rural voters'],
    ]);
  });

  it('a source that goes on with a clause of its own: the clause after, from the setting that opens it', () => {
    const seen = statementsOf(
      'In the coming decade, according to the finance ministry, the deficit will grow.',
    );
    expect(seen.map((s) => [s.quote, ...(s.continuation ?? [])])).toEqual([
      ['In the coming decade', 'the deficit will grow'],
    ]);
  });
});

describe('missed sources: "As reported by X, …" names its source after "by"', () => {
  it.each([
    [
      'As reported by the Armenpress agency, the checkpoint reopened on Monday.',
      'the checkpoint reopened on Monday',
    ],
    ['As first reported by Reuters, the talks were moved to Vienna.', 'the talks were moved to Vienna'],
  ])('%s', (text, content) => {
    const seen = statementsOf(text);
    expect(seen.map((s) => s.quote)).toEqual([content]);
    expect(seen[0]!.speaker).not.toBe('text:first');
  });
});

describe('missed sources: two quotes joined by the writer’s words, then the attribution', () => {
  it('“A” but necessary “B,” he said: the speaker at the end says the quotes', () => {
    const seen = statementsOf(
      'Tom Hale runs the mill. “The cuts hurt” but are needed “for the long-term health of the mill,” he said.',
    );
    expect(seen.map((s) => s.speaker)).toEqual([expect.stringContaining('hale')]);
    expect(seen[0]!.quote).toContain('The cuts hurt');
  });

  it('“A,” he said. “B.”: the first quote’s own tail still decides, as before', () => {
    const seen = statementsOf('Tom Hale runs the mill. “We lost,” he said. “We will be back.”');
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([[expect.stringContaining('hale'), 'We lost,']]);
  });
});

describe('missed sources: a clause closed by a dash before the named subject', () => {
  it('“It was no accident — Ana Ruiz, a spokeswoman for the mayor, told reporters that …”', () => {
    const seen = statementsOf(
      'It was no accident — Ana Ruiz, a spokeswoman for the mayor, told reporters that the mayor had been warned.',
    );
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([
      [expect.stringContaining('ruiz'), 'the mayor had been warned'],
    ]);
  });
});
