import { describe, expect, it } from 'vitest';
import { trailingProperName } from '../../src/extract/entities/textEntity.ts';
import { headingSaid, speakerQuoteLinesInPiece, statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a saying of how much, not what, is no statement', () => {
  it('"Minsk has said almost nothing": a degree word before "nothing" changes nothing', () => {
    expect(
      who(
        'The border has been quiet since Friday; Minsk, a member of the bloc, has said almost nothing. The defence ministry said two soldiers were wounded.',
      ),
    ).toEqual([['text:defense-ministry', 'two soldiers were wounde']]);
  });

  it('"answered that question only with a statement": "that" before words with no verb is a determiner', () => {
    expect(
      who('The summit answered that question only with a statement. The capital will be watching.'),
    ).toEqual([]);
  });

  it('a clause after "that" whose verb the tagger misreads as a noun stays a statement', () => {
    expect(who('The lawyer argued that the blockade amounts to genocide.')).toEqual([
      ['text:lawyer', 'the blockade amounts to '],
    ]);
  });
});

describe('a name with an Arabic article or a patronymic particle is a person', () => {
  it('"Salim al-Harthy" and "Majed bin Mohammed" are full names', () => {
    expect(trailingProperName('a political analyst, Salim al-Harthy')?.name).toBe('Salim al-Harthy');
    expect(trailingProperName('spokesman Majed bin Mohammed')?.name).toBe('Majed bin Mohammed');
  });

  it('"He said" after "…," said Salim al-Harthy is the analyst, not the man named before him', () => {
    const text = [
      'European Council President Charles Michel said he had spoken to both leaders.',
      '"Every clash pushes a treaty further away," said Salim al-Harthy, a political analyst in Muscat.',
      'He said the real test would come at a meeting next month.',
    ].join('\n\n');
    expect(who(text).at(-1)).toEqual(['text:salim-al-harthy', 'the real test would come']);
  });

  it('an article word with no given name before it ("al-Qaeda") is no person', () => {
    expect(trailingProperName('al-Qaeda')).toBeNull();
  });
});

describe('"It said" after a sentence whose subject is a body with a lower-case head', () => {
  it('"The Armenian foreign ministry expressed … It said …" is the ministry, not the body that spoke before', () => {
    const text = [
      "According to Azerbaijan's National Agency for Mine Action (ANAMA), 24 people have been killed by mines. ANAMA said its teams had cleared 17,000 hectares.",
      'The Armenian foreign ministry expressed its condolences to the families. It said, however, that Yerevan had already handed over the maps.',
    ].join('\n\n');
    expect(who(text).at(-1)).toEqual(['mfa-armenia', 'Yerevan had already hand']);
  });
});

describe('a wire dateline with a full stop before its dash', () => {
  it('"Baku (EFE).-" is the dateline, not the first words of what the office reported', () => {
    const lines = speakerQuoteLinesInPiece(
      [
        'Two civilians killed by a mine in Aghdam',
        '',
        "Baku (EFE).- Two civilians were killed on Sunday when their truck hit a mine, the Azerbaijani Prosecutor General's Office reported.",
      ].join('\n'),
    );
    expect(lines).toEqual([
      'prosecutor-general-azerbaijan: Two civilians were killed on Sunday when their truck hit a mine',
    ]);
  });
});

describe("an acronym opening a body's name is part of the name", () => {
  it('"The UN Development Programme said …" is the UN Development Programme, a body, not a person "Development Programme"', () => {
    expect(
      who('The UN Development Programme said it would send more detection equipment next month.'),
    ).toEqual([['text:un-development-programme', 'it would send more detec']]);
  });

  it('a title abbreviation stays a title: "PM Pashinyan" is Pashinyan', () => {
    expect(trailingProperName('PM Pashinyan')?.name).toBe('Pashinyan');
  });
});

describe('a comparison with an earlier count is no trailing attribution', () => {
  it('"…, two more dead than it had announced on Tuesday night" keeps the ministry\'s statement', () => {
    expect(
      who(
        "Azerbaijan's Defence Ministry said on Wednesday that seven of its servicemen had been killed, two more dead than it had announced on Tuesday night.",
      ),
    ).toEqual([['mod-azerbaijan', 'seven of its servicemen ']]);
  });
});

describe('a label that says whose the quote is', () => {
  it('"Quote from Pashinyan: “…”" is Pashinyan\'s statement', () => {
    const text = [
      'Armenian Prime Minister Nikol Pashinyan spoke in parliament on Tuesday.',
      'Quote from Pashinyan: "The situation on the border is relatively stable. We will not be drawn into a war."',
    ].join('\n\n');
    expect(who(text).at(-1)).toEqual(['pashinyan', 'The situation on the bor']);
  });
});

describe("a relative's words inside a quote", () => {
  const relayed = (text: string) =>
    statementsOf(text)
      .filter((s) => s.via)
      .map((s) => [s.speaker, s.via, s.quote.slice(0, 20)]);

  it('"His mother told us that he had called": the mother\'s words, passed on by the speaker', () => {
    const text =
      '"Everyone here is crying," said Chiamaka Okonkwo, a student. "My classmate\'s brother was at the front. His mother told us that he had called, and that he was alive."';
    expect(relayed(text)).toEqual([['text:mother', 'text:chiamaka-okonkwo', 'he had called, and t']]);
  });

  it('"a family friend" named before the quote is the "She" who told the speaker', () => {
    const text =
      'Lori Kassabian said a family friend had left Stepanakert on Sunday. "She told me they had nothing left but the clothes they were wearing," Kassabian said.';
    expect(relayed(text)).toEqual([['text:family-friend', 'text:lori-kassabian', 'they had nothing lef']]);
  });
});

describe('a second naming verb in the present, and a headline with its copula dropped', () => {
  it('"Baku says …, and calls its response a “counter-operation”": two statements, as with "called"', () => {
    expect(
      who(
        'Baku says the fighting began when Armenian forces fired on its positions, and calls its response a "counter-operation".',
      ),
    ).toEqual([
      ['gov-azerbaijan', 'the fighting began when '],
      ['gov-azerbaijan', 'counter-operation'],
    ]);
  });

  it('"Pashinyan says peace deal with Baku still possible as Aliyev skips summit" is a statement', () => {
    const said = headingSaid(
      [
        'WORLD',
        '',
        'Pashinyan says peace deal with Baku still possible as Aliyev skips Granada summit',
        '',
        'AFP',
        '6th October 2023 at 10:12',
        '',
        'GRANADA, Spain - Armenian Prime Minister Nikol Pashinyan said on Thursday that a treaty could still be signed.',
      ].join('\n'),
    );
    expect(said.map(([speaker, words]) => [speaker, words])).toEqual([
      ['pashinyan', 'peace deal with Baku still possible'],
    ]);
  });
});

describe('a list of states after the opening of a relative clause', () => {
  it('"in which the governments of the United States, Armenia and Azerbaijan said": each of the three', () => {
    const text =
      'The truce was announced on Sunday in a joint statement, in which the governments of the United States, Armenia and Azerbaijan said that a ceasefire would take effect on Monday.';
    expect(who(text).map(([speaker]) => speaker)).toEqual(['gov-us', 'gov-armenia', 'gov-azerbaijan']);
  });
});
