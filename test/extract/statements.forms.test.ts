import { describe, expect, it } from 'vitest';
import { extractFrom, timelineFor } from './statements.helpers.ts';

/** Given a sentence: who speaks (as written, and as an id) and what they said. */
function said(text: string): { mention: string; speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    mention: s.mention,
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('attribution forms', () => {
  it('a quote, then the speaker told an outlet', () => {
    expect(said('“We will not leave,” Tigran Avetyan told The New York Times.')).toEqual([
      { mention: 'Tigran Avetyan', speaker: 'text:tigran-avetyan', quote: 'We will not leave,' },
    ]);
  });

  it('a representative with party and state, and a weekday right after the verb', () => {
    expect(said('“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.')).toEqual([
      { mention: 'Rep. Gwen Moore', speaker: 'text:gwen-moore', quote: 'It’s a dog whistle,' },
    ]);
    expect(said('Rep. Chris Collins, R-NY, says the delegates will hold.')).toEqual([
      { mention: 'Rep. Chris Collins', speaker: 'text:chris-collins', quote: 'the delegates will hold' },
    ]);
  });

  it('the time after the verb is no content', () => {
    expect(said('The governor said Tuesday his actions were lawful.')[0]!.quote).toBe(
      'his actions were lawful',
    );
    expect(said('Adelson said on Friday he met the candidate.')[0]!.quote).toBe('he met the candidate');
  });

  it('X said, emphasizing …: the speaker of the main clause', () => {
    expect(said('The mayor spoke to residents, emphasizing that the water was safe.')).toEqual([
      { mention: 'The mayor', speaker: 'text:mayor', quote: 'the water was safe' },
    ]);
  });

  it('his office said in a statement', () => {
    const found = said(
      'Senator Anna Berling met the families. Her office said in a statement that aid would come.',
    );
    expect(found.map((s) => s.quote)).toEqual(['aid would come']);
    expect(found[0]!.mention).toBe('Her office');
  });

  it('X wrote on Telegram', () => {
    expect(said('Ruben Vardanyan wrote on Telegram that the blockade had to end.')).toEqual([
      { mention: 'Ruben Vardanyan', speaker: 'vardanyan', quote: 'the blockade had to end' },
    ]);
  });

  it('any noun phrase can speak, whatever its noun', () => {
    expect(said('The bank said profits would fall.')[0]!.mention).toBe('The bank');
    expect(said('Several cast members said the host was rude.')[0]!.mention).toBe('Several cast members');
    expect(said('“That would be me,” the senator said.')[0]!.mention).toBe('the senator');
  });

  it('a clause fragment is never a speaker', () => {
    expect(
      said('The agreement came hours after officials said that the road would open.').map((s) => s.mention),
    ).toEqual(['officials']);
    expect(said('A representative mentioned the talks.')).toEqual([]);
  });

  it('the subject stands after an opening phrase with no comma', () => {
    expect(
      said('In a Bloomberg interview Trump declared that the alliance was obsolete.').map((s) => s.mention),
    ).toEqual(['Trump']);
    expect(
      said('Saturday at the party convention Sen. Elizabeth Warren said the nominee had failed.').map(
        (s) => s.mention,
      ),
    ).toEqual(['Sen. Elizabeth Warren']);
  });

  it('nothing said when the verb is negated, or takes a prepositional object', () => {
    expect(said('The campaign did not respond to a request for comment.')).toEqual([]);
    expect(said('The ministry responded to the request on Friday.')).toEqual([]);
  });

  it('a quote written with doubled apostrophes', () => {
    expect(said("''Some staffer screwed up,'' said Curt Smith, a conservative leader in Indiana.")).toEqual([
      { mention: 'Curt Smith', speaker: 'text:curt-smith', quote: 'Some staffer screwed up,' },
    ]);
  });

  it('an inverted speaker described at length, with a relative clause', () => {
    expect(
      said(
        '“That was wrong,” said Levon Hakobyan, a veteran party elder who had backed Petrosyan and is expected to be a delegate.',
      ).map((s) => s.mention),
    ).toEqual(['Levon Hakobyan']);
  });
});

describe('more verb forms', () => {
  it('the progressive: "is stressing", "is saying"', () => {
    expect(said('Clinton is stressing that her plans will work.')).toEqual([
      { mention: 'Clinton', speaker: 'text:clinton', quote: 'her plans will work' },
    ]);
  });

  it('a quote ending in a question, its attribution a sentence of its own', () => {
    const text = '“How many times must we see this?” Clinton said. “It is unbearable.”';
    expect(
      extractFrom(text).map((s) => [
        s.mention,
        text.slice(s.quote.start, s.quote.end),
        s.continuation?.length ?? 0,
      ]),
    ).toEqual([['Clinton', 'How many times must we see this?', 1]]);
  });
});

describe('places, data and source tails', () => {
  it('a place standing for its government speaks for it', () => {
    expect(said('In Yerevan, they reported that the border was calm.')).toEqual([
      { mention: 'Yerevan', speaker: 'gov-armenia', quote: 'the border was calm' },
    ]);
  });

  it('"according to official data" names no one', () => {
    expect(said('According to official data, 200 people were killed.')).toEqual([]);
  });

  it('"according to various estimates" and "unofficial figures" name no one either', () => {
    expect(said('According to various estimates, some 3,000 people fled the town.')).toEqual([]);
    expect(said('According to unofficial figures, 40 houses were destroyed.')).toEqual([]);
  });

  it('the addressee and the time are not content', () => {
    expect(said('Pashinyan told host Anna Ivanova on Thursday how the talks had failed.')[0]!.quote).toBe(
      'how the talks had failed',
    );
  });

  it('a source named after the content is no content', () => {
    expect(said('The ministry said the road was closed, reported by Sputnik Armenia.')[0]!.quote).toBe(
      'the road was closed',
    );
    expect(said('The road is closed, writes Kommersant.')).toEqual([
      { mention: 'Kommersant', speaker: 'text:kommersant', quote: 'The road is closed' },
    ]);
  });
});

describe('pronouns', () => {
  it('he/she point back to the person named before, whatever verb introduced them', () => {
    const found = said('Anna Berling met the residents. She said the school would reopen.');
    expect(found.map((s) => [s.mention, s.speaker])).toEqual([['She', 'text:anna-berling']]);
  });

  it('gender agrees where the text tells it', () => {
    const found = said('Mrs. Alvarez met Mr. Keller on Monday. He said the deal was done.');
    expect(found.map((s) => s.speaker)).toEqual(['text:keller']);
  });

  it('no person named: no speaker for "he"', () => {
    expect(said('“Absolutely,” he said.')).toEqual([]);
  });
});

describe('the date of a statement that continues the narrative', () => {
  const day = (d: number) => ({
    precision: 'day' as const,
    year: 2023,
    month: 9,
    day: d,
    yearStatus: 'stated' as const,
  });
  const reference = day(25);

  it('comes from the sentence before when its own gives none', () => {
    const text = 'On September 19, tensions flared. Baku announced that the operation had begun.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['On September 19', day(19)]]));
    expect(s!.date).toEqual(day(19));
    expect(s!.dateBasis).toBe('stated in the text (the sentence before)');
  });

  it('not for a statement in the present, nor across a paragraph', () => {
    const present = 'On September 19, tensions flared. Baku says that the operation is over.';
    expect(
      extractFrom(present, timelineFor(present, reference, [['On September 19', day(19)]]))[0]!.date,
    ).toEqual(reference);
    const apart = 'On September 19, tensions flared.\n\nBaku announced that the operation had begun.';
    expect(
      extractFrom(apart, timelineFor(apart, reference, [['On September 19', day(19)]]))[0]!.date,
    ).toEqual(reference);
  });
});

describe('a question-and-answer briefing', () => {
  it("the answer is the named official's words, the question is no one's statement", () => {
    const text =
      'Spokesperson Ani Badalyan answered questions from journalists.\n\nQuestion: Will the corridor open?\n\n' +
      'Answer: The corridor is open to all. Aid is moving.\n\nQ: And the talks?\n\nA (Badalyan): They will resume in Brussels.\n\n' +
      'Q: And Baku?\n\nHikmet Hajiyev: The road is open.';
    expect(said(text)).toEqual([
      {
        mention: 'Ani Badalyan',
        speaker: 'ani-badalyan',
        quote: 'The corridor is open to all. Aid is moving.',
      },
      { mention: 'Badalyan', speaker: 'ani-badalyan', quote: 'They will resume in Brussels.' },
      { mention: 'Hikmet Hajiyev', speaker: 'hajiyev', quote: 'The road is open.' },
    ]);
  });

  it('after a quote, the verb may carry a long tail: the quote is what was said', () => {
    expect(said('“Our hearts are broken,” Obama told the victims’ families.')).toEqual([
      { mention: 'Obama', speaker: 'obama', quote: 'Our hearts are broken,' },
    ]);
    expect(
      said(
        '“The talks went well,” Mr. Avetisyan said at the first sitting of the commission, held this year in Almaty.',
      ),
    ).toEqual([{ mention: 'Mr. Avetisyan', speaker: 'text:avetisyan', quote: 'The talks went well,' }]);
    expect(said('“Why are you still defending him?” Obama asked opposition lawmakers.')).toEqual([
      { mention: 'Obama', speaker: 'obama', quote: 'Why are you still defending him?' },
    ]);
  });

  it('a share of those polled is no speaker: "55 percent", "Nearly half", "Six in 10 voters"', () => {
    expect(said('Nearly half said they prefer someone with experience in politics.')).toEqual([]);
    expect(said('Sixty-two percent of likely voters say they have a positive opinion of him.')).toEqual([]);
    expect(said('More than six in 10 said they did not expect a return to the town.')).toEqual([]);
    // A group is a speaker; a majority leader is a role.
    expect(said('Most voters said they were angry.')[0]!.mention).toBe('Most voters');
    expect(said('The majority leader said the vote would wait.')[0]!.mention).toBe('The majority leader');
  });

  it('a second verb joined to a clause has its subject: "X did A, but told …"', () => {
    expect(
      said('Voskanyan did not name his critics directly, but told supporters that the border is in danger.'),
    ).toEqual([{ mention: 'Voskanyan', speaker: 'text:voskanyan', quote: 'the border is in danger' }]);
    expect(
      said('Sen. Ana Ruiz visited the plant. She toured the floor and said the jobs would stay.')[0]!.quote,
    ).toBe('the jobs would stay');
    // Past a relative clause the joined verb may be the relative's: no speaker.
    expect(
      said(
        'The US backed talks on the region, which is inhabited by Armenians, and declared its separation.',
      ),
    ).toEqual([]);
  });

  it('a second saying ends the content: ", adding that …", "and says …", "while X suggests …"', () => {
    expect(said('Smith said the concerns were overblown, adding that the firm had upside.')[0]!.quote).toBe(
      'the concerns were overblown',
    );
    expect(said('Smith said the answer was a new law and says he wrote a bill.')[0]!.quote).toBe(
      'the answer was a new law',
    );
    expect(said('Voters said they want a liberal agenda, but six in 10 said they want less.')[0]!.quote).toBe(
      'they want a liberal agenda',
    );
  });

  it('an attribution inside what was said: "X, Y said, Z" says X and Z', () => {
    const text = 'It is wiser, diplomats said, for Yerevan to raise the issue now.';
    const [s] = extractFrom(text);
    expect(s!.mention).toBe('diplomats');
    expect([s!.quote, ...(s!.continuation ?? [])].map((q) => text.slice(q.start, q.end))).toEqual([
      'It is wiser',
      'for Yerevan to raise the issue now',
    ]);
    // An adverbial opening is no part of what was said.
    expect(said('In a statement, Miller said, the talks would resume.')).toEqual([
      { mention: 'Miller', speaker: 'miller', quote: 'the talks would resume' },
    ]);
  });

  it('an audience or a setting before "that" is no content, commas and all', () => {
    expect(
      said('Pashinyan told a rally in Goris, Armenia, on Monday that the road would be built.')[0]!.quote,
    ).toBe('the road would be built');
    expect(
      said('Ms. Smith said in an interview with The Moscow Times last week that she would run.')[0]!.quote,
    ).toBe('she would run');
    expect(said('Smith said the plan, which critics hate, is one that works.')[0]!.quote).toBe(
      'the plan, which critics hate, is one that works',
    );
  });

  it('"further" after a subject is an adverb: "Clinton further asserted"', () => {
    expect(said('Clinton further asserted that the plan would fail.')).toEqual([
      { mention: 'Clinton', speaker: 'text:clinton', quote: 'the plan would fail' },
    ]);
    expect(said('Their further claims were dismissed.')).toEqual([]);
  });
});
