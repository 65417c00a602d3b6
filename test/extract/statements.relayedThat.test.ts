import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a principal’s "said that" relayed by a spokesman: the words start after "that"', () => {
  it('"the spokesman said that X had said that …" gives X the clause without its "that"', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said that Vladimir Putin, in a call with Ilham Aliyev, had said that the corridor must stay open to civilian traffic.';
    const putin = statementsOf(text).find((s) => s.speaker === 'putin');
    expect(putin).toEqual({
      speaker: 'putin',
      via: 'peskov',
      kind: 'reported',
      quote: 'the corridor must stay open to civilian traffic',
    });
  });

  it('"… had said the …" with no "that" is read as before', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said Vladimir Putin had said the corridor must stay open.';
    expect(statementsOf(text).find((s) => s.speaker === 'putin')?.quote).toBe('the corridor must stay open');
  });
});
