import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('content that opens on a setting is a clause when an irregular past verb follows', () => {
  it('"According to the ministry, in the evening the truce took effect"', () => {
    expect(
      speakersViaAndQuotes(
        'According to the Russian Defense Ministry, in the evening the truce took effect.',
      ),
    ).toEqual([['mod-russia', undefined, 'in the evening the truce took effect']]);
  });

  it('"As the ministry informed, at the request of …, a ceasefire came into force"', () => {
    expect(
      speakersViaAndQuotes(
        'As the Russian Defense Ministry informed, at the request of Yerevan a ceasefire came into force.',
      ),
    ).toEqual([['mod-russia', undefined, 'at the request of Yerevan a ceasefire came into force']]);
  });

  it('a setting alone still says nothing', () => {
    expect(speakersViaAndQuotes('The Russian Defense Ministry said in Moscow on Monday.')).toEqual([]);
  });
});
