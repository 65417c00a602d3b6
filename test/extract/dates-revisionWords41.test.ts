import { describe, expect, it } from 'vitest';
import { isRevisionBasis } from '../../src/extract/dates/reference.ts';
import { events, published, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests. 16 March 2022 was a Wednesday. */
const basis = (text: string) => timelineOf(text).referenceBasis ?? null;

const page = (stamp: string) =>
  'WORLD\n\nThe envoys agree to meet again\n\nThe talks resume after a pause of two months.\n\n' +
  `${stamp}\n\n` +
  'The envoys met on Tuesday evening, aides said, and agreed to meet again next month.\n';

describe("an update stamp in the outlet's own language dates the timeline, never the publication", () => {
  for (const stamp of [
    'Son güncelleme: 16.03.2022 09:20',
    'Güncelleme: 16.03.2022 09:20',
    'Aktualisiert: 16.03.2022, 09:20 Uhr',
    'Zuletzt aktualisiert: 16.03.2022 09:20',
    'Mis à jour le 16/03/2022 à 09h20',
    'Mise à jour : 16/03/2022 09:20',
    'Actualizado: 16/03/2022 09:20',
    'Aggiornato il 16/03/2022 alle 09:20',
    'Atualizado em 16/03/2022 09h20',
    'Bijgewerkt: 16-03-2022 09:20',
    'Opdateret 16.03.2022 kl. 09.20',
    'Oppdatert 16.03.2022 09:20',
    'Uppdaterad 2022-03-16 09:20',
    'Aktualizacja: 16.03.2022 09:20',
  ]) {
    it(`"${stamp}"`, () => {
      const text = page(stamp);
      expect(published(text)).toBeNull();
      expect(isRevisionBasis(basis(text))).toBe(true);
      expect(events(text)).toMatchObject({ 'on Tuesday evening': '2022-03-15' });
      expect(Object.keys(events(text)).some((k) => k.includes('16'))).toBe(false);
    });
  }
});

describe('a season in the possessive before a past event names it (CONVENTIONS 18)', () => {
  const story = (sentence: string) =>
    'The envoys meet in Geneva\n\nPublished 16 March 2022\n\n' +
    `The envoys met on Tuesday evening, aides said. ${sentence}\n`;

  it('"the losses of last autumn\'s war": no date', () => {
    const found = events(story("The minister recalled the losses of last autumn's war."));
    expect(Object.keys(found)).toEqual(['on Tuesday evening']);
  });

  it('"its role in this summer\'s brief offensive": no date', () => {
    const found = events(story("The ministry condemned its role in this summer's brief offensive."));
    expect(Object.keys(found)).toEqual(['on Tuesday evening']);
  });

  it('"during last year\'s war": no date, the possessive names the war too (row AT)', () => {
    expect(Object.keys(events(story("Aid arrived during last year's war.")))).toEqual(['on Tuesday evening']);
  });

  it('"last year" as an adjunct still dates: "the war ended last year"', () => {
    expect(events(story('The war ended last year.'))).toMatchObject({ 'last year': '2021' });
  });
});

describe("a stamp pairing the published and the updated words: the published day is the piece's", () => {
  for (const stamp of [
    'Veröffentlicht am 15.03.2022 | Aktualisiert am 16.03.2022',
    'Yayınlanma: 15.03.2022 10:00 | Son güncelleme: 16.03.2022 09:20',
    'Son güncelleme: 16.03.2022 09:20 | Yayınlanma: 15.03.2022 10:00',
    'Pubblicato il 15/03/2022 - Aggiornato il 16/03/2022',
    'Publicado: 15/03/2022 | Actualizado: 16/03/2022',
    'Opublikowano: 15.03.2022 | Aktualizacja: 16.03.2022',
    'Publisert 15.03.2022 | Oppdatert 16.03.2022',
    'Publié le 15/03/2022 à 10h00 | Mis à jour le 16/03/2022 à 09h20',
  ]) {
    it(`"${stamp}"`, () => {
      expect(published(page(stamp))).toBe('2022-03-15');
    });
  }
});
