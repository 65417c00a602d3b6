import { describe, expect, it } from 'vitest';
import { headlineSaid as said } from './statements.helpers.ts';

describe('a headline that names a country’s role speaks for the body’s holder of it in that country', () => {
  it('"Armenia’s leader says …": the Armenian prime minister the lead names', () => {
    const text =
      'Armenia’s leader says talks on the border will go on despite the shelling\n\n' +
      'In Moscow, President Vladimir Putin said the truce should hold.\n\n' +
      'Armenian Prime Minister Nikol Pashinyan told reporters on Monday that the commissions would meet again.\n';
    expect(said(text)).toEqual([
      'pashinyan',
      'Armenia’s leader',
      'talks on the border will go on despite the shelling',
    ]);
  });

  it('"Iran FM says …": the Iranian foreign minister the lead names', () => {
    const text =
      'Iran FM says neighbours can settle the dispute without outsiders\n\n' +
      'Iranian Foreign Minister Hossein Amir-Abdollahian said on Sunday that the region needed no foreign mediators.\n';
    expect(said(text)?.[0]).toBe('amir-abdollahian');
  });

  it.each([
    [
      'the body’s only prime minister is another country’s',
      'Armenia’s leader says the corridor will stay open\n\n' +
        'The corridor will stay open, Azerbaijani Prime Minister Ali Asadov said on Monday.\n',
    ],
    [
      'the body’s foreign minister is another country’s',
      'Turkish FM says the talks were useful\n\n' +
        'The talks were useful, Iranian Foreign Minister Hossein Amir-Abdollahian said on Monday.\n',
    ],
    [
      'the holder is a deputy',
      'Armenian PM says the border commissions will meet in May\n\n' +
        'The commissions will meet in May, Armenian Deputy Prime Minister Mher Grigoryan said.\n',
    ],
  ])('none when %s', (_why, text) => {
    expect(said(text)).toBeNull();
  });
});

describe('a seat of government before words wholly in quotation marks speaks for its government', () => {
  it('"…; Baku: "…"": the second item of a headline, set after a semicolon', () => {
    const text =
      'Last convoy leaves the region; Baku: "The mission is over"\n\n' +
      'The last column of vehicles left on Friday, officials said.\n';
    expect(said(text)).toEqual(['gov-azerbaijan', 'Baku', 'The mission is over']);
  });

  it('a country’s name before quoted words is the topic, not a speaker', () => {
    const text =
      'Armenia: "We have nowhere else to go"\n\n' +
      'Families arriving in Goris said they had left everything behind.\n';
    expect(said(text)).toBeNull();
  });
});
