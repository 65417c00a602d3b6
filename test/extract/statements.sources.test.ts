import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Who speaks, sentence by sentence: the speaker's id and what they are credited with. */
const who = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote]);

describe('quotes in text converted to ASCII', () => {
  it("doubled apostrophes before an inverted speaker: ''…,'' said X", () => {
    expect(who("The talks ''went better than expected,'' said Marta Ovanesyan, a mediator.")).toEqual([
      ['text:marta-ovanesyan', "The talks ''went better than expected,''"],
    ]);
  });

  it("three apostrophes close a nested quote and the outer one: ''… 'x,''' X said", () => {
    expect(
      who("''People keep telling us, 'This is a special case,''' Mr. Dravin said. ''It is not.''"),
    ).toEqual([['text:dravin', "People keep telling us, 'This is a special case,'"]]);
  });
});

describe('a pronoun and the person its own sentence opens with', () => {
  it('"X, who …, went through the list: ‘…,’ he said" is X', () => {
    expect(
      who(
        'Lorin Petrosov, who advised the governor for a decade, went through the list: ' +
          '“Patience was simply assumed,” he said.',
      ),
    ).toEqual([['text:lorin-petrosov', 'Patience was simply assumed,']]);
  });

  it('a name further into the sentence, or a possessive, is no antecedent', () => {
    const text =
      'Anna Berling spoke first. Asked about Tom Rath’s record, “It was good,” she said. ' +
      'Tom Rath’s aides were silent: “No comment,” she said.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:anna-berling', 'text:anna-berling']);
  });
});

describe('a clause before "and" is no name in a list of speakers', () => {
  it('"He met X in Y, and Z said …" is Z alone', () => {
    expect(
      who(
        'He met the envoy for the first time in 2019 at a summit in Vienna, and Karlen said it was cordial.',
      ),
    ).toEqual([['text:karlen', 'it was cordial']]);
  });
});
