import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { timelineOfUndatedPiece } from './dates.helpers.ts';

/** The dates the text tells (names of events left out), as text → date. */
function toldDates(text: string): Record<string, string> {
  return Object.fromEntries(
    timelineOfUndatedPiece(text)
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text.toLowerCase(), formatSourceDate(m.date)]),
  );
}

const LEAD = 'Border talks resume\n\nYEREVAN, 14 March 2023 - ';

describe('a month inside a noun phrase names an event, as a year does in "the 2020 war" (CONVENTIONS 18)', () => {
  it.each([
    'Farmers near the frontier have not yet rebuilt barns lost in the October shelling.',
    "Critics said Tbilisi's October offensive had been planned for months.",
    'Most of those displaced by the October 2022 attacks have gone home, the mayor said.',
    'The ministry has not published a full count of the October events.',
    'Diplomats still disagree over who started the October border clashes.',
  ])('"%s" → no date', (sentence) => {
    const dates = toldDates(`${LEAD}${sentence}\n`);
    expect(Object.keys(dates).filter((k) => k.includes('october'))).toEqual([]);
  });

  it('a month as an adjunct still dates what the sentence tells', () => {
    expect(toldDates(`${LEAD}Shelling hit the village in October, the mayor said.\n`)).toMatchObject({
      'in october': '2022-10',
    });
    expect(toldDates(`${LEAD}The October clashes ended on 4 October 2022, monitors said.\n`)).toMatchObject({
      'on 4 october 2022': '2022-10-04',
    });
  });

  it('an event that may still be to come keeps its month, as "the 2024 elections" keeps its year', () => {
    expect(
      toldDates(`${LEAD}Ministers will prepare the November summit in Prague, officials said.\n`),
    ).toMatchObject({
      november: '2023-11',
    });
  });

  it('a day keeps the date: "the October 4 attack" is that day', () => {
    const dates = toldDates(`${LEAD}Nobody has claimed the October 4 attack on the post, the mayor said.\n`);
    expect(Object.values(dates)).toContain('2022-10-04');
  });
});
