import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown } from './statements.helpers.ts';

describe('quotes in text converted to ASCII', () => {
  it("doubled apostrophes before an inverted speaker: ''…,'' said X", () => {
    expect(
      speakersAndQuotes("The talks ''went better than expected,'' said Marta Ovanesyan, a mediator."),
    ).toEqual([['text:marta-ovanesyan', "The talks ''went better than expected,''"]]);
  });

  it("three apostrophes close a nested quote and the outer one: ''… 'x,''' X said", () => {
    expect(
      speakersAndQuotes(
        "''People keep telling us, 'This is a special case,''' Mr. Dravin said. ''It is not.''",
      ),
    ).toEqual([['text:dravin', "People keep telling us, 'This is a special case,'"]]);
  });
});

describe('a pronoun and the person its own sentence opens with', () => {
  it('"X, who …, went through the list: ‘…,’ he said" is X', () => {
    expect(
      speakersAndQuotes(
        'Lorin Petrosov, who advised the governor for a decade, went through the list: ' +
          '“Patience was simply assumed,” he said.',
      ),
    ).toEqual([['text:lorin-petrosov', 'Patience was simply assumed,']]);
  });

  it('a name further into the sentence, or a possessive, is no antecedent', () => {
    const text =
      'Anna Berling spoke first. Asked about Tom Rath’s record, “It was good,” she said. ' +
      'Tom Rath’s aides were silent: “No comment,” she said.';
    expect(speakersShown(text)).toEqual(['text:anna-berling', 'text:anna-berling']);
  });
});

describe('a clause before "and" is no name in a list of speakers', () => {
  it('"He met X in Y, and Z said …" is Z alone', () => {
    expect(
      speakersAndQuotes(
        'He met the envoy for the first time in 2019 at a summit in Vienna, and Karlen said it was cordial.',
      ),
    ).toEqual([['text:karlen', 'it was cordial']]);
  });
});

describe('"according to" inside or after what was said', () => {
  it('after a quote whose comma sits inside the marks', () => {
    expect(
      speakersAndQuotes('The visit became “the high point of the year,” according to Mr. Varlamov.'),
    ).toEqual([['text:varlamov', 'The visit became “the high point of the year,”']]);
  });

  it('set off by commas, with an appositive for the source', () => {
    expect(
      speakersAndQuotes(
        'At the centre of the dispute, according to Hanna Orlik, a former envoy, was a decision to wait.',
      ),
    ).toEqual([['text:hanna-orlik', 'At the centre of the dispute']]);
  });

  it('before a conjunction, what came first is what was said', () => {
    expect(
      speakersAndQuotes(
        'The party has won 40 seats, according to the electoral commission, but its lead is narrowing.',
      ),
    ).toEqual([['text:electoral-commission', 'The party has won 40 seats']]);
  });

  it('a description after the source is no content', () => {
    expect(
      speakersAndQuotes(
        'The court needs a third judge, according to the Judicial Council, the policy-making arm of the courts.',
      ),
    ).toEqual([['text:judicial-council', 'The court needs a third judge']]);
  });
});

describe('a participle hangs a saying on the main clause', () => {
  it('"X did A, telling B that …" and "X …, saying, “…”"', () => {
    expect(
      speakersAndQuotes(
        'Lena Ruhl escalated her criticism on Tuesday, telling the radio that the deal was a fraud.',
      ),
    ).toEqual([['text:lena-ruhl', 'the deal was a fraud']]);
    expect(
      speakersAndQuotes('Lena Ruhl quickly posted a message of her own, saying, “We are thrilled.”'),
    ).toEqual([['text:lena-ruhl', 'We are thrilled.']]);
  });

  it('a name ending in -ing or -ed is no participle', () => {
    expect(speakersAndQuotes('Berling said the border was quiet.')).toEqual([
      ['text:berling', 'the border was quiet'],
    ]);
    expect(speakersAndQuotes('Manning, the coach, said the team was ready.')).toEqual([
      ['text:manning', 'the team was ready'],
    ]);
  });
});

describe('two sayings in one sentence', () => {
  it('one speaker: "X said A, telling B that C", "X said A and said B"', () => {
    expect(
      speakersAndQuotes(
        'Tom Rath said he saw no reason to quit, telling the station that “the numbers are fine.”',
      ),
    ).toEqual([
      ['text:tom-rath', 'he saw no reason to quit'],
      ['text:tom-rath', 'the numbers are fine.'],
    ]);
    expect(speakersAndQuotes('Tom Rath said the vote was fair and said that the count would stand.')).toEqual(
      [
        ['text:tom-rath', 'the vote was fair'],
        ['text:tom-rath', 'the count would stand'],
      ],
    );
  });

  it('two speakers: "X said A, and Y said B"', () => {
    expect(
      speakersAndQuotes('Tom Rath said the road was open, and Anna Berling said it was closed.'),
    ).toEqual([
      ['text:tom-rath', 'the road was open'],
      ['text:anna-berling', 'it was closed'],
    ]);
  });

  it('a participle set off by commas inside the content is no second saying', () => {
    expect(speakersAndQuotes('Tom Rath said the guard, saying nothing, left the room.')).toHaveLength(1);
  });
});

