import { describe, expect, it } from 'vitest';
import { saidSpans } from '../../src/extract/statements/clause.ts';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: the content of its one statement, as written. */
function content(text: string): string[] {
  return extractFrom(text).map((s) =>
    [s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … '),
  );
}

describe('content: who was told or asked is not what was said', () => {
  it('told a host on a weekday how …: the content starts at "how"', () => {
    expect(
      content('The pollster told radio host Mark Dunne on Monday how worried he is about turnout.'),
    ).toEqual(['how worried he is about turnout']);
  });

  it('asked someone whether / if …: a question asked reports no claim (CONVENTIONS 10)', () => {
    expect(content('The moderator asked the senator whether the plan would survive the winter.')).toEqual([]);
    expect(content('A reporter asked the governor if the bridge would reopen.')).toEqual([]);
  });

  it('told an audience a clause: the clause starts at its subject pronoun', () => {
    expect(content('The mayor told voters at the town fair she would not raise taxes.')).toEqual([
      'she would not raise taxes',
    ]);
  });

  it('told an audience, then a quote: the quote is the content', () => {
    expect(content('The candidate told his supporters, “We are not done yet.”')).toEqual([
      'We are not done yet.',
    ]);
  });

  it('asked someone to act: a request reports no words (CONVENTIONS 10)', () => {
    expect(content('The council asked the company to repair the road before winter.')).toEqual([]);
  });
});

describe('content: the writer’s tail after a reported clause is no content', () => {
  it('a relative clause about someone named, running to the end', () => {
    expect(
      content('The minister said the plant would be run by Tom Hale, who was his deputy until May.'),
    ).toEqual(['the plant would be run by Tom Hale']);
  });

  it('a relative clause set off by two commas stays: it is inside the clause', () => {
    expect(content('The senator said the levy, which was passed last spring, is unfair to farmers.')).toEqual(
      ['the levy, which was passed last spring, is unfair to farmers'],
    );
  });

  it('a relative clause holding a quote stays: it is the speaker’s words again', () => {
    // The naming inside it is also the mayor's own statement (CONVENTIONS row AA), starting inside the marks.
    expect(content('The mayor said he opposes the tower, which he called “an eyesore.”')).toEqual([
      'he opposes the tower, which he called “an eyesore.”',
      'an eyesore.',
    ]);
  });

  it('a comparison the writer adds', () => {
    expect(content('The mayor said the residents trust the council, compared with a year ago.')).toEqual([
      'the residents trust the council',
    ]);
  });

  it('a dash before a summing-up noun phrase', () => {
    expect(
      content('The union said it would strike on Monday — a move that would close every school in the city.'),
    ).toEqual(['it would strike on Monday']);
  });

  it('two dashes are a parenthesis inside the clause, kept', () => {
    expect(content('The mayor said the budget — a record for the city — would pass without cuts.')).toEqual([
      'the budget — a record for the city — would pass without cuts',
    ]);
  });

  it('the setting of the saying put after the content', () => {
    expect(
      content(
        'The governor said the bridge would reopen next year in an interview with a local radio station.',
      ),
    ).toEqual(['the bridge would reopen next year']);
  });

  it('a website or a social network where the words were posted, put after the content', () => {
    expect(
      content('The railway company said the winter timetable starts in December on its website.'),
    ).toEqual(['the winter timetable starts in December']);
    expect(content('The mayor said the market square would stay closed on Twitter on Sunday.')).toEqual([
      'the market square would stay closed',
    ]);
  });
});

describe('content: a setting alone says nothing', () => {
  it('a speech verb followed only by where and when it was said gives no statement', () => {
    expect(content('The senator commented on Twitter on Monday.')).toEqual([]);
    expect(content('The mayor responded during the council meeting.')).toEqual([]);
  });

  it('a lone adverb after the verb or the source tells how, not what', () => {
    expect(content('When the grant ran out, the city council said enough.')).toEqual([]);
    expect(content('Fares will rise again in spring. According to the operator, probably.')).toEqual([]);
  });

  it('a name and its description before a trailing verb are who acted, not what was said', () => {
    expect(
      content('Nora Vahl, the mayor’s eldest daughter, noted the new parking rule in a radio interview.'),
    ).toEqual(['the new parking rule']);
  });

  it('"told" with only whom was told, and a day, reports no words; nor does a tale told (CONVENTIONS row AG)', () => {
    expect(content('The harbour master told a council committee Tuesday.')).toEqual([]);
    expect(content('The harbour master told a different tale.')).toEqual([]);
  });

  it('a base form joined by "and" to an infinitive is an intent, no report', () => {
    expect(content('The governor needs to calm the farmers and tell them the truth.')).toEqual([]);
    expect(content('The governor went to the farmers and told them the dam was safe.')).toEqual([
      'the dam was safe',
    ]);
  });

  it('an infinitive after a promise is a deed promised, no words (CONVENTIONS 10)', () => {
    expect(content('The governor promised to end the strike by Friday.')).toEqual([]);
  });
});

describe('content: where the saying happened is not what was said', () => {
  it('a setting between the verb and a quote', () => {
    expect(content('The actress said on Instagram on Sunday, “We are moving back home.”')).toEqual([
      'We are moving back home.',
    ]);
  });

  it('a connective before the quote belongs to what was said', () => {
    expect(content('The economist said, on the other hand, “the rates will not fall this year.”')).toEqual([
      'on the other hand, “the rates will not fall this year.”',
    ]);
  });

  it('another act of the speaker joined after the content ends it', () => {
    expect(content('The senator said the bill was unfair and accused the governor of stalling it.')).toEqual([
      'the bill was unfair',
    ]);
  });
});

describe('content: a title in quotes after the attribution is not more of what was said', () => {
  it('a show named after "on"', () => {
    expect(content('“We will win this state,” the governor said on ABC’s “Morning Hour.”')).toEqual([
      'We will win this state,',
    ]);
  });

  it('a second quote that is speech stays', () => {
    expect(content('“We will win,” the governor said. “And we will win big.”')).toEqual([
      'We will win, … And we will win big.',
    ]);
  });
});

/** Given a sentence: its one statement's quote, and the clause the quote stands in (null when none). */
function quoteAndClause(text: string): { quote: string; clause: string | null }[] {
  return extractFrom(text).map((s) => ({
    quote: text.slice(s.quote.start, s.quote.end),
    clause: s.clause ? s.clause.map((c) => text.slice(c.start, c.end)).join(' … ') : null,
  }));
}

describe('content: the clause a quote stands in', () => {
  it('a quote carrying the predicate of a subject: the clause is what was said, reported', () => {
    expect(quoteAndClause('The governor said he was “proud of every nurse in this state.”')).toEqual([
      { quote: 'he was “proud of every nurse in this state.”', clause: null },
    ]);
    expect(quoteAndClause('Ms. Okafor said the new bridge "will carry twice the traffic."')).toEqual([
      { quote: 'the new bridge "will carry twice the traffic."', clause: null },
    ]);
  });

  it('words after the quote that are still the clause are kept', () => {
    expect(quoteAndClause('The coach said he was “deeply worried” about the injuries.')).toEqual([
      { quote: 'he was “deeply worried” about the injuries', clause: null },
    ]);
  });

  it('no clause when the quote is all that was said, past a "that"', () => {
    expect(quoteAndClause('The mayor said that “the budget is balanced.”')).toEqual([
      { quote: 'the budget is balanced.', clause: null },
    ]);
    expect(quoteAndClause('The mayor said, “The budget is balanced.”')).toEqual([
      { quote: 'The budget is balanced.', clause: null },
    ]);
  });

  it('no clause for a quote that opens its sentence: the attribution is outside what was said', () => {
    expect(quoteAndClause('“The budget is balanced,” the mayor said.')).toEqual([
      { quote: 'The budget is balanced,', clause: null },
    ]);
  });

  it('the writer’s words after a quote are cut off the clause: a dash, a participle, a weekday', () => {
    expect(
      quoteAndClause('The senator said it was “a win for farmers” - the third such vote this year.'),
    ).toEqual([{ quote: 'it was “a win for farmers”', clause: null }]);
    expect(
      quoteAndClause('The senator said it was “a win for farmers,” referring to the grain levy.'),
    ).toEqual([{ quote: 'it was “a win for farmers,”', clause: null }]);
  });

  it('a colon before the quote ends the writer’s sentence: no clause', () => {
    expect(quoteAndClause('Tom Reyes sounded tired: “We have done what we could,” Reyes said.')).toEqual([
      { quote: 'We have done what we could,', clause: null },
    ]);
  });
});

describe('content: the opening before a parenthetical attribution', () => {
  it('a condition, a place or a time of what is told is what was said', () => {
    expect(content('If turnout stays low, the organiser said, the levy will fail in the north.')).toEqual([
      'If turnout stays low … the levy will fail in the north',
    ]);
    expect(content('In the valley towns, the nurse said, the clinics have run out of insulin.')).toEqual([
      'In the valley towns … the clinics have run out of insulin',
    ]);
  });

  it('the setting of the saying is not: where, how or when it was said', () => {
    expect(content('In a radio interview, the organiser said, the levy will fail in the north.')).toEqual([
      'the levy will fail in the north',
    ]);
    expect(content('Speaking to farmers, the organiser said, the levy will fail in the north.')).toEqual([
      'the levy will fail in the north',
    ]);
  });

  it('a connective alone joins the sentence to the one before: not said', () => {
    expect(content('But, the organiser said, the levy will fail in the north.')).toEqual([
      'the levy will fail in the north',
    ]);
  });
});

describe('content: a clause split by a parenthetical attribution', () => {
  // What was said opens before the attribution (CONVENTIONS 16: "Her husband, she said, was …"):
  // the opening and the rest, quote and all, are the saying, in two pieces.
  it('the opening and the quoted rest are one saying, in two pieces', () => {
    expect(content('The new levy, the farmers’ union said, is “a tax on bread.”')).toEqual([
      'The new levy … is “a tax on bread.”',
    ]);
    expect(
      content(
        'It is time for the valley to be heard, the mayor wrote, “not only by the council but by all of us.”',
      ),
    ).toEqual(['It is time for the valley to be heard … “not only by the council but by all of us.”']);
  });

  it('a time of the saying may stand between the verb and its comma', () => {
    expect(content('The new levy, Tom Reyes said on Monday, is “a tax on bread.”')).toEqual([
      'The new levy … is “a tax on bread.”',
    ]);
  });

  it('a quote that opens a sentence of its own leaves the opening a setting', () => {
    expect(quoteAndClause('After the vote, the mayor said, “We have done what we promised.”')).toEqual([
      { quote: 'We have done what we promised.', clause: null },
    ]);
  });
});

describe('content: the quotes a quote-led saying goes on with', () => {
  it('a quote split by its attribution is one saying', () => {
    expect(content('“The bridge is safe,” the engineer said, “and it will open on time.”')).toEqual([
      'The bridge is safe, … and it will open on time.',
    ]);
  });

  it('a quote the writer’s words run into after the attribution is not more of it', () => {
    expect(
      content(
        '“The bridge is safe,” the engineer said, calling the inspectors’ report “rushed” and “unfair.”',
      ),
    ).toEqual(['The bridge is safe,']);
    expect(
      content('The engineer told reporters: “The bridge is safe,” calling the inspectors’ report “rushed.”'),
    ).toEqual(['The bridge is safe,']);
  });
});

describe('content: a second verb of saying with the same subject ends the first content', () => {
  it('"… but conceded that …", "… and he predicted that …": two sayings', () => {
    expect(
      content('The minister said the dam was safe but conceded that the spillway needed repairs.'),
    ).toEqual(['the dam was safe', 'the spillway needed repairs']);
    expect(
      content('The minister said the dam was safe, and he predicted that the spillway would hold.'),
    ).toEqual(['the dam was safe', 'the spillway would hold']);
  });
});

describe('content: a quote that goes on in the next sentence', () => {
  it('after a reported clause that ends in the speaker’s quoted words, the next quote is more of them', () => {
    expect(
      content('Farmers are “losing patience with the ministry,” Tom Reyes said. “That has to change.”'),
    ).toEqual(['Farmers are “losing patience with the ministry,” … That has to change.']);
  });

  it('after a reported clause that ends in the writer’s words, it is not', () => {
    expect(content('Tom Reyes said farmers are losing patience. “That has to change.”')).toEqual([
      'farmers are losing patience',
    ]);
  });
});

describe('content: a connective opening a reported sentence is the writer’s', () => {
  it('"However, …, X said": the content starts after the connective', () => {
    expect(content('However, the ferry will not run before spring, the harbour master said.')).toEqual([
      'the ferry will not run before spring',
    ]);
    expect(content('In addition, the clinic will open on Sundays, according to the health board.')).toEqual([
      'the clinic will open on Sundays',
    ]);
  });

  it('"It should be noted that …, the agency informed": the writer’s note is not said', () => {
    expect(
      content('It should be noted that 40 bridges have been rebuilt since 2021, the Roads Agency informed.'),
    ).toEqual(['40 bridges have been rebuilt since 2021']);
    expect(content('It is worth noting that the port will stay open, the harbour master said.')).toEqual([
      'the port will stay open',
    ]);
  });

  it('a time word opening the sentence may date what was said: it stays', () => {
    expect(content('Now, the ferry runs twice a day, the harbour master said.')).toEqual([
      'Now, the ferry runs twice a day',
    ]);
  });
});

describe('content: a subheading set in quotes is no more of what was said', () => {
  const story = (subhead: string) =>
    [
      'Farmers near the river have waited three years for the new bridge.',
      '"The bridge is late," said Ana Petrosyan, a farmer. "We have waited long enough."',
      subhead,
      'The bridge was promised in 2021, and work on the bridge stopped twice.',
    ].join('\n\n');

  it('a title-case line in quotes after a quoted paragraph is a subheading', () => {
    expect(content(story("'A Bridge Too Late.'"))).toEqual([
      'The bridge is late, … We have waited long enough.',
    ]);
  });

  it('a quoted line in sentence case goes on with the quote', () => {
    expect(content(story('"It is a bridge too late."'))).toEqual([
      'The bridge is late, … We have waited long enough. … It is a bridge too late.',
    ]);
  });

  it('a line in single marks after a saying quoted in double marks is a subheading', () => {
    expect(content(story("'A bridge too late.'"))).toEqual([
      'The bridge is late, … We have waited long enough.',
    ]);
    expect(content(story('‘Pretty cool working there.’'))).toEqual([
      'The bridge is late, … We have waited long enough.',
    ]);
  });

  it('where the outlet quotes in single marks, a single-marked line goes on with the quote', () => {
    const british = [
      'Farmers near the river have waited three years for the new bridge.',
      "'The bridge is late,' said Ana Petrosyan, a farmer. 'We have waited long enough.'",
      "'It is a bridge too late.'",
      'The bridge was promised in 2021, and work on the bridge stopped twice.',
    ].join('\n\n');
    expect(content(british)).toEqual([
      'The bridge is late, … We have waited long enough. … It is a bridge too late.',
    ]);
  });
});

describe('content: a second saying joined by "though" is another statement', () => {
  it('"X said A, though she noted B": A is what X said here, B a saying of its own', () => {
    expect(
      content(
        'The mayor said the new depot would open in May, though she noted that funding was not yet secured.',
      ),
    ).toEqual(['the new depot would open in May', 'funding was not yet secured']);
  });

  it('"though" with no saying after it stays in the clause', () => {
    expect(content('The mayor said the depot would open in May, though late in the month.')).toEqual([
      'the depot would open in May, though late in the month',
    ]);
  });
});

describe('content: after a medial "according to X," only a clause goes on with what was said', () => {
  it('a comparison after the source is the writer’s', () => {
    expect(
      content(
        'Grain exports would rise by as much as 12 percent, according to the farm ministry, more than twice what it forecast in spring.',
      ),
    ).toEqual(['Grain exports would rise by as much as 12 percent']);
  });

  it('a description of the source is no content', () => {
    expect(
      content(
        'Rents in the capital have doubled since 2019, according to Lena Hovhannisyan, a housing economist at the state university, whose figures the city has not disputed.',
      ),
    ).toEqual(['Rents in the capital have doubled since 2019']);
  });

  it('a subject before the source and its verb after it are one clause', () => {
    expect(content('The new levy, according to the treasury, will raise 40 million a year.')).toEqual([
      'The new levy … will raise 40 million a year',
    ]);
  });

  it('a counted subject before the source is the subject, no adverbial', () => {
    expect(content('At least 35 people, according to the regional police, were detained overnight.')).toEqual(
      ['At least 35 people … were detained overnight'],
    );
    expect(content('12 of the miners, according to the union, had been underground for a week.')).toEqual([
      '12 of the miners … had been underground for a week',
    ]);
  });

  it('a gerund with its object before the source is the subject', () => {
    expect(content('Rebuilding the dam, according to the water board, would cost 30 million.')).toEqual([
      'Rebuilding the dam … would cost 30 million',
    ]);
  });

  it('a span of time opening the sentence before the source is said too (row AJ)', () => {
    expect(content('48 hours later, according to the union, the mine was sealed.')).toEqual([
      '48 hours later … the mine was sealed',
    ]);
  });

  it('a quoted phrase in the predicate after the source stays in the clause', () => {
    expect(
      content('The new levy, according to the treasury, was “a fair price” for the bridge repairs.'),
    ).toEqual(['The new levy … was “a fair price” for the bridge repairs']);
  });

  it('an auxiliary and its complement after the source are a predicate, however short', () => {
    expect(content('The mountain pass, according to the regional police, is closed.')).toEqual([
      'The mountain pass … is closed',
    ]);
  });

  it('one capitalised word before the source is the subject when a verb follows the source', () => {
    expect(content('Tbilisi, according to the foreign ministry, was ready to host the talks.')).toEqual([
      'Tbilisi … was ready to host the talks',
    ]);
  });
});

describe('content: the way to "that" past an audience or a setting', () => {
  it('a possessive in the audience does not stop the skip to "that"', () => {
    expect(
      content("The mayor told an invited crowd at the city's new library that she would run again."),
    ).toEqual(['she would run again']);
  });

  it('a clause with a past-tense verb before "that" is the content’s own', () => {
    expect(
      content("The lawyer said Armenia's Justice Ministry requested that the prisoner be sent home."),
    ).toEqual(["Armenia's Justice Ministry requested that the prisoner be sent home"]);
  });

  it('an infinitive is a deed vowed, whatever "that" comes later: no words', () => {
    expect(content("The ministry vowed to fight the court's ruling that the law was void.")).toEqual([]);
  });

  it('an infinitive never runs on to another speaker’s "that"', () => {
    const text =
      'While Ana Grigoryan has pledged to support the bill, Tigran Sargsyan suggested that it would not pass.';
    expect(
      extractFrom(text).map((s) => [s.speaker.name, text.slice(s.quote.start, s.quote.end)]),
    ).not.toContainEqual(['Ana Grigoryan', 'it would not pass']);
  });

  it('"said to me that", "wrote to reporters that": the person told is not content', () => {
    expect(content('The minister said to me that the border was calm.')).toEqual(['the border was calm']);
    expect(content('The minister wrote to reporters that the border was calm.')).toEqual([
      'the border was calm',
    ]);
  });
});

describe('content: a medial "according to X," after two sentences the splitter joined', () => {
  it('no content is taken when the words before the source hold a sentence stop', () => {
    expect(
      content(
        'Talks resumed. 81,000 people were evacuated, according to the health ministry, including 760 children.',
      ),
    ).not.toContainEqual('Talks resumed. 81,000 people were evacuated');
  });
});

describe('content: "As X warned <audience>, …" opens what X said', () => {
  it('the audience after the verb is no content; the clause after the comma is', () => {
    expect(
      content(
        'As the health minister warned parliament in March, the hospitals in the south are running out of insulin.',
      ),
    ).toEqual(['the hospitals in the south are running out of insulin']);
  });
});

describe('content: the writer’s word on the saying, set after it, is no content', () => {
  it('", a charge … rejects" / ", a promise …": cut', () => {
    expect(
      content('The mayor said the contractor had rigged the tender, a charge the company rejects.'),
    ).toEqual(['the contractor had rigged the tender']);
    expect(
      content('The mayor said the bridge would reopen in May, a promise she made twice last year.'),
    ).toEqual(['the bridge would reopen in May']);
  });

  it('an appositive that is part of what was said stays', () => {
    expect(content('The mayor said the bridge would reopen in May, a month after the floods.')).toEqual([
      'the bridge would reopen in May, a month after the floods',
    ]);
  });
});

describe('content: a show told by its title in quotes is who was told', () => {
  it('told “Show” that …: the content is past "that"', () => {
    expect(content('Senator Anna Reyes told "Morning Call" that the vote would be close.')).toEqual([
      'the vote would be close',
    ]);
  });

  it('tells a channel’s “Show” on a weekday that …: the title is never the content', () => {
    const said = content(
      'Senator Anna Reyes tells Channel 4’s “Morning Call” on Friday that “nobody knows” who won.',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).not.toBe('Morning Call');
  });
});

describe('content: "and" / "but" after a parenthetical attribution', () => {
  it.each([
    [
      'Mayor Tom Reed spoke on Monday. Many of the shops were closed, he said, and the market was empty.',
      'Many of the shops were closed … and the market was empty',
    ],
    [
      'Mayor Tom Reed spoke on Monday. The talks were useful, he said, but more work is needed.',
      'The talks were useful … but more work is needed',
    ],
    [
      'Mayor Tom Reed spoke on Monday. The town was calm, he said, and Armenia had kept its word.',
      'The town was calm … and Armenia had kept its word',
    ],
  ])('given "%s", a clause with its own subject goes on with what was said', (text, said) => {
    expect(content(text)).toEqual([said]);
  });

  it('a verb straight after "and" is the writer’s next act: the content ends before it', () => {
    expect(
      content('Mayor Tom Reed spoke on Monday. The roads were icy, he said, and left the hall.'),
    ).toEqual(['The roads were icy']);
  });
});

/** Given a sentence: what its one statement says as shown and scored (its clause, else its quote). */
function shownSaid(text: string): string[] {
  return extractFrom(text).map((s) =>
    saidSpans(s)
      .map((q) => text.slice(q.start, q.end))
      .join(' … '),
  );
}

describe('content: a quote after "but" / "and" / "while" / "to" past a parenthetical attribution', () => {
  it.each([
    [
      'The road will stay closed this week, Strother said, but "we expect to reopen it soon."',
      'The road will stay closed this week … but "we expect to reopen it soon."',
    ],
    [
      'The road will stay closed this week, Strother said, and "nobody should try to drive it."',
      'The road will stay closed this week … and "nobody should try to drive it."',
    ],
    [
      'The road will stay closed this week, Strother said, while engineers "check every bridge."',
      'The road will stay closed this week … while engineers "check every bridge."',
    ],
    [
      'It is his job, Strother said, to "talk to Congress" about the threat.',
      'It is his job … to "talk to Congress" about the threat',
    ],
  ])('given "%s", the words before the attribution open what was said', (text, said) => {
    expect(shownSaid(text)).toEqual([said]);
  });

  it('without a quote, a "while" clause after the attribution stays the writer’s', () => {
    expect(
      shownSaid('The road will stay closed this week, Strother said, while engineers check every bridge.'),
    ).toEqual(['The road will stay closed this week']);
  });
});

describe('content: a concession after one dash is the writer’s', () => {
  it('“– though …” to the end of the sentence is cut', () => {
    expect(
      content('The senator said the deal gives the unions more clout - though few of her colleagues agree.'),
    ).toEqual(['the deal gives the unions more clout']);
  });

  it('a concession between two dashes is inside the clause, and “even though” is left', () => {
    expect(content('The senator said the deal - though flawed - gives the unions more clout.')).toEqual([
      'the deal - though flawed - gives the unions more clout',
    ]);
    expect(
      content('The senator said the plan was dropped - even though it had been filed weeks before.'),
    ).toEqual(['the plan was dropped - even though it had been filed weeks before']);
  });
});
