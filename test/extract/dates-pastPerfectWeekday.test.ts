import { describe, expect, it } from 'vitest';
import { inPastPerfectClause } from '../../src/extract/dates/pastPerfect.ts';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests. 14 May 2021 was a Friday; 12 May a Wednesday, 9 May a Sunday. */
const piece = (body: string) => `Border positions hold\n\n14 May 2021 | 16:48\n\n${body}\n`;
const LEAD = 'The border units stayed in their positions, the ministry said in a statement to reporters.';
const CLASH = 'Shelling hit the village on May 12, the army said.';

describe('a weekday in the past perfect is before the narrative, so a day the piece dates that week does not bound it', () => {
  it.each([
    ['A farmer said his brother had phoned him on Sunday.', 'on Sunday', '2021-05-09'],
    ['The ministry added that two guards had been wounded on Monday.', 'on Monday', '2021-05-10'],
    [
      'The envoy had told his counterparts in Vienna on Tuesday that talks would go on.',
      'on Tuesday',
      '2021-05-11',
    ],
  ])('%s → %s is %s', (sentence, expression, shown) => {
    expect(events(piece(`${LEAD}\n\n${CLASH}\n\n${sentence}`))).toMatchObject({ [expression]: shown });
  });

  // Session 52: in a one-day piece the week before the piece day holds each weekday once, so the
  // simple past is no longer bounded by a day the body dates either.
  it('in the simple past, too, the weekday is the one of the week before the piece day', () => {
    expect(events(piece(`${LEAD}\n\n${CLASH}\n\nTwo farmers were hurt on Sunday.`))).toMatchObject({
      'on Sunday': '2021-05-09',
    });
  });
});

describe('which clauses are in the past perfect', () => {
  const at = (text: string, date: string) => inPastPerfectClause(text, text.indexOf(date));
  it('a "had" and participle before the date in its clause', () => {
    expect(at('He said his son had called home on Sunday.', 'on Sunday')).toBe(true);
    expect(at('Two soldiers had been wounded by gunfire near Ijevan on Monday.', 'on Monday')).toBe(true);
  });

  it('not "had" as a main verb, nor a later verb that governs the date, nor another clause', () => {
    expect(at('The ministers had talks on Monday.', 'on Monday')).toBe(false);
    expect(at('Villagers who had fled returned on Sunday.', 'on Sunday')).toBe(false);
    expect(at('The road had been closed. It reopened on Monday.', 'on Monday')).toBe(false);
  });
});
