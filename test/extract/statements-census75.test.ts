import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const OFFICES = ['armenian-government-press-service', 'azerbaijani-presidential-administration'];

/** Session 51 (census of fresh-75). */
describe('a long closing tail whose subject is two offices written in lower case (CONVENTIONS 13, row R)', () => {
  it('given "…, the office of the Armenian prime minister and the Azerbaijani presidential administration said in a joint statement on Thursday", both offices said it', () => {
    const text =
      'Armenia and Azerbaijan will swap prisoners and work towards a treaty, the office of the Armenian prime minister and the Azerbaijani presidential administration said in a joint statement issued late on Thursday.';
    const said = statementsOf(text).filter((s) => s.quote.startsWith('Armenia and Azerbaijan will'));
    expect(said.map((s) => s.speaker).sort()).toEqual(OFFICES);
  });

  it('given "The two sides said" after that lead, the pair is the two offices again', () => {
    const text = [
      'Armenia and Azerbaijan will swap prisoners, the office of the Armenian prime minister and the Azerbaijani presidential administration said in a joint statement on Thursday.',
      'The two sides said they saw a chance for peace.',
    ].join('\n\n');
    const said = statementsOf(text).filter((s) => s.quote.startsWith('they saw'));
    expect(said.map((s) => s.speaker).sort()).toEqual(OFFICES);
  });
});
