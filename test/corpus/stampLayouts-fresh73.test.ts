import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

describe('stamps read by their parts: a foreign key, a translated dateline, a closing print line', () => {
  it('given "Data publicarii: 12-11-2020 16:40" over the dateline "Moscow, 12 Nov", the piece is of 12 November', () => {
    const page =
      'EXTERNE\n\nPeacekeepers reach the city\n\nData publicarii: 12-11-2020 16:40\n\nMoscow, 12 Nov /Agerpres/ - The first columns reached the city on Thursday, the ministry said, after talks on Wednesday.\n';
    expect(published(page)).toBe('2020-11-12');
  });

  it('given the dateline "Lisboa, 07 dez 2023 (Lusa) -", the piece is of 7 December 2023 and "today" is that day', () => {
    const page =
      'Mundo\n\nTwo neighbours agree on a prisoner exchange\n\nLisboa, 07 dez 2023 (Lusa) - Armenia and Azerbaijan today agreed on an exchange of prisoners, both governments said.\n';
    expect(published(page)).toBe('2023-12-07');
    expect(events(page)).toMatchObject({ today: '2023-12-07' });
  });

  it('given the closing print line "(China Daily Global 11/27/2021 page 11)", the piece ran on 27 November 2021', () => {
    const page =
      'WORLD / EUROPE\n\nLeaders agree to set up a border commission\n\nBy A WRITER in Moscow | China Daily | Updated: 2021-11-27 09:14\n\nThe three leaders met in Sochi on Friday and agreed to set up a commission, the Kremlin said.\n\n(China Daily Global 11/27/2021 page 11)\n';
    expect(published(page)).toBe('2021-11-27');
    expect(events(page)).toMatchObject({ 'on Friday': '2021-11-26' });
  });

  it('a closing line in brackets with no page is no print line', () => {
    const page =
      'WORLD\n\nLeaders agree to set up a border commission\n\nThe three leaders met in Sochi on Friday and agreed to set up a commission, the Kremlin said.\n\n(Reporting by A Writer 11/27/2021)\n';
    expect(published(page)).toBeNull();
  });
});

describe('agency datelines and closing notes are stamp parts, not dates the piece tells', () => {
  const stamped = (dateline: string) =>
    `World\n\nLeaders close to agreement on transport links\n\n25 May 2023, 14:03\n\n${dateline} Russian President Vladimir Putin said on Thursday that a deal was close.\n`;

  it.each([
    ['Moscow, May 25 (Prensa Latina)', 'an agency in brackets with no dash before the lead'],
    ['Moscow 25 May (Prensa Latina) -', 'a place running into its date with no comma'],
  ])('given the dateline "%s" (%s), its day is no event of the piece', (dateline) => {
    const found = events(stamped(dateline));
    expect(Object.keys(found).some((t) => /may/i.test(t))).toBe(false);
    expect(found).toMatchObject({ 'on Thursday': '2023-05-25' });
  });

  it('given the closing "This news item was broadcast by Deutschlandfunk on 12.01.2023.", no date is listed for it', () => {
    const page =
      'Südkaukasus\n\nA month of blockade\n\n12.01.2023\n\nFor a month, protesters have been blocking the only road, residents said on Wednesday.\n\nThis news item was broadcast by Deutschlandfunk on 12.01.2023.\n';
    expect(published(page)).toBe('2023-01-12');
    expect(Object.keys(events(page))).not.toContain('on 12.01.2023');
  });
});
