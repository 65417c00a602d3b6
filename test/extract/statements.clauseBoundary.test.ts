import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Who speaks, and the words credited to them (with any continuation after an inserted attribution). */
const said = (text: string) =>
  statementsOf(text).map((s) => [s.speaker, [s.quote, ...(s.continuation ?? [])].join(' … ')]);

describe('a speaker never runs back across a semicolon', () => {
  it('wire style: the subject of "had confirmed" is the clause after the semicolon, never the market', () => {
    const speakers = statementsOf(
      'The market in Goris reopened on Monday; the verdict had confirmed that the road would stay open.',
    ).map((s) => s.speaker);
    expect(speakers).not.toContain('text:market');
    expect(speakers.every((s) => !s.includes('goris'))).toBe(true);
  });

  it.each([
    [
      // Agency style: a clause of events, then a named official's saying.
      'Villagers in Tegh left their homes overnight; Hikmet Hajiyev told reporters that the shelling had stopped.',
      'hajiyev',
      'the shelling had stopped',
    ],
    [
      // Broadsheet style: a body after the semicolon.
      'The crossing at Lachin reopened on Monday; the Red Cross said its convoy had reached Stepanakert.',
      'icrc',
      'its convoy had reached Stepanakert',
    ],
  ])('%s', (text, speaker, quote) => {
    expect(said(text)).toEqual([[speaker, quote]]);
  });
});

describe('an attribution set inside a clause takes no words from before a semicolon', () => {
  it.each([
    [
      // Wire style: "the ministry said" inside the second clause.
      'Trade resumed at the crossing; the new toll, the ministry said, would be lifted in May.',
      'text:ministry',
      'the new toll … would be lifted in May',
    ],
    [
      // Business-desk style, with a day after the verb.
      "Prices rose sharply in March; the rise, Armenia's central bank said on Tuesday, was temporary.",
      'text:armenian-central-bank',
      'the rise … was temporary',
    ],
  ])('%s', (text, speaker, quote) => {
    expect(said(text)).toEqual([[speaker, quote]]);
  });
});