describe('a share of those polled is no speaker', () => {
  it('"55 percent of voters", "About two-thirds", "A majority of residents"', () => {
    expect(speakersAndQuotes('Fifty-five percent of voters said the economy was weak.')).toEqual([]);
    expect(speakersAndQuotes('About two-thirds of the residents said they would stay.')).toEqual([]);
    expect(speakersAndQuotes('A majority of residents said the road should reopen.')).toEqual([]);
  });
});

describe('the subject of a verb of saying, however it is set off', () => {
  it('"While X said A, B": the name after the subordinator, the saying up to its clause', () => {
    expect(
      speakersAndQuotes('While Ramirez said that reporters cannot take sides, he seemed uneasy.'),
    ).toEqual([['text:ramirez', 'reporters cannot take sides']]);
  });

  it('"He’s predicting that …": the progressive after a contracted "is"; a possessive is no verb', () => {
    expect(speakersAndQuotes('Tom Rath arrived. He’s predicting that he will win in Nevada.')).toEqual([
      ['text:tom-rath', 'he will win in Nevada'],
    ]);
    expect(speakersAndQuotes('Ruiz’s saying goes that nobody wins.')).toEqual([]);
  });

  it('a time between subject and verb: "X on Thursday evening said", "X later Thursday told"', () => {
    expect(
      speakersAndQuotes('Party spokesman Sean Pilcher on Thursday evening said the party was not in crisis.'),
    ).toEqual([['text:sean-pilcher', 'the party was not in crisis']]);
    expect(
      speakersAndQuotes('Pilcher later Thursday told the radio: “Both men will meet next week.”'),
    ).toEqual([['text:pilcher', 'Both men will meet next week.']]);
  });

  it('an appositive, then a first verb: "X, a former chairman, became a delegate and said"', () => {
    expect(
      speakersAndQuotes(
        'Gary Emlin, a former regional party chairman, became a deputy and said he was leaning toward Ruiz.',
      ),
    ).toEqual([['text:gary-emlin', 'he was leaning toward Ruiz']]);
    // A subject that names no one does not speak.
    expect(speakersAndQuotes('The bickering, which began in May, grew louder and said nothing.')).toEqual([]);
  });

  it('a relative clause that ends inside a quote: "X, who calls Y a “crook,” said"', () => {
    expect(speakersAndQuotes('Humbert, who calls the mayor a “crook,” said he would not vote.')).toEqual([
      ['text:humbert', 'he would not vote'],
    ]);
  });

  it('a place or a word before a role and a name: "Concord resident Whit Symms"', () => {
    expect(speakersAndQuotes('“I cannot vote for him,” said Concord resident Whit Symms.')).toEqual([
      ['text:whit-symms', 'I cannot vote for him,'],
    ]);
  });

  it('"…, and X said" after a clause: X, not the clause', () => {
    expect(
      speakersAndQuotes(
        'At one point, a villager asked for a handshake and Ruiz said, “Only if it is allowed.”',
      ),
    ).toEqual([['text:ruiz', 'Only if it is allowed.']]);
  });
});

describe('a tail after a quote', () => {
  it('the name speaks, not the place in its appositive', () => {
    expect(
      speakersAndQuotes(
        '“Very good reporter,” Ruiz, the front-runner and poll leader in South Carolina, said.',
      ),
    ).toEqual([['text:ruiz', 'Very good reporter,']]);
  });

  it('a quote closed by a full stop, then a bare attribution', () => {
    expect(speakersAndQuotes('“Find the emails.” Ruiz said.')).toEqual([['text:ruiz', 'Find the emails.']]);
    // A sentence of its own after the quote is not its attribution.
    expect(speakersAndQuotes('“We go home.” The minister said the talks failed.')).toEqual([
      ['text:minister', 'the talks failed'],
    ]);
  });
});

describe('a second saying after a quote', () => {
  it('"“A,” she said, adding, “B”" is two sayings of one speaker', () => {
    expect(
      speakersAndQuotes(
        'Anna Berling spoke. “It was a disgrace,” she said, adding, “There would have been action.”',
      ),
    ).toEqual([
      ['text:anna-berling', 'It was a disgrace,'],
      ['text:anna-berling', 'There would have been action.'],
    ]);
  });

  it('a comma inside the closing quote: the quote stays with the first saying', () => {
    expect(
      speakersAndQuotes(
        'Ruiz said there is “only one candidate who can win,” adding that the rest should quit.',
      ),
    ).toEqual([
      ['text:ruiz', 'there is “only one candidate who can win,”'],
      ['text:ruiz', 'the rest should quit'],
    ]);
  });
});
