import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end).slice(0, 24)]);

describe('"had written" is the perfect of "wrote" (CONVENTIONS 9)', () => {
  it('given "had written on Twitter that …", the writer says the clause', () => {
    expect(
      who(
        'President Donald Trump, in the middle of the campaign, had written on Twitter that "many lives will be saved".',
      ),
    ).toEqual([['trump', 'many lives will be saved']]);
    expect(who('Hikmet Hajiyev had written on X that the talks were over.')).toEqual([
      ['hajiyev', 'the talks were over'],
    ]);
    expect(who('Aliyev has also written that the war was over.')).toEqual([['aliyev', 'the war was over']]);
  });

  it('given "had written" with a thing for its object, no statement', () => {
    expect(who('The ministry had written a letter to the OSCE.')).toEqual([]);
    expect(who('Stockport MP Navendu Mishra said he had written to the Foreign Secretary.').length).toBe(1);
  });
});

describe('a relative clause between subject and saying verb (CONVENTIONS 4)', () => {
  it('given "The peacekeepers who patrol the road said …", the peacekeepers speak', () => {
    expect(
      who(
        'The Russian peacekeepers who patrol the road under the 2020 cease-fire said in a statement that talks were underway.',
      ),
    ).toEqual([['russian-peacekeepers', 'talks were underway']]);
  });

  it('given a bare plural verb the tagger reads as a noun, the clause is no speaker', () => {
    expect(who('The monitors who patrol along the border said that it was calm.')).toEqual([
      ['text:monitors', 'it was calm'],
    ]);
    expect(who('Residents who fear the army said that it was calm.')).toEqual([
      ['text:residents', 'it was calm'],
    ]);
  });
});

describe('"informed in the evening that …" (CONVENTIONS 9)', () => {
  it('given a time of day after "informed", the clause is still what was said, and "the statement" after it is theirs', () => {
    const text =
      'The State Security Service announced that a case had been opened. Vardanyan\'s family informed in the evening that they had lost contact with him. "We demand his release," the statement said.';
    expect(who(text).map(([s, q]) => [s, String(q).slice(0, 12)])).toEqual([
      ['text:state-security-service', 'a case had b'],
      ['text:vardanyan-family', 'they had los'],
      ['text:vardanyan-family', 'We demand hi'],
    ]);
  });
});
