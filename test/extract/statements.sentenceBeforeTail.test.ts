import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('"A, X said, and B": the words before a short attribution set off by commas are said', () => {
  it('a quoted conjunct after the attribution does not hide the clause before it', () => {
    const text =
      'Prime Minister Nikol Pashinyan spoke on television. Armenia’s army was not in the region, he said, ' +
      'and the situation on the border was “relatively stable.”';
    expect(speakersAndQuotes(text)).toEqual([['pashinyan', 'Armenia’s army was not in the region']]);
  });

  it('a capital standing for its government, with a long conjunct (agency style)', () => {
    const text =
      'Some 100,000 Karabakh Armenians fled to Armenia last September, Yerevan says, and most of them ' +
      'are still housed in temporary shelters run by local councils in the south of the country.';
    expect(statementsOf(text)[0]).toMatchObject({
      speaker: 'gov-armenia',
      quote: 'Some 100,000 Karabakh Armenians fled to Armenia last September',
    });
  });

  it('"but" after a ministry’s attribution (wire style)', () => {
    const text =
      'The talks will resume in May, the Azerbaijani Foreign Ministry said, but no date for a summit ' +
      'between the two leaders has been set by either side so far this year.';
    expect(statementsOf(text)[0]).toMatchObject({
      speaker: 'mfa-azerbaijan',
      quote: 'The talks will resume in May',
    });
  });
});

describe('a sentence whose quoted predicate follows its own subject, then "X said"', () => {
  it('is reported from the subject, not cut to the quoted words (broadsheet style)', () => {
    const text =
      'Armenian Prime Minister Nikol Pashinyan addressed the nation. Russian peacekeepers “did not fulfil ' +
      'their mission,” Pashinyan said in a televised address on Sunday.';
    expect(statementsOf(text).map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['pashinyan', 'reported', 'Russian peacekeepers “did not fulfil their mission,”'],
    ]);
  });

  it('with "told" and a hearer (rally report)', () => {
    const text = 'The army "must stay out of politics," Pashinyan told supporters in Yerevan.';
    expect(statementsOf(text)[0]?.quote).toBe('The army "must stay out of politics,"');
  });

  it('a pronoun subject before the quote leaves the quoted words as they are', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke to reporters. "We will not interfere," Peskov said.';
    expect(statementsOf(text)[0]).toMatchObject({ kind: 'direct', quote: 'We will not interfere,' });
  });
});
