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
