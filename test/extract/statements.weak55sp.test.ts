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

describe('a person or body citing a source before the clause relays it (CONVENTIONS 14, 15)', () => {
  const withVia = (text: string) =>
    extractFrom(text).map((s) => [
      s.speaker.id,
      s.via?.id ?? '',
      text.slice(s.quote.start, s.quote.start + 12),
    ]);

  it('given "She added, citing the embassy, which …, that …", the spokeswoman and the embassy', () => {
    const text =
      'Deputy spokeswoman Pham Thu Hang said the ministry was following events. She added, citing the Vietnamese embassy in Moscow, which also covers Armenia, that no Vietnamese citizens had been affected.';
    expect(withVia(text).slice(1)).toEqual([
      ['text:pham-thu-hang', '', 'no Vietnames'],
      ['text:vietnamese-embassy', 'text:pham-thu-hang', 'no Vietnames'],
    ]);
  });

  it('given a body citing a group by what it is, both speak; a thing cited is no one', () => {
    expect(withVia('The UNHCR said, citing local authorities, that 30 people were missing.')).toEqual([
      ['unhcr', '', '30 people we'],
      ['text:local-authorities', 'unhcr', '30 people we'],
    ]);
    expect(withVia('The UNHCR said, citing polls, that most people agree.')).toEqual([
      ['unhcr', '', 'most people '],
    ]);
  });

  it('given the press citing a source, the source alone speaks', () => {
    expect(
      withVia(
        'Armenian media reported, citing the Armenian Embassy in Tbilisi, that Georgia had refused passage.',
      ).map(([s]) => s),
    ).toEqual(['text:armenian-embassy']);
  });
});

describe('"posted on Facebook in the evening that …" (CONVENTIONS 9)', () => {
  it('given a time after the platform, the clause is still what was posted', () => {
    expect(
      who(
        "Armenia's Prime Minister posted on Facebook in the evening that he was ready to sign an agreement.",
      ),
    ).toEqual([['pashinyan', 'he was ready to sign an ']]);
    expect(who('Toivo Klaar posted on X on Monday that the talks were useful.')).toEqual([
      ['klaar', 'the talks were useful'],
    ]);
  });
});
