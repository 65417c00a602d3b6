import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: the content of each statement, as written. */
function content(text: string): string[] {
  return extractFrom(text).map((s) =>
    [s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … '),
  );
}

describe('content ends before a joined clause that tells another saying', () => {
  it('"… and <name> accused …": a second verb of saying with its own subject opens another statement', () => {
    expect(
      content(
        'Farmers said they are convinced the agency ignored the drought and Ministers accused them of exaggerating the losses.',
      )[0],
    ).toBe('they are convinced the agency ignored the drought');
  });

  it('"…, though she noted …": the concession tells a new saying, also after a quote', () => {
    expect(
      content(
        'The judge said the court hears more land cases now, though she noted the backlog has shrunk.',
      )[0],
    ).toBe('the court hears more land cases now');
    expect(
      content(
        'The judge said she speaks more often about land because "you talk about the cases in front of you," though she noted she has also pushed for faster trials.',
      )[0],
    ).toBe('she speaks more often about land because "you talk about the cases in front of you,"');
  });

  it('"…, although he again refused to …": an adverb before the refusal does not hide it', () => {
    expect(
      content(
        'The minister claimed that the new tariff was fair, although he again refused to publish the study behind it.',
      ),
    ).toEqual(['the new tariff was fair']);
  });
});

describe('content: other tails of the writer', () => {
  it('a parenthesized relative after the content is the writer’s aside', () => {
    expect(
      content(
        'Party strategists argued that the tax plan hurts the rival ticket (which suits the incumbents).',
      ),
    ).toEqual(['the tax plan hurts the rival ticket']);
  });

  it('"…, implicitly putting …": an adverb before the writer’s participle', () => {
    expect(
      content('The coach told reporters the team would win the cup, implicitly putting his job on the line.'),
    ).toEqual(['the team would win the cup']);
  });

  it('the setting of the saying after a short content: "said as much in an interview"', () => {
    expect(content('The senator said as much in an interview earlier Thursday morning.')).toEqual([
      'as much',
    ]);
  });

  it('a subordinate saying ends before the main clause’s speaker and verb: "When X noted that …, Y boasted, “…”"', () => {
    const text =
      'When the auditor noted that the mayor has not paid any rent ― as was true for the years his books were public ― Tom Reyes boasted, "That makes me careful."';
    expect(content(text)).toContain('the mayor has not paid any rent');
  });
});
