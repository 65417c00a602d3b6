import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 55 (kin55): "he/she told me" inside a speaker's quote, filed under the one person it can be. */
describe('a pronoun telling words inside a quote is the one person the quote named', () => {
  it('given "But he told me: …" after the quote named Davit, Davit says what follows', () => {
    const text =
      '"If anything happens to Davit, I will not survive it. But he told me: \'Brother, we are holding the line,\'" Aram Petrosyan says.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:davit')?.quote).toBe(
      "Brother, we are holding the line,'",
    );
  });

  it('given "the driver" in the sentence before the quote, "He told me …" is the driver\'s', () => {
    const text =
      'Mariam Sargsyan, who rode with the driver for two days, said he had called her from Lachin. "He told me the road was closed," she said.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:driver')?.quote).toBe('the road was closed,');
  });

  it('given "whose son" before the first piece, a later piece\'s "He told me …" is the son\'s', () => {
    const text =
      'Among those at the gate was Anna Harutyunyan, whose son was held for two years. "I cannot sleep," she said. "He called from the bus. He told me they were given water."';
    expect(statementsOf(text).find((s) => s.speaker === 'text:son')?.quote).toBe('they were given water.');
  });

  it('given a name the text gave the noun before ("her cousin Lilit"), the name is who spoke', () => {
    const text =
      'Her cousin Lilit crossed on Friday.\n\n"My cousin asked for nothing," Ani Melikyan said. "She said that a bed is enough."';
    expect(statementsOf(text).find((s) => s.speaker === 'text:lilit')?.quote).toBe('a bed is enough.');
  });

  it('given two people "he" may be, no one is made the speaker', () => {
    const text =
      'Ruben Avetisyan said Armen and the driver had called from Goris. "He told me the bridge was shut," he said.';
    const seen = statementsOf(text);
    expect(seen.some((s) => s.speaker === 'text:armen' || s.speaker === 'text:driver')).toBe(false);
  });

  it('given only the quoting speaker named, "She told me …" is no one\'s', () => {
    const text =
      '"She calls every night," Hasmik Grigoryan said. "Last night she told me that the shop had closed."';
    const seen = statementsOf(text);
    expect(seen.filter((s) => s.speaker !== 'text:hasmik-grigoryan')).toEqual([]);
  });

  it('given a relative\'s words found first, a later "he wrote" in the quote is theirs too', () => {
    const text =
      'Sona Avakian, whose brother lives in Stepanakert, said the messages were short. "He writes that there is no sugar. Yesterday he wrote only one word: \'Closed,\'" she said.';
    const seen = statementsOf(text).filter((s) => s.speaker === 'text:brother');
    expect(seen.map((s) => s.quote)).toContain("Closed,'");
  });
});
