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

describe('"the two men" after a sentence naming two people (CONVENTIONS 13)', () => {
  it('given "… led by Deputy Prime Minister A and Deputy Prime Minister B. In a joint protocol the two men said …", each of the two said it', () => {
    const text =
      "The commissions met on Friday, led by Armenia's Deputy Prime Minister Mher Grigoryan and Azerbaijan's Deputy Prime Minister Shahin Mustafayev. In a joint protocol the two men said that the line would follow the old maps.";
    const said = statementsOf(text).filter((s) => s.quote.startsWith('the line would'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['text:mher-grigoryan', 'text:shahin-mustafayev']);
  });

  it('given three people named in the sentence before, "the two men" is none of them', () => {
    const text = 'Pashinyan met Aliyev and Michel in Brussels. The two men said they would meet again.';
    const said = statementsOf(text).map((s) => s.speaker);
    expect(said).not.toContain('pashinyan');
    expect(said).not.toContain('aliyev');
  });
});

describe('a closing tail with a long setting after its verb (CONVENTIONS 16)', () => {
  it('given "A, Michel said on Sunday after hosting the two leaders for more than five hours of talks here", A is what Michel said', () => {
    const text =
      "Pashinyan and Aliyev have agreed to recognize each other's territory, European Council President Charles Michel said on Sunday after hosting the two leaders for more than five hours of talks here.";
    expect(statementsOf(text).map((s) => [s.speaker, s.quote])).toEqual([
      ['michel', "Pashinyan and Aliyev have agreed to recognize each other's territory"],
    ]);
  });

  it('given "Officials said on Monday Azerbaijani forces shelled villages …", the long words after the verb are still what was said', () => {
    const text =
      'Officials said on Monday Azerbaijani forces shelled villages in the north of the region near the border with Armenia overnight.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual([
      'Azerbaijani forces shelled villages in the north of the region near the border with Armenia overnight',
    ]);
  });
});

describe("a relative's words inside a dash quote (CONVENTIONS row S)", () => {
  it('given "her aunt … called her" and then "– She told me the shops were empty, she says.", the aunt said the shops were empty', () => {
    const text = [
      'Anahit Melkonyan, who runs an association in Uppsala, says her aunt in Stepanakert called her on Tuesday.',
      '– She told me the shops were already empty of sugar, she says.',
    ].join('\n\n');
    const aunt = statementsOf(text).find((s) => s.speaker === 'text:aunt');
    expect(aunt).toMatchObject({
      via: 'text:anahit-melkonyan',
      quote: 'the shops were already empty of sugar',
    });
  });

  it('given no relative named before, "– He called my mother and said …" hands on no one\'s words', () => {
    const text = [
      'Ani Petrosyan lives in Gothenburg.',
      '– He called my mother on Sunday and said they were packing. Since then, nothing, she says.',
    ].join('\n\n');
    expect(statementsOf(text).some((s) => s.via)).toBe(false);
  });
});

describe('"according to" a standard kept to is no source (CONVENTIONS 9)', () => {
  it('given "The ministry said that its units were taking up positions according to the maps of the Soviet era", the ministry said it', () => {
    const text =
      'The Azerbaijani Foreign Ministry said in a statement that its units were only taking up positions according to the maps of the Soviet era.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['mfa-azerbaijan']);
  });

  it('given "…, according to the Health Ministry", the ministry is still the source', () => {
    const text = 'At least 40 people were killed, according to the Health Ministry.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:health-ministry']);
  });
});

describe('"the chancellor" in a spokesman\'s words is his principal (CONVENTIONS 14)', () => {
  it('given "Scholz\'s spokesman X said the chancellor had told Pashinyan that …", Scholz said the clause, relayed by X', () => {
    const text =
      "Scholz's spokesman Steffen Hebestreit said the chancellor had told Pashinyan that Germany would increase its aid to Armenia.";
    const relayed = statementsOf(text).find((s) => s.via);
    expect(relayed).toMatchObject({ speaker: 'scholz', via: 'text:steffen-hebestreit' });
  });

  it('given no chancellor named anywhere, "the chancellor" relays no one', () => {
    const text = 'Hebestreit said the chancellor had told Pashinyan that Germany would help.';
    expect(statementsOf(text).some((s) => s.via)).toBe(false);
  });
});

describe("a relative's call, then the words counted before a colon (CONVENTIONS row S)", () => {
  it('given "her brother …" and then "“He called me once and said only one sentence: \'We are alive.\' …”", the brother said "We are alive."', () => {
    const text =
      'Hasmik said her brother was serving near Goris. "He called me once and said only one sentence: \'We are alive, do not worry.\' Since then, nothing," she said.';
    const brother = statementsOf(text).find((s) => s.speaker === 'text:brother');
    expect(brother).toMatchObject({ via: 'text:hasmik', quote: 'We are alive, do not worry.' });
  });

  it('given "“He called me once. Since then, nothing”", the call hands on no words', () => {
    const text = 'Ani said her brother was in Goris. "He called me once. Since then, nothing," she said.';
    expect(statementsOf(text).some((s) => s.via)).toBe(false);
  });
});
