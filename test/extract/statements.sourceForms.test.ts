import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a saying joined to another act of the same subject', () => {
  it('"X did A but said B" is X saying B', () => {
    expect(
      speakersAndQuotes(
        'Mayor Lina Osterberg declined to discuss the budget but said the bridge would reopen in May.',
      ),
    ).toEqual([['text:lina-osterberg', 'the bridge would reopen in May']]);
  });

  it('"He did A but then announced B" is the person before', () => {
    expect(
      speakersAndQuotes(
        'Tomas Reyner spoke at the depot. He listed every delay on the line but then announced that ' +
          'the trains would run again.',
      ),
    ).toEqual([['text:tomas-reyner', 'the trains would run again']]);
  });

  it('a number with a thousands comma does not split the first clause', () => {
    expect(
      speakersAndQuotes(
        'Greta Holm greeted 2,000 supporters at the fairground and told them that the plant would stay open.',
      ),
    ).toEqual([['text:greta-holm', 'the plant would stay open']]);
  });
});

describe('a participle of saying after a pronoun subject', () => {
  it('"She escalated A, telling CNN that B" is the person before', () => {
    expect(
      speakersAndQuotes(
        'Irene Vasquez spoke last. She sharpened her tone on Tuesday, telling reporters that the deal was dead.',
      ),
    ).toEqual([['text:irene-vasquez', 'the deal was dead']]);
  });
});

describe('a preposition past "that" opens the reported clause', () => {
  it('"X said that for decades …" is a saying', () => {
    expect(
      speakersAndQuotes('Dario Lenz said that for decades the harbour had been too shallow for freighters.'),
    ).toEqual([['text:dario-lenz', 'for decades the harbour had been too shallow for freighters']]);
  });
});

describe('words after a speaker that are no part of it', () => {
  it('a reduced relative: "A court filing released Friday says …" is the filing', () => {
    const [s] = statementsOf('A court filing released Friday says the mayor knew of the leak.');
    expect(s).toMatchObject({ speaker: 'text:court-filing', quote: 'the mayor knew of the leak' });
  });

  it('a past verb with an object is a clause, no reduced relative', () => {
    expect(speakersAndQuotes('The senators approved the budget said the bill was dead.')).toEqual([]);
  });

  it('an adverb after the name: "Walters now says …" is Walters', () => {
    expect(speakersAndQuotes('Nora Walters spoke in March. Walters now says the vote was rigged.')).toEqual([
      ['text:nora-walters', 'the vote was rigged'],
    ]);
  });

  it('a lone adverb opening the sentence is no name', () => {
    expect(
      speakersAndQuotes('Perhaps, officials say, the dam will hold.').map(([speaker]) => speaker),
    ).not.toContain('text:perhaps');
  });

  it('"Name, a role at a place, said parents still want …": the name speaks, the clause is content', () => {
    expect(
      speakersAndQuotes(
        'Megan Hester, a teacher at the village school, said parents still want the bus route.',
      ),
    ).toEqual([['text:megan-hester', 'parents still want the bus route']]);
  });

  it('"…, said diplomats briefed on the talks": an inverted subject with a participle still speaks', () => {
    expect(
      speakersAndQuotes('The talks stalled, said diplomats briefed on the talks.').map(([, said]) => said),
    ).toEqual(['The talks stalled']);
  });

  it('"Having announced …, X did …": the participle is no name', () => {
    expect(
      speakersAndQuotes(
        'Having announced that the vote would be delayed, Judge Ana Ruiz adjourned the hearing.',
      ).map(([speaker]) => speaker),
    ).not.toContain('text:having');
  });
});

describe('verbs of mentioning and participles of saying', () => {
  it('"X mentioned that …" is a saying', () => {
    expect(speakersAndQuotes('Councillor Ada Brenn mentioned that the ferry would stop in winter.')).toEqual([
      ['text:ada-brenn', 'the ferry would stop in winter'],
    ]);
  });

  it('"X did A, urging B to …" is a request, no statement; "X did A, warning that …" is X saying', () => {
    expect(
      speakersAndQuotes(
        'Governor Pavel Lind toured the flooded streets, urging residents to leave their homes by noon.',
      ),
    ).toEqual([]);
    expect(
      speakersAndQuotes(
        'Governor Pavel Lind toured the flooded streets, warning that the river would rise by noon.',
      ),
    ).toEqual([['text:pavel-lind', 'the river would rise by noon']]);
  });
});

