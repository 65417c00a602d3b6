import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const relayed = (text: string) =>
  statementsOf(text)
    .filter((s) => s.via)
    .map((s) => [s.speaker, s.via, s.quote]);

describe('a relayed principal whose whole clause is one quote says what is inside the marks', () => {
  it('"X stressed that “…,” the spokesman said": the quote, without its marks', () => {
    expect(
      relayed(
        'Lavrov stressed in a phone call that "no one gains from a new war," Kremlin spokesman Dmitry Peskov said.',
      ),
    ).toContainEqual(['lavrov', 'peskov', 'no one gains from a new war,']);
  });

  it('"X had insisted that “…”, the ministry said" likewise', () => {
    expect(
      relayed('Lavrov had insisted that "the corridor must reopen at once", the Foreign Ministry said.').map(
        ([speaker, , quote]) => [speaker, quote],
      ),
    ).toContainEqual(['lavrov', 'the corridor must reopen at once']);
  });

  it('"According to <person>, X also stressed that “…”" likewise', () => {
    expect(
      relayed(
        'According to Kanaani, Lavrov also stressed that "foreign troops in the region do not bring calm."',
      ).map(([speaker, , quote]) => [speaker, quote]),
    ).toContainEqual(['lavrov', 'foreign troops in the region do not bring calm.']);
  });

  it('a quoted fragment that opens a longer clause keeps the clause, as after "said that"', () => {
    expect(
      relayed(
        'Lavrov had told Mirzoyan in a call that "a quick truce" was needed, Kremlin spokesman Dmitry Peskov said.',
      ).map(([speaker, , quote]) => [speaker, quote]),
    ).toContainEqual(['lavrov', '"a quick truce" was needed']);
  });
});
