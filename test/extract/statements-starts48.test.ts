import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a clause whose own verb runs into "to “…”" starts at its subject (rule 16)', () => {
  it('"said that the exodus amounted to “…”": the clause, not the quote alone', () => {
    expect(who('The ANCC said in a statement that the exodus amounted to "ethnic cleansing."')).toEqual([
      ['text:ancc', 'the exodus amounted to "'],
    ]);
  });

  it('"said that Baku continued to “…”"', () => {
    expect(who('The ANCC said that Baku continued to "ignore its obligations."')).toEqual([
      ['text:ancc', 'Baku continued to "ignor'],
    ]);
  });

  it('"noted that Azerbaijan intends to “…”"', () => {
    expect(
      who(
        'Assistant to the President Hikmet Hajiyev noted that Azerbaijan intends to "turn the page of conflict."',
      ),
    ).toEqual([['hajiyev', 'Azerbaijan intends to "t']]);
  });

  it('"urged Armenia and Azerbaijan to “…”" is still an appeal: the quote is the saying', () => {
    expect(who('The ANCC urged Armenia and Azerbaijan to "stop the war."')).toEqual([
      ['text:ancc', 'stop the war.'],
    ]);
  });

  it('"called on the parties to “…”" stays the quote', () => {
    expect(who('The ANCC called on the parties to "stop the war."')).toEqual([
      ['text:ancc', 'stop the war.'],
    ]);
  });
});

describe('a setting between the verb and the content is no content', () => {
  it('"said later on Wednesday they were": two time phrases', () => {
    expect(who('Nikol Pashinyan said later on Wednesday they were in talks with Baku.')).toEqual([
      ['pashinyan', 'they were in talks with '],
    ]);
  });

  it('"said on Facebook the decision was …": where it was posted', () => {
    expect(who('Nikol Pashinyan said on Facebook the decision was painful.')).toEqual([
      ['pashinyan', 'the decision was painful'],
    ]);
  });

  it('"admitted a few hours later that"', () => {
    expect(who('Ilham Aliyev admitted a few hours later that his forces had fired.')).toEqual([
      ['aliyev', 'his forces had fired'],
    ]);
  });

  it('"said the same day that"', () => {
    expect(who('Ilham Aliyev said the same day that the summit had been used.')).toEqual([
      ['aliyev', 'the summit had been used'],
    ]);
  });

  it('"said in a report released Aug. 7 that": an abbreviated month is no sentence end', () => {
    expect(who('Ilham Aliyev said in a report released Aug. 7 that the road was open.')).toEqual([
      ['aliyev', 'the road was open'],
    ]);
  });
});

describe('"announced the end of what it called “…”": the named thing is the saying', () => {
  it('starts inside the marks, with no second statement from "the end of"', () => {
    expect(
      who(
        'The Ministry of Defence of Azerbaijan announced the end of what it called "anti-terrorist measures" in Karabakh.',
      ),
    ).toEqual([['mod-azerbaijan', 'anti-terrorist measures']]);
  });
});
