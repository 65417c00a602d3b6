import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { GAZETTEER } from '../../src/extract/entities/gazetteer.ts';
import { resolveEntityAt, roleAt } from '../../src/extract/entities/resolve.ts';
import { extractFrom, timelineFor } from './statements.helpers.ts';

/** A publication day: the date role phrases are read at. */
function day(year: number, month: number, date: number): SourceDate {
  return { precision: 'day', year, month, day: date, yearStatus: 'stated' };
}

/** Each statement's speaker id and the words that named it, for a story published on `date`. */
function who(text: string, date: SourceDate): [string, string][] {
  return extractFrom(text, timelineFor(text, date)).map((s) => [s.speaker.id, s.mention]);
}

const APRIL_2016: SourceDate = day(2016, 4, 2);
const APRIL_2023: SourceDate = day(2023, 4, 2);

describe('a bare role is its holder at the story date, or no one the gazetteer knows', () => {
  const rally =
    'Joe Biden spoke at a rally in Ohio on Monday.\n\n"We will keep working on this," the president said.';

  it('in 2016 "the president" is not a man named in the story who held the post only later', () => {
    const [speaker] = who(rally, APRIL_2016);
    expect(speaker?.[0]).not.toBe('biden');
  });

  it('in 2023 the same words name him', () => {
    expect(who(rally, APRIL_2023)).toEqual([['biden', 'the president']]);
  });

  it('"the German chancellor" is whoever held the post that year', () => {
    const text = 'BERLIN — Talks went on.\n\n"Peace is possible," the German chancellor said.';
    expect(who(text, day(2023, 2, 28))).toEqual([['scholz', 'the German chancellor']]);
    expect(who(text, day(2020, 10, 4))).toEqual([['merkel', 'the German chancellor']]);
  });

  it('a role the text fills itself keeps the text’s holder', () => {
    const text =
      'Chancellor Karl Nehammer of Austria spoke on Sunday.\n\n"We will not forget," the chancellor said.';
    expect(who(text, APRIL_2023)).toEqual([['text:karl-nehammer', 'the chancellor']]);
    const pm =
      'Prime Minister Nikol Pashinyan spoke on Sunday.\n\n"We will not forget," the prime minister said.';
    expect(who(pm, APRIL_2023)).toEqual([['pashinyan', 'the prime minister']]);
  });

  it('a holder named in the story before his term is not yet "the prime minister"', () => {
    const text =
      'Nikol Pashinyan led a march in Yerevan on Monday.\n\n"We will not stop," the prime minister said.';
    expect(who(text, APRIL_2016)[0]?.[0]).not.toBe('pashinyan');
  });
});

describe('role phrases read against the terms of their holders', () => {
  it('names the holder of the month, and no one in a month two holders shared', () => {
    expect(resolveEntityAt('the German chancellor', { year: 2023 })?.id).toBe('scholz');
    expect(resolveEntityAt('the German chancellor', { year: 2021, month: 12 })).toBeNull();
    expect(resolveEntityAt('the US President', { year: 2016, month: 5 })?.id).toBe('obama');
    expect(resolveEntityAt('the US President', { year: 2017, month: 1 })).toBeNull();
    expect(resolveEntityAt('the French Prime Minister', { year: 2023, month: 3 })?.id).toBe('borne');
  });

  it('a person keeps a dated post only inside its term', () => {
    const attal = resolveEntityAt('Gabriel Attal', null)!;
    expect(roleAt(attal, { year: 2024, month: 3 })).toBe('Prime Minister of France');
    expect(roleAt(attal, { year: 2020, month: 11 })).toBeUndefined();
  });

  it('every dated term starts before it ends', () => {
    for (const entry of GAZETTEER)
      for (const term of entry.roles ?? [])
        if (term.from && term.to)
          expect(term.from <= term.to, `${entry.id} ${term.from}–${term.to}`).toBe(true);
  });
});

describe('church heads by their regnal names', () => {
  const SEPTEMBER_2023: SourceDate = day(2023, 9, 24);

  it('"Aram I" is one man, not a name and a pronoun', () => {
    expect(who('"We will not forget," Aram I said on Sunday.', SEPTEMBER_2023)).toEqual([
      ['aram-i', 'Aram I'],
    ]);
  });

  it('"Catholicos Karekin II" and "Pope Francis" are the gazetteer’s, with or without the title', () => {
    expect(who('"We will not forget," Catholicos Karekin II said on Sunday.', SEPTEMBER_2023)[0]?.[0]).toBe(
      'karekin-ii',
    );
    expect(
      who('"Let us pray for the people of Karabakh," Pope Francis said on Sunday.', SEPTEMBER_2023)[0]?.[0],
    ).toBe('pope-francis');
  });

  it('"the Pope" is the pope of the year; "the Catholicos" alone names neither of two', () => {
    expect(resolveEntityAt('the Pope', { year: 2023, month: 9 })?.id).toBe('pope-francis');
    expect(resolveEntityAt('the Catholicos', { year: 2023, month: 9 })).toBeNull();
  });
});

describe('a spokesman the gazetteer knows for a later post', () => {
  it('relays, in his spokesman’s year, the words he hands on', () => {
    const text =
      'Government spokesman Gabriel Attal said that Emmanuel Macron considered the situation in the ' +
      'region "the absolute priority".';
    const said = extractFrom(text, timelineFor(text, day(2020, 11, 25)));
    expect(said.map((s) => [s.speaker.id, s.via?.id])).toContainEqual(['macron', 'attal']);
  });
});
