import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const said = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote]);

describe('a second saying verb that shares the subject after a quote', () => {
  it('"“A,” he stressed, and repeated that B" → B is a second saying of the same speaker', () => {
    const text =
      'Karel Novak said on Monday that the border was calm. "We are not a party to this deal," he stressed, and repeated that no troops of his were in the valley.';
    expect(said(text)).toEqual([
      ['text:karel-novak', 'the border was calm'],
      ['text:karel-novak', 'We are not a party to this deal,'],
      ['text:karel-novak', 'no troops of his were in the valley'],
    ]);
  });

  it('"“A,” she said, and also noted that B" → an adverb may sit before the second verb', () => {
    const text =
      '"The road must reopen," Anna Lind said, and also noted that the convoy had waited for a week.';
    expect(said(text)).toEqual([
      ['text:anna-lind', 'The road must reopen,'],
      ['text:anna-lind', 'the convoy had waited for a week'],
    ]);
  });

  it('"“A,” he said, and warned the villagers …" → with no "that", the second verb tells no words', () => {
    const text = '"The road must reopen," Karel Novak said, and warned the villagers to stay indoors.';
    expect(said(text)).toEqual([['text:karel-novak', 'The road must reopen,']]);
  });
});

describe("the reporter's question clause before the speaker's saying", () => {
  it('"When I asked how many …, he said …" → the main clause\'s speaker says, not the reporter', () => {
    const text =
      'Karel Novak told me on Monday that the families were waiting. When I asked how many families there were, he said he could not give a figure.';
    expect(said(text)).toEqual([
      ['text:karel-novak', 'the families were waiting'],
      ['text:karel-novak', 'he could not give a figure'],
    ]);
  });

  it('"When reporters asked whether …, Name said …" → the name after the question says', () => {
    const text =
      'When reporters asked whether the talks would resume, Karel Novak said no date had been set.';
    expect(said(text)).toEqual([['text:karel-novak', 'no date had been set']]);
  });
});

describe('a subject described by a participle and its object pronoun', () => {
  it('"the company operating it said …" → the company speaks, as "the company operating the pipeline" does', () => {
    const text =
      'Greece buys gas through the pipeline; the company operating it said last month that it planned to expand capacity.';
    expect(said(text)).toEqual([['text:company', 'it planned to expand capacity']]);
  });
});
