import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/**
 * Pieces written for these tests. 12 October 2022 was a Wednesday (Italian "mercoledì"), 14 March 2023 a
 * Tuesday (Danish "tirsdag").
 */
const LEAD = 'The border posts stayed calm, the defence ministry told reporters in the capital.';

describe('a stamp printed with its month in a European language', () => {
  const page = (stamp: string) =>
    `Esteri\n\nMinister: the talks will go on\n\nThe minister said the two sides had agreed to meet again this month.\n\nAnna Bianchi\n\n${stamp}\n\n${LEAD}\n\nThe envoys met on Tuesday and will meet again on October 20.\n`;

  it('"12 Ottobre 2022 alle 19:40" under the standfirst dates the piece and settles the weekday', () => {
    const text = page('12 Ottobre 2022 alle 19:40');
    expect(published(text)).toBe('2022-10-12');
    expect(events(text)).toMatchObject({ 'on Tuesday': '2022-10-11', 'on October 20': '2022-10-20' });
  });

  it('a dotted short month and "kl." before the clock: "14. mar. 2023 KL. 09.12"', () => {
    expect(published(page('14. mar. 2023 KL. 09.12'))).toBe('2023-03-14');
    expect(published(page('tirsdag 14. marts 2023 kl. 09.12'))).toBe('2023-03-14');
    expect(published(page('tirsdag 14. mar. 2023 kl. 09.12'))).toBe('2023-03-14');
  });

  it('"12 de octubre de 2022" (Spanish), "mercoledì 12 ottobre 2022" (Italian)', () => {
    expect(published(page('12 de octubre de 2022'))).toBe('2022-10-12');
    expect(published(page('mercoledì 12 ottobre 2022'))).toBe('2022-10-12');
  });

  it('a weekday that is not that day reads no date', () => {
    expect(published(page('giovedì 12 ottobre 2022'))).toBeNull();
  });
});

describe("a translator's note in brackets above the headline", () => {
  it('"[Translated from Danish]" is a header line: the stamp under the byline still dates the piece', () => {
    const text =
      'International\n\n[Translated from Danish]\n\nBlast at depot: dozens killed near the city\n\n' +
      'Hundreds were hurt when a depot exploded on Monday evening, while people queued for fuel.\n\n' +
      'Mette Holm\n\nForeign correspondent\n\n14. mar. 2023 KL. 09.12\n\n' +
      `${LEAD}\n\nThe ministry said on Monday evening that rescuers were still at work.\n`;
    expect(published(text)).toBe('2023-03-14');
    expect(events(text)).toMatchObject({ 'on Monday evening': '2023-03-13' });
  });
});
