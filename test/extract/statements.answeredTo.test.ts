import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('"responded to" names what was answered, not what was said', () => {
  it.each([
    'The ministry responded to criticism of the convoy plan by pointing to its own figures.',
    'Neither the mayor nor his deputy responded to requests for comment.',
    'Karen Voss has replied to questions about the budget in writing before.',
    'Officials in Goris reacted to the news with caution.',
    'The envoy spoke for an hour, responding to those who doubt the ceasefire will hold.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    [
      'The ministry responded that the convoy would leave on Friday.',
      'The ministry: the convoy would leave on Friday',
    ],
    [
      'The envoy spoke for an hour, responding that the ceasefire would hold.',
      'The envoy: the ceasefire would hold',
    ],
  ])('an answer given as a clause is content: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
