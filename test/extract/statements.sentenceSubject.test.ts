import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Who is credited with what: the speaker's id and the words' opening, per statement. */
const who = (text: string) =>
  extractFrom(text).map((s) => `${s.speaker.id}: ${text.slice(s.quote.start, s.quote.end).slice(0, 24)}`);

describe('a street is a place, never the "she" of the next quote', () => {
  it.each([
    // A Canadian metro daily's scene-setting lead.
    ['on Hallcrest Ave., Ani Der-Bedrossian scrolled through photos', 'text:ani-der-bedrossian'],
    // A wire feature from Tbilisi.
    ['on Rustaveli Blvd., Nino Beridze handed out leaflets', 'text:nino-beridze'],
    // A Russian daily in translation.
    ['on Kutuzovsky Prospekt, Marina Petrova waited for the bus', 'text:marina-petrova'],
  ])('%s … "…," she said', (scene, id) => {
    const text = `TORONTO — Standing outside the hall ${scene}.\n\n"We are watching them leave," she said on Wednesday.`;
    expect(who(text)).toEqual([`${id}: We are watching them lea`]);
  });
});

describe('"the minister" after a sentence naming two ministers is its subject, not the one named last', () => {
  it('a French daily: the visiting minister, not "her counterpart"', () => {
    const text =
      'PARIS — Catherine Colonna made the announcement on Tuesday in Yerevan, during a press conference ' +
      'with her Armenian counterpart Ararat Mirzoyan. "France has agreed to a contract," the minister declared.';
    expect(who(text)).toEqual(['colonna: France has agreed to a c']);
  });

  it('a wire report: the host who met his guest', () => {
    const text =
      'MOSCOW, May 4 (Reuters) — Sergei Lavrov met Ararat Mirzoyan on Monday. "We discussed the border," the minister said.';
    expect(who(text)).toEqual(['lavrov: We discussed the border,']);
  });

  it('the last speaker, when the sentence names them, stays the one "the minister" points back to', () => {
    const text =
      'MOSCOW — Ararat Mirzoyan met Sergei Lavrov on Monday.\n\n"We discussed the border," Lavrov said. ' +
      'Mirzoyan and Lavrov then toured the exhibition. "The talks were long," the minister added.';
    expect(who(text)).toEqual(['lavrov: We discussed the border,', 'lavrov: The talks were long,']);
  });
});

describe('"what it called" after a preposition has no subject to read', () => {
  it('an agency report: "as a result of what it called" credits no "result"', () => {
    const text =
      'MOSCOW — As the Defense Ministry informed, seven servicemen were killed as a result of what it called "a large-scale provocation".';
    expect(who(text).filter((s) => s.startsWith('text:a-result'))).toEqual([]);
  });

  it('the subject before a verb still speaks: "Azerbaijan launched what it called"', () => {
    const text = 'BAKU — Azerbaijan launched what it called "local anti-terrorist measures" on Tuesday.';
    expect(who(text)).toEqual(['gov-azerbaijan: local anti-terrorist mea']);
  });
});
