import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('who was asked or told, and a topic, report no words', () => {
  it.each([
    'The committee asked Moreno about the delays.',
    'Reporters asked the minister about the shelling on Tuesday.',
    'The envoy warned reporters about the risk of a new offensive.',
    'The envoy told the BBC about his meeting with the president.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('a saying later in the sentence is still read', () => {
    expect(
      said(
        'When reporters asked Moreno about the delays, the spokesman said he needed to check with the ministry first.',
      ),
    ).toEqual(['the spokesman: he needed to check with the ministry first']);
  });

  it.each([
    [
      'The mayor told reporters about 300 families had left the village.',
      'The mayor: about 300 families had left the village',
    ],
    [
      'Officials told reporters the talks about the border would resume in May.',
      'Officials: the talks about the border would resume in May',
    ],
    [
      'Lindqvist said the talks about the border would resume in May.',
      'Lindqvist: the talks about the border would resume in May',
    ],
  ])('a clause is still content: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
