import { describe, expect, it } from 'vitest';
import { findCharacterisations } from '../../src/extract/characterisations/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** The characterisations of a text: who (canonical name, or null) and the quoted words. */
function read(text: string): { who: string | null; words: string; cue: string }[] {
  const sentences = splitSentences(text, splitParagraphs(text, 0));
  return findCharacterisations(text, sentences, { year: 2023, month: 9 }).map((c) => ({
    who: c.speaker?.name ?? null,
    words: text.slice(c.phrase.start, c.phrase.end),
    cue: c.cue,
  }));
}

describe('a party’s own words for an event, and who used them', () => {
  it('what it described as "…": the pronoun is the body named before it', () => {
    expect(
      read(
        'Baku announced it was launching what it described as "local anti-terrorist measures" and demanded the withdrawal of Armenian troops.',
      ),
    ).toEqual([
      {
        who: 'Government of Azerbaijan',
        words: 'local anti-terrorist measures',
        cue: 'what it described as',
      },
    ]);
  });

  it('X, calling what was happening "…": the sentence’s subject, the full stop left outside the words', () => {
    expect(
      read(
        'Yerevan, in turn, said there were no Armenian forces in Karabakh, calling what was happening “an act of large-scale aggression.”',
      ),
    ).toEqual([
      {
        who: 'Government of Armenia',
        words: 'an act of large-scale aggression',
        cue: ', calling what was happening',
      },
    ]);
  });

  it('X described it as "…", X called it "…"', () => {
    expect(read('The Armenian Foreign Ministry described it as "ethnic cleansing".')[0]).toMatchObject({
      who: 'Ministry of Foreign Affairs of Armenia',
      words: 'ethnic cleansing',
    });
    expect(read('Aliyev called the operation "a restoration of sovereignty".')[0]).toMatchObject({
      who: 'Ilham Aliyev',
      words: 'a restoration of sovereignty',
    });
    expect(read('Moscow called it a "dangerous escalation".')[0]).toMatchObject({
      who: 'Government of Russia',
      words: 'dangerous escalation',
    });
  });

  it('what X called "…"', () => {
    expect(
      read('Residents fled what the Azerbaijani Defense Ministry called “counter-terrorism activities”.')[0],
    ).toMatchObject({ who: 'Ministry of Defense of Azerbaijan', words: 'counter-terrorism activities' });
  });

  it('X condemned the "…"', () => {
    expect(read('The Kremlin condemned the "provocation" on the border.')[0]).toMatchObject({
      who: 'The Kremlin',
      words: 'provocation',
    });
  });

  it('a described speaker the gazetteer lacks is kept as written', () => {
    expect(read('An Azerbaijani official described it as "a limited operation".')[0]).toMatchObject({
      who: 'Azerbaijani official',
      words: 'a limited operation',
    });
  });

  it('when the sentence does not say who, no one is named', () => {
    expect(read('Fighting broke out, calling what was happening “a war”.')[0]).toMatchObject({
      who: null,
      words: 'a war',
    });
  });

  it('a quote that is said, not a name given, is no characterisation', () => {
    expect(read('Blinken said "there is no military solution".')).toEqual([]);
    expect(
      read('Blinken called for an “immediate end to hostilities” and any escalation in the region.'),
    ).toEqual([]);
    expect(
      read(
        'On September 19, the Azerbaijani army announced a military operation with the goal of “restoring the constitutional order.”',
      ),
    ).toEqual([]);
  });
});

describe('who used the words, only where the sentence says', () => {
  it('"he" with two people named before it: unsure, so no one', () => {
    expect(
      read('Blinken urged Aliyev to halt what he called "counter-terrorism measures".')[0],
    ).toMatchObject({ who: null });
  });

  it('"he" with one person named: that person; "it" leans on a body, not a person', () => {
    expect(
      read(
        'Pashinyan said Armenia would not intervene in what he called "an ethnic cleansing operation".',
      )[0],
    ).toMatchObject({ who: 'Nikol Pashinyan' });
    expect(read('Blinken said Baku must halt what it called "local measures".')[0]).toMatchObject({
      who: 'Government of Azerbaijan',
    });
  });

  it('described by X as "…", what X referred to as "…"', () => {
    expect(
      read('The operation, described by the Armenian Foreign Ministry as "an aggression", lasted a day.')[0],
    ).toMatchObject({ who: 'Ministry of Foreign Affairs of Armenia', words: 'an aggression' });
    expect(read('Troops entered what Baku referred to as "its sovereign territory".')[0]).toMatchObject({
      who: 'Government of Azerbaijan',
    });
  });
});
