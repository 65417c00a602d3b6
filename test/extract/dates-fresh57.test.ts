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

describe('a day written without its year and, elsewhere in the piece, with it', () => {
  it('the standfirst\'s "on January 1" is the lead\'s "January 1, 2024"', () => {
    const text =
      'The republic will be dissolved\n\nThe leader signed a decree ending the republic on January 1. Anger in the diaspora.\n\n' +
      'By Ana Ruiz\n\n28/09/2023 14:32\n\n' +
      'The republic will cease to exist on January 1, 2024. This was announced on Thursday by its leader.\n';
    expect(events(text)).toMatchObject({ 'on January 1': '2024-01-01', 'on January 1, 2024': '2024-01-01' });
  });

  it("two years for one day written in full leave the bare day to the piece's own date", () => {
    const text =
      'September 28, 2023\n\nThe ceasefire of January 1, 2021 held until January 1, 2022, officials said. ' +
      'Talks resumed on January 1.\n';
    expect(events(text)['on January 1']).toBe('2023-01-01');
  });
});

describe('a clause of time in the simple present tells what is still to come', () => {
  const page = (sentence: string) => `Published : Aug. 31, 2024 - 10:12\n\n${LEAD}\n\n${sentence}\n`;

  it('"before Azerbaijan hosts the climate conference in Baku in November" is this November', () => {
    const text = page(
      'A researcher said both sides wanted a deal before Azerbaijan hosts the climate conference in Baku in November.',
    );
    expect(events(text)).toMatchObject({ 'in November': '2024-11' });
  });

  it('"until the Security Council meets in October" likewise', () => {
    expect(
      events(page('The envoys said the text would stay secret until the Security Council meets in October.')),
    ).toMatchObject({
      'in October': '2024-10',
    });
  });

  it('a past verb after a plural subject tells the past: "until Russian peacekeepers withdrew in November"', () => {
    expect(
      events(page('The village was calm until Russian peacekeepers withdrew from the area in November.')),
    ).toMatchObject({ 'in November': '2023-11' });
  });
});
