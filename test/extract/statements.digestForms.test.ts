import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a pronoun after a quote goes to the subject of its own sentence', () => {
  it('a role noun before the name leaves the named person the subject', () => {
    const text =
      'Convoys began moving at dawn. Kremlin spokesman Dmitry Peskov confirmed the plan today: ' +
      '"The schedule is agreed," he told reporters, declining to say more.';
    const quoted = statementsOf(text).find((s) => s.quote.startsWith('The schedule'));
    expect(quoted?.speaker).toBe('peskov');
    // His own title is no principal he relays.
    expect(quoted?.via).toBeUndefined();
  });

  it('a name that is not the sentence subject does not take the pronoun', () => {
    const text =
      'Roads reopened on Monday. Asked about Peskov, the driver shrugged: "Nobody tells us anything," he said.';
    expect(statementsOf(text).filter((s) => s.speaker === 'peskov')).toEqual([]);
  });
});