describe('speaker phrases the tagger reads apart', () => {
  it('"His campaign chairman Paul Manafort said" is Paul Manafort', () => {
    expect(
      speakersAndQuotes(
        'Bea Calder opened the rally. Her campaign chairman Tobias Renn said the turnout was a record.',
      ),
    ).toEqual([['text:tobias-renn', 'the turnout was a record']]);
  });

  it('a subordinate clause\'s subject speaks: "as the ministry\'s website notes …"', () => {
    const [s] = statementsOf('The dam is old, as the regional water board notes on its website.');
    expect(s?.speaker).toBe('text:regional-water-board');
  });

  it('"if" sets a condition: nobody said it', () => {
    expect(
      speakersAndQuotes('If the regional water board says the dam is safe, the town will reopen.'),
    ).toEqual([]);
  });

  it('a number before "states" makes it a noun, not a verb of saying', () => {
    expect(
      speakersAndQuotes('On Sunday, when residents in 9 states will elect mayors, turnout may rise.'),
    ).toEqual([]);
  });
});

describe('the subject a participle of saying hangs on', () => {
  it('the clause right before it, past openers with commas', () => {
    expect(
      speakersAndQuotes(
        'At a town hall in Lund, Sweden, on Monday, Elsa Marten defended the levy, saying the roads needed it.',
      ),
    ).toEqual([['text:elsa-marten', 'the roads needed it']]);
  });

  it('the noun phrase before a predicate that opens with its verb, past a relative clause', () => {
    expect(
      speakersAndQuotes(
        'Farmers, who hold most of the land in the valley, have blocked the plan, saying it would ruin the soil.',
      ),
    ).toEqual([['text:farmers', 'it would ruin the soil']]);
  });

  it('the name in apposition to a description', () => {
    expect(
      speakersAndQuotes(
        'The other candidate, former Governor Ines Varga, drew a contrast, saying that taxes would fall.',
      ),
    ).toEqual([['text:ines-varga', 'taxes would fall']]);
  });

  it('"by saying" and "while saying" hang on the subject too', () => {
    expect(
      speakersAndQuotes('Karl Oduya distanced himself from the party by saying he would vote alone.'),
    ).toEqual([['text:karl-oduya', 'he would vote alone']]);
  });

  it('a party tag in brackets stays part of the name', () => {
    expect(
      speakersAndQuotes(
        'Sen. Mara Quill (D-Ore.) on Saturday criticized the accord, saying it did not go far enough.',
      ),
    ).toEqual([['text:mara-quill', 'it did not go far enough']]);
  });
});

describe('plural nouns that look like verbs of saying', () => {
  it('"battleground states could be decisive" says nothing', () => {
    expect(speakersAndQuotes('The turnout in two battleground states could be decisive in June.')).toEqual(
      [],
    );
  });

  it('"Most states have passed the deadline" says nothing', () => {
    expect(speakersAndQuotes('Most states have passed the deadline for printing new ballots.')).toEqual([]);
  });

  it('"the report states that …" still speaks', () => {
    expect(
      speakersAndQuotes('The auditors’ report states that the fund lost money.').map(([, quote]) => quote),
    ).toEqual(['the fund lost money']);
  });
});

describe('a participle of saying after a quote and its attribution', () => {
  it('"“A,” she said, adding that B" is two sayings of hers', () => {
    expect(
      speakersAndQuotes(
        '“The bridge is safe,” said Mayor Iva Dren, adding that inspectors would return in spring.',
      ),
    ).toEqual([
      ['text:iva-dren', 'The bridge is safe,'],
      ['text:iva-dren', 'inspectors would return in spring'],
    ]);
  });

  it('a participle of another act adds nothing', () => {
    expect(
      speakersAndQuotes('“The bridge is safe,” said Mayor Iva Dren, pointing at the new rails.'),
    ).toHaveLength(1);
  });
});

describe('"X said:" closing a paragraph introduces the next one', () => {
  it('the quote of the next paragraph is what the spokesman said', () => {
    const text =
      'The ministry replied on Friday. Its spokesman, Arno Veld, said:\n\n“We will not sign. The deal is dead.”\n';
    expect(speakersAndQuotes(text)).toEqual([['text:arno-veld', 'We will not sign. The deal is dead.']]);
  });

  it('a next paragraph with its own attribution is not taken', () => {
    const text =
      'Officials listed the demands. Lena Ortiz said they include:\n\nWater: Mayor Ivo Tan said the wells were dry.\n';
    expect(speakersAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:ivo-tan']);
  });
});

describe("a participle's object that is no content", () => {
  it('"…, adding to her string of victories" says nothing', () => {
    expect(
      speakersAndQuotes('Mira Olsen won the runoff in Gavar, adding to her string of victories in the east.'),
    ).toEqual([]);
  });

  it('"…, claiming 41 percent of the vote" says nothing', () => {
    expect(speakersAndQuotes('Tomas Berg won the seat, claiming 41 percent of the vote.')).toEqual([]);
  });
});

describe('a named poll or tally is a source', () => {
  it('"according to a Harbor Institute Poll released Sunday" is the poll', () => {
    const [s] = statementsOf(
      'The mayor leads with 40 percent, according to a Harbor Institute Poll released Sunday.',
    );
    expect(s).toMatchObject({ speaker: 'text:harbor-institute-poll' });
  });
});
