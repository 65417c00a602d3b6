import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a parenthetical attribution after a colon: the words before the colon frame what was said', () => {
  it.each([
    [
      'Anna Petrosyan was blunt. The message was clear: the plan, she said, was dead on arrival.',
      'the plan',
      'was dead on arrival',
    ],
    [
      'Tigran Grigoryan, an analyst in Yerevan, disagreed. His verdict: the talks, he said, would stall by summer.',
      'the talks',
      'would stall by summer',
    ],
  ])('%s', (text, lead, rest) => {
    const [s] = statementsOf(text);
    expect(s?.quote).toBe(lead);
    expect(s?.continuation).toEqual([rest]);
  });

  it('a clock is no framing colon', () => {
    const text = 'Anna Petrosyan spoke on the radio. At 10:30 the road, she said, was open again.';
    expect(statementsOf(text)[0]?.quote).not.toBe('30 the road');
  });
});
