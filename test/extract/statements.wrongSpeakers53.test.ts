import { describe, expect, it } from 'vitest';
import { speakerQuoteLines, speakersShown } from './statements.helpers.ts';

describe('a second "that" clause joined by "and" is what was said, never a speaker', () => {
  it('"The agency said X near A, B and C and that its crews had responded" is the agency\'s, whole', () => {
    const text =
      'Fighting on the northern front\n\n' +
      'The Interior Agency said rebel units had attacked posts near the Alpha, Beta and Gamma districts ' +
      'and that its crews had responded.';
    expect(speakerQuoteLines(text)).toEqual([
      'text:interior-agency: rebel units had attacked posts near the Alpha, Beta and Gamma districts and that its crews had responded',
    ]);
  });

  it('"…and that the police had replied" gives the police nothing', () => {
    const text =
      'Clashes in the hills\n\n' +
      'Maria Lind said gunmen had fired on farms near Ost, Vest and Nord and that the police had replied.';
    expect(speakersShown(text)).toEqual(['text:maria-lind']);
  });
});

describe('"what it called “…”" after a longer clause of time is the time clause\'s subject', () => {
  it('"Less than 24 hours after Moldova launched what it called “…”" is Moldova\'s naming', () => {
    const text =
      'Truce agreed\n\n' +
      'Less than 24 hours after Moldova launched what it called "limited police measures" in the valley, ' +
      'the local council agreed to a truce.';
    expect(speakerQuoteLines(text)).toEqual(['text:moldova: limited police measures']);
  });

  it('"More than two weeks before Portugal began what it called “…”" is Portugal\'s naming', () => {
    const text =
      'Talks stalled\n\n' +
      'More than two weeks before Portugal began what it called a "coastal sweep" in the south, the talks had stalled.';
    expect(speakerQuoteLines(text)).toEqual(['text:portugal: coastal sweep']);
  });
});

describe("a Shia cleric's rank before a name is no part of the name", () => {
  it('"Ayatollah Hossein Karimi-Nejad, …, said" is Hossein Karimi-Nejad', () => {
    const text =
      'Friday prayers\n\n' +
      "The province's Friday prayer leader, Ayatollah Hossein Karimi-Nejad, said the border must be respected.";
    expect(speakersShown(text)).toEqual(['text:hossein-karimi-nejad']);
  });
});

describe('"…, M quoted X as saying." closes a reported clause: X said it, the medium carried it', () => {
  it('the officials quoted said the clause, and a later "They said" is the officials again', () => {
    const text =
      'Shells on the border\n\n' +
      'Since the fighting began on Monday, 40 shells have fallen on the valley, ILNA quoted ' +
      'officials in Ardabil province as saying. They said three people had been hurt in all.';
    expect(speakerQuoteLines(text)).toEqual([
      'text:officials: Since the fighting began on Monday, 40 shells have fallen on the valley',
      'text:officials: three people had been hurt in all',
    ]);
  });

  it('"… as telling reporters." likewise', () => {
    const text =
      'Village shelled\n\n' +
      'Two barns burned in the village overnight, Reuters quoted a local official as telling reporters.';
    expect(speakerQuoteLines(text)).toEqual([
      'text:local-official: Two barns burned in the village overnight',
    ]);
  });
});

describe('a demand or a warning against a deed reports no words (CONVENTIONS 10)', () => {
  it('"The farmers demand that inspectors be allowed to …" is no statement', () => {
    const text =
      'Farmers block the valley road\n\n' +
      'The blockade began on Monday. The farmers demand that inspectors be allowed to visit the Alpha mine.';
    expect(speakersShown(text)).toEqual([]);
  });

  it('"demanded that …" with the speaker\'s own quoted words stays a statement', () => {
    const text =
      'Council meets\n\n' +
      'The council met on Monday. The Lisbon council demanded that the state recognise "the forced removal" at once.';
    expect(speakersShown(text)).toEqual(['text:lisbon-council']);
  });

  it('"said that … and warned outside powers against interfering" is one statement, the clause said', () => {
    const text =
      'Talks in Geneva\n\n' +
      'The envoy, Lena Vik, said on Monday that the dispute could not be settled by force and warned ' +
      'outside powers against interfering.';
    expect(speakerQuoteLines(text)).toEqual(['text:lena-vik: the dispute could not be settled by force']);
  });

  it('"warned that …" still reports words', () => {
    const text = 'Talks in Geneva\n\nLena Vik warned that rivals were against reopening the road.';
    expect(speakerQuoteLines(text)).toEqual(['text:lena-vik: rivals were against reopening the road']);
  });
});
