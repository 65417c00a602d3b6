import { describe, expect, it } from 'vitest';
import { eventDatesShown, timelineOfPage } from './dates.helpers.ts';

const datesOf = (text: string) => eventDatesShown(timelineOfPage(text));

/**
 * A weekday told as past names a day of the week up to the piece's date, and none before a day
 * the text dates in that week. The piece's own date, told again in the body ("on March 4"), is
 * no such bound: it would leave the piece's day as the only day a weekday could name.
 */
describe('a weekday in a piece that also dates its own day in the body', () => {
  it('an online paper with a stamp under the standfirst: Saturday and Monday are days of the week before', () => {
    const text = [
      'Ministers meet in Tbilisi as talks resume',
      '',
      'The foreign ministers held their first round of talks since the winter.',
      '',
      'Caucasus Herald',
      '',
      'March 4 2022 11:20',
      '',
      'The foreign ministers of Armenia and Azerbaijan met in Tbilisi on March 4 for talks on the border.',
      '',
      'On Saturday, the two sides exchanged lists of detainees through a mediator.',
      '',
      'The Armenian prime minister said in a speech in Gyumri on Monday that he expected progress.',
    ].join('\n');
    expect(datesOf(text)).toEqual(
      expect.arrayContaining([
        ['on March 4', '2022-03-04'],
        ['On Saturday', '2022-02-26'],
        ['on Monday', '2022-02-28'],
      ]),
    );
  });

  it('a wire story whose lead repeats its date line: a weekday later in the week before is dated', () => {
    const text = [
      'Azerbaijan says shelling hit Tartar district',
      '',
      'By Staff Reporter',
      'Published: November 16, 2021',
      '',
      'BAKU, Nov 16 - Azerbaijan said on November 16 that shells had hit the Tartar district overnight.',
      '',
      'Officials in Baku said the shelling had begun on Friday after a lull of several weeks.',
    ].join('\n');
    expect(datesOf(text)).toEqual(expect.arrayContaining([['on Friday', '2021-11-12']]));
  });

  it('a weekday told as still to come falls in the week after the piece, past a scheduled repeat of its day', () => {
    const text = [
      'Mediators schedule new round of border talks',
      '',
      'May 10, 2023',
      '',
      'Negotiators will begin work on May 10 on a draft of the border commission rules.',
      '',
      'The two foreign ministers will meet in Washington on Friday to review the draft.',
    ].join('\n');
    expect(datesOf(text)).toEqual(expect.arrayContaining([['on Friday', '2023-05-12']]));
  });

  // Session 52: in a one-day piece the week before the piece day holds each weekday once, so a day
  // the body dates no longer bounds it ("said on Sunday" after "13 September" was left undated).
  it('a day the body dates before the piece day no longer bounds a past weekday of that week', () => {
    const text = [
      'Border posts reopen after week of clashes',
      '',
      'March 4, 2022',
      '',
      'Fighting broke out on March 1 near the border, officials said.',
      '',
      'On Monday, residents of the village said they had heard no shooting.',
    ].join('\n');
    expect(datesOf(text).find(([t]) => t === 'On Monday')).toEqual(['On Monday', '2022-02-28']);
  });
});
