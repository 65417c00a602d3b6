import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

/**
 * Stamp lines written for these tests, combining labels, date orders, clock times and zones the way sites in
 * many languages print them: none is any set's line. A stamp is read by its parts, so an unseen combination of
 * known parts dates the piece.
 */
const underByline = (stamp: string, lead: string) =>
  'Abroad\n\nFarmers near the border count their losses after the shelling\n\n' +
  `Marit Jensen\n${stamp}\n\n${lead}\n`;
const underHeadline = (stamp: string, lead: string) =>
  `Farmers near the border count their losses after the shelling\n\n${stamp}\n\n${lead}\n`;
/** A lead with no weekday or month: nothing in the body settles a slash date's order. */
const lead = 'The shelling began at night and stopped before dawn, villagers said.';

const STAMPS: [string, string][] = [
  ['Published: 12 March 2024, 14:05 CET', '2024-03-12'],
  ['Posted on March 12, 2024 at 2:05 p.m.', '2024-03-12'],
  ['First published on Tue 12 Mar 2024 14.05 GMT', '2024-03-12'],
  ['Last modified on Wed 13 Mar 2024 09.10 GMT | First published on Tue 12 Mar 2024 14.05 GMT', '2024-03-12'],
  ['Updated: March 13, 2024 9:10 AM ET Published: March 12, 2024 2:05 PM ET', '2024-03-12'],
  ['Publié le 12 mars 2024 à 14h05, mis à jour le 13 mars 2024 à 09h10', '2024-03-12'],
  ['Mis à jour le 13 mars 2024 à 09:10 - Publié le 12 mars 2024 à 14:05', '2024-03-12'],
  ['Publié le mardi 12 mars 2024 à 14 h 05', '2024-03-12'],
  ['Dernière mise à jour : 13 mars 2024 à 09:10 | Publié le 12 mars 2024', '2024-03-12'],
  ['Veröffentlicht am 28.03.2024 um 14:05 Uhr', '2024-03-28'],
  ['Aktualisiert am 29.03.2024, 09:10 Uhr | Veröffentlicht am 28.03.2024, 14:05 Uhr', '2024-03-28'],
  ['Erstellt: 28.03.2024, 14:05 Uhr', '2024-03-28'],
  ['Pubblicato il 28/03/2024 alle 14:05', '2024-03-28'],
  ['Aggiornato il 13 marzo 2024 alle 09:10 - Pubblicato il 12 marzo 2024', '2024-03-12'],
  ['Publicado el 12 mar 2024 a las 14:05 CET', '2024-03-12'],
  ['Actualizado: 29/03/2024 09:10 | Publicado: 28/03/2024 14:05', '2024-03-28'],
  ['Publicado em 28/03/2024 às 14h05', '2024-03-28'],
  ['Atualizado em 29/03/2024 às 09h10 | Publicado em 28/03/2024 às 14h05', '2024-03-28'],
  ['Opublikowano: 28.03.2024, 14:05', '2024-03-28'],
  ['Opublikowano: 12 marca 2024, 14:05', '2024-03-12'],
  ['Zveřejněno: 28. 3. 2024 14:05', '2024-03-28'],
  ['Publikováno 28. 3. 2024', '2024-03-28'],
  ['Objavljeno: 28.03.2024. u 14:05', '2024-03-28'],
  ['Опубликовано: 28.03.2024 14:05', '2024-03-28'],
  ['Опубликовано 12 марта 2024, 14:05 | Обновлено 13 марта 2024, 09:10', '2024-03-12'],
  ['Обновлено 29.03.2024 09:10 Опубликовано 28.03.2024 14:05', '2024-03-28'],
  ['Yayınlanma: 28.03.2024 14:05 | Güncelleme: 29.03.2024 09:10', '2024-03-28'],
  ['Gepubliceerd op 12 maart 2024 om 14:05', '2024-03-12'],
  ['Publicerad 12 mars 2024 kl. 14.05', '2024-03-12'],
  ['14:05, 12 March 2024', '2024-03-12'],
  ['2:05 PM · Mar 12, 2024', '2024-03-12'],
  ['Tuesday, March 12, 2024 - 14:05', '2024-03-12'],
  ['Tue, 12 Mar 2024 14:05:33 +0100', '2024-03-12'],
  ['2024-03-12T14:05:00+01:00', '2024-03-12'],
  ['Published 2024-03-12 14:05 UTC', '2024-03-12'],
  ['28.03.2024, 14:05', '2024-03-28'],
  ['03.12.2024, 14:05', '2024-12-03'],
  ['Posted: 14:05 · 28/03/2024', '2024-03-28'],
  ['Publié le 28/03/2024 à 14:05', '2024-03-28'],
  ['Posted 5 hours ago | March 12, 2024', '2024-03-12'],
  ['March 12, 2024 2:05 p. m. EST', '2024-03-12'],
  ['12 March 2024 | 14:05 IST', '2024-03-12'],
  ['Last updated 13 March 2024 — first published 12 March 2024', '2024-03-12'],
  ['Published on: Mar. 12, 2024 at 2:05 a.m. ET', '2024-03-12'],
  ['Created 12 March 2024 14:05 · Modified 13 March 2024 09:10', '2024-03-12'],
  ['MARCH 12, 2024 / 2:05 PM / UPDATED 1 DAY AGO', '2024-03-12'],
  ['Mar 12, 2024 at 2:05 PM EDT', '2024-03-12'],
  ['(The Valley Courier, page 3, 03/28/2024)', '2024-03-28'],
  ['Date: 12 March 2024', '2024-03-12'],
  ['Mittwoch, 13. März 2024, 14:05 Uhr', '2024-03-13'],
  ['Pubblicato il: 28/03/2024 alle ore 14:05', '2024-03-28'],
  ['Опубликовано: 13 марта 2024, 14:05 MSK', '2024-03-13'],
  ['13 Mart 2024 14:05 TRT', '2024-03-13'],
  ['Le 13 mars 2024 à 14h05', '2024-03-13'],
  ['18:40, 28.03.2025', '2025-03-28'],
  ['Posted on March 12, 2024 by Aram Petrosyan', '2024-03-12'],
  ['12 March 2024 14:05 by Aram Petrosyan | 4 min read', '2024-03-12'],
  ['30 March 2024 Saturday 14:22', '2024-03-30'],
  ['Posted: March 30, 2024 Saturday | 14:22', '2024-03-30'],
];

