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
