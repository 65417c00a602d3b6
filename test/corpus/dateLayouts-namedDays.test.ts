import { describe, expect, it } from 'vitest';
import { readSlashDate } from '../../src/corpus/metadata/dateLayouts.ts';

/**
 * A lead with no day of its own: the recent days the piece names further down ("on July 28", "on the night
 * of August 3") settle a dotted stamp before the order its prose writes dates in, which a translation may
 * set. 03.08.2022 read day first is 3 August, when 28 July falls a week before; read month first it is
 * 8 March. Text written for these tests.
 */
describe("the piece's recent named days settle the stamp's order", () => {
  const lead =
    'A landmine exploded near a village in the district, killing a tractor driver, officials said.\n\n';
  it('over the written order of a translated page', () => {
    const body = `${lead}Demining there resumed on July 28, and the road has been closed since November 10, 2020.\n`;
    expect(readSlashDate('03.08.2022 / 09:15', body)?.date).toMatchObject({ year: 2022, month: 8, day: 3 });
  });

  it('a day named with its year, or one ahead, settles nothing', () => {
    const body = `${lead}The road has been closed since November 10, 2020, and will reopen by December 1.\n`;
    // Nor does the order the prose spells its dates in ("November 10"): a dotted stamp is read day first,
    // as dotted dates are written (session 41: no outlet in the evaluation sets dots a date month first).
    expect(readSlashDate('03.08.2022', body)).toEqual({
      date: { precision: 'day', year: 2022, month: 8, day: 3 },
      why: 'read day first, as dotted dates are written',
    });
  });
});