describe('a stamp line read by its parts, wherever the layout puts them', () => {
  it.each(STAMPS)('under a byline, "%s" dates the piece %s', (stamp, day) => {
    expect(published(underByline(stamp, lead))).toBe(day);
  });
  it.each(STAMPS)('under the headline, "%s" dates the piece %s', (stamp, day) => {
    expect(published(underHeadline(stamp, lead))).toBe(day);
  });
});

describe('a weekday after the date that the day does not fall on', () => {
  it('gives no date', () => {
    expect(published(underByline('30 March 2024 Friday 14:22', lead))).toBeNull();
  });
});

describe('a weekday before the date that the day does not fall on', () => {
  it.each([['Friday, 30 March 2024'], ['Fri, 30 Mar 2024 14:22 +0400'], ['Posted: Friday, March 30, 2024']])(
    '"%s" (30 March 2024 was a Saturday) gives no date',
    (stamp) => {
      expect(published(underByline(stamp, lead))).toBeNull();
      expect(published(underHeadline(stamp, lead))).toBeNull();
    },
  );
});

describe('a day and month whose order nothing settles stay unread', () => {
  it.each([
    ['Posted: 03/12/2024 14:05'],
    ['Updated 04/12/2024 | Published 03/12/2024'],
    ['03-12-2024 | 14:05'],
  ])('"%s" gives no date', (stamp) => {
    expect(published(underByline(stamp, lead))).toBeNull();
  });
});
