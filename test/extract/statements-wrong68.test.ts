import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('someone a quote tells of is no antecedent for the pronoun after it', () => {
  it('"I met a father …," she said: the speaker named before the quote, not the father', () => {
    expect(
      who(
        'Relief coordinator Maria Olsen visited the camp on Monday. "I met a father who had carried his son for a day," she said.',
      ),
    ).toEqual([['text:maria-olsen', 'I met a father who had c']]);
  });

  it('a person a quote describes opening its sentence ("A driver brought …") does not stand in between', () => {
    expect(
      who(
        'Volunteer Karine Petrosyan said the response had been "overwhelming". "Strangers came with bags. A driver brought a box of formula," she said.',
      ),
    ).toContainEqual(['text:karine-petrosyan', 'Strangers came with bags']);
  });
});

describe('a paper or reporter getting in touch with a source', () => {
  it('"X spoke by telephone with Y, a nurse": the pronoun of the quote after it is Y', () => {
    expect(
      who(
        'Het Kompas spoke by telephone with Lusine Arakelyan, a nurse in Goris. "We have no more beds," she says.',
      ),
    ).toEqual([['text:lusine-arakelyan', 'We have no more beds,']]);
  });

  it('"X reached Goris resident Y by telephone": the one reached speaks', () => {
    expect(
      who(
        'Dagposten reached Goris resident Aram Melkonyan by telephone. "The road is full of cars," he says.',
      ),
    ).toEqual([['text:aram-melkonyan', 'The road is full of cars']]);
  });

  it("a subject known as a person stays the pronoun's antecedent", () => {
    expect(
      who('Ilham Aliyev spoke by telephone with Ruben Asatryan. "The talks were useful," he said.'),
    ).toEqual([['aliyev', 'The talks were useful,']]);
  });
});

describe('a title written as a hyphenated compound', () => {
  it('"Secretary-General" before a name is a title, not part of the name', () => {
    expect(who('OSCE Secretary-General Anna Lindqvist said the mission would stay.')).toEqual([
      ['text:anna-lindqvist', 'the mission would stay'],
    ]);
  });
});

describe('"a spokesperson" speaks for a body the sentence before named, not for where it is', () => {
  it('"the Azerbaijani embassy in Washington … a spokesperson said": not Washington\'s', () => {
    expect(
      who(
        'The Azerbaijani embassy in Washington rejects that description. In an emailed statement, a spokesperson said the residents had left.',
      ),
    ).toEqual([['text:spokesperson', 'the residents had left']]);
  });
});

describe('a clause of time between the verb and "that" sets the saying', () => {
  it('"said before he left Baku that …": the content starts after "that"', () => {
    expect(who('Nikol Pashinyan said before he left Brussels that the talks would resume.')).toEqual([
      ['pashinyan', 'the talks would resume'],
    ]);
  });

  it('"said when asked that …"', () => {
    expect(who('Nikol Pashinyan said when asked that the border was calm.')).toEqual([
      ['pashinyan', 'the border was calm'],
    ]);
  });
});
