import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker, relayer and the first words of each statement. */
function said(text: string): [string, string, string][] {
  return statementsOf(text).map((s) => [s.speaker, s.via ?? '', s.quote.slice(0, 24)]);
}

describe('a medium quoting someone "as saying"', () => {
  it('gives the words to the one quoted and names a medium the text names as relayer', () => {
    expect(said('Talks\n\nInterfax quoted Lavrov as saying that the talks would resume in March.\n')).toEqual(
      [['lavrov', 'text:interfax', 'the talks would resume i']],
    );
  });

  it('reads "cites X as saying", "quoted X as telling reporters" and a quote after "as saying"', () => {
    const text =
      'Border\n\n' +
      'The Kommersant daily cited a diplomatic source as saying that the commission would meet in May. ' +
      'Later, Reuters quoted Pashinyan as telling reporters that the maps were ready. ' +
      'Anadolu quoted Cavusoglu as saying: "Turkey stands with Azerbaijan."\n';
    expect(said(text).map(([who, , q]) => [who, q])).toEqual([
      ['text:diplomatic-source', 'the commission would mee'],
      ['pashinyan', 'the maps were ready'],
      ['cavusoglu', 'Turkey stands with Azerb'],
    ]);
  });

  it('a press review’s "The paper quotes X as saying" is X’s; "quotes Armenian media reports that" is the media’s', () => {
    const text =
      'Press review\n\n' +
      'Azatutyun leads with the border talks. The paper quotes Mirzoyan as saying that the text is ' +
      '"almost agreed". Hraparak quotes Russian media reports that the summit has been postponed.\n';
    expect(said(text).map(([who, , q]) => [who, q])).toEqual([
      ['mirzoyan', 'the text is "almost agre'],
      ['text:russian-media', 'the summit has been post'],
    ]);
  });

  it('leaves "quoted" without "as saying" alone', () => {
    expect(said('Books\n\nThe author quoted Tolstoy in the opening chapter of the book.\n')).toEqual([]);
  });
});

describe('"According to <medium>, X said that …"', () => {
  it('gives the that-clause to the one the medium says said it, handed on by the medium', () => {
    const text =
      'Talks\n\n' +
      'According to Interfax, Lavrov said that the talks would resume in March. ' +
      'According to the daily Hraparak, Grigoryan said that the commission had met twice.\n';
    const all = said(text);
    expect(all).toContainEqual(['lavrov', 'text:interfax', 'the talks would resume i']);
    expect(all.some(([who, , q]) => who === 'text:grigoryan' || q.startsWith('the commission had'))).toBe(
      true,
    );
  });

  it('also with "said" and no "that": the clause after the verb is what X said', () => {
    const text = 'Talks\n\nAccording to Interfax, Lavrov said the talks would resume in March.\n';
    expect(said(text)).toEqual([['lavrov', 'text:interfax', 'the talks would resume i']]);
  });
});

describe('"quoted <description>, <Name>, as saying" and the order after a quote (session 51)', () => {
  it('given a description set off before a name, the one named said it', () => {
    const text =
      'Strike\n\nThe agency APA quoted a neighbour, Elnur Mammadov, as saying that the whole roof came down at night.\n';
    expect(said(text)).toEqual([['text:elnur-mammadov', '', 'the whole roof came down']]);
  });

  it('given "“…,” Interfax quoted X as saying.", the quote is X’s, carried by the medium', () => {
    const text = 'Talks\n\n"The border is calm now," Interfax quoted Lavrov as saying.\n';
    expect(said(text)).toEqual([['lavrov', 'text:interfax', 'The border is calm now,']]);
  });

  it('given a ministry quoting its officer after a quote, both links speak (CONVENTIONS 14)', () => {
    const text =
      'Aid\n\nArmenia’s Ministry of Emergency Situations sent a team to the border. ' +
      '"We did what any neighbour would do," the ministry quoted its team leader, Arman Avetisyan, as saying.\n';
    expect(said(text)).toEqual([
      ['mes-armenia', '', 'We did what any neighbou'],
      ['text:arman-avetisyan', 'mes-armenia', 'We did what any neighbou'],
    ]);
  });

  it('given a press secretary quoting the president after a quote, both links speak', () => {
    const text =
      'Talks\n\nThe president’s press secretary, Berik Uali, met reporters. ' +
      '"The decisions are made by the parties themselves," Uali quoted President Kassym-Jomart Tokayev as saying.\n';
    expect(said(text).map(([who, via]) => [who, via])).toEqual([
      ['text:berik-uali', ''],
      ['text:kassym-jomart-tokayev', 'text:berik-uali'],
    ]);
  });
});
