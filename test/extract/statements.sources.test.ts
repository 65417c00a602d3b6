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

describe('"according to" inside or after what was said', () => {
  it('after a quote whose comma sits inside the marks', () => {
    expect(who('The visit became “the high point of the year,” according to Mr. Varlamov.')).toEqual([
      ['text:varlamov', 'The visit became “the high point of the year,”'],
    ]);
  });

  it('set off by commas, with an appositive for the source', () => {
    expect(
      who('At the centre of the dispute, according to Hanna Orlik, a former envoy, was a decision to wait.'),
    ).toEqual([['text:hanna-orlik', 'was a decision to wait']]);
  });

  it('before a conjunction, what came first is what was said', () => {
    expect(
      who('The party has won 40 seats, according to the electoral commission, but its lead is narrowing.'),
    ).toEqual([['text:electoral-commission', 'The party has won 40 seats']]);
  });

  it('a description after the source is no content', () => {
    expect(
      who(
        'The court needs a third judge, according to the Judicial Council, the policy-making arm of the courts.',
      ),
    ).toEqual([['text:judicial-council', 'The court needs a third judge']]);
  });
});

describe('a participle hangs a saying on the main clause', () => {
  it('"X did A, telling B that …" and "X …, saying, “…”"', () => {
    expect(
      who('Lena Ruhl escalated her criticism on Tuesday, telling the radio that the deal was a fraud.'),
    ).toEqual([['text:lena-ruhl', 'the deal was a fraud']]);
    expect(who('Lena Ruhl quickly posted a message of her own, saying, “We are thrilled.”')).toEqual([
      ['text:lena-ruhl', 'We are thrilled.'],
    ]);
  });

  it('a name ending in -ing or -ed is no participle', () => {
    expect(who('Berling said the border was quiet.')).toEqual([['text:berling', 'the border was quiet']]);
    expect(who('Manning, the coach, said the team was ready.')).toEqual([
      ['text:manning', 'the team was ready'],
    ]);
  });
});

describe('two sayings in one sentence', () => {
  it('one speaker: "X said A, telling B that C", "X said A and said B"', () => {
    expect(
      who('Tom Rath said he saw no reason to quit, telling the station that “the numbers are fine.”'),
    ).toEqual([
      ['text:tom-rath', 'he saw no reason to quit'],
      ['text:tom-rath', 'the numbers are fine.'],
    ]);
    expect(who('Tom Rath said the vote was fair and said that the count would stand.')).toEqual([
      ['text:tom-rath', 'the vote was fair'],
      ['text:tom-rath', 'the count would stand'],
    ]);
  });

  it('two speakers: "X said A, and Y said B"', () => {
    expect(who('Tom Rath said the road was open, and Anna Berling said it was closed.')).toEqual([
      ['text:tom-rath', 'the road was open'],
      ['text:anna-berling', 'it was closed'],
    ]);
  });

  it('a participle set off by commas inside the content is no second saying', () => {
    expect(who('Tom Rath said the guard, saying nothing, left the room.')).toHaveLength(1);
  });
});

describe('a share of those polled is no speaker', () => {
  it('"55 percent of voters", "About two-thirds", "A majority of residents"', () => {
    expect(who('Fifty-five percent of voters said the economy was weak.')).toEqual([]);
    expect(who('About two-thirds of the residents said they would stay.')).toEqual([]);
    expect(who('A majority of residents said the road should reopen.')).toEqual([]);
  });
});
