import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker, relayer and the words' start, per statement. */
const relayed = (text: string) =>
  statementsOf(text).map((s) => [s.speaker, s.via ?? null, s.quote.slice(0, 24)]);

describe('a leader’s view told in the present by a spokesman is the leader’s saying too, its quoted words inside the marks (CONVENTIONS 16)', () => {
  it('"said that X considers <thing> “…”": the spokesman’s clause and the leader’s appraisal', () => {
    expect(
      relayed(
        'Kremlin spokesman Dmitry Peskov said that Vladimir Putin considers the new format "promising."',
      ),
    ).toEqual([
      ['peskov', null, 'Vladimir Putin considers'],
      ['putin', 'peskov', 'promising."'],
    ]);
  });

  it('"According to <spokesman>, the president regards <thing> as “…”": the post holder is the principal', () => {
    expect(
      relayed(
        'Vladimir Putin met the alliance leaders in Minsk. According to Peskov, the Russian president regards the bloc as "a working tool" and sees no crisis in it.',
      ).slice(-2),
    ).toEqual([
      ['peskov', null, 'the Russian president re'],
      ['putin', 'peskov', 'a working tool" and sees'],
    ]);
  });

  it('"describes" and "calls" in the present relay the same way', () => {
    expect(
      relayed(
        'Kremlin spokesman Dmitry Peskov said Vladimir Putin calls the corridor deal "a fair compromise".',
      ).at(-1),
    ).toEqual(['putin', 'peskov', 'a fair compromise"']);
  });

  it('a body’s appraisal told by its own voice stays that voice’s statement only', () => {
    expect(
      relayed('Kremlin spokesman Dmitry Peskov said that Moscow considers the matter "closed".').map(
        (s) => s[0],
      ),
    ).toEqual(['peskov']);
  });

  it('without a quote a present appraisal hands on no words', () => {
    expect(
      relayed(
        'Kremlin spokesman Dmitry Peskov said that Vladimir Putin considers the request carefully.',
      ).map((s) => s[0]),
    ).toEqual(['peskov']);
  });
});
