import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Session 47: pairs named by a shared head, by a plural description, and after a fronted adverb. */
describe('a fronted adverb is never part of the speaker', () => {
  it('"Afterwards, A and B said": each of the pair, not the adverb with them', () => {
    const text =
      'Elmar Guliyev and Armen Tovmasyan met in Baku on Monday. Afterwards, Guliyev and Tovmasyan said the talks had gone well.';
    expect(speakersShown(text)).toEqual(['text:elmar-guliyev', 'text:armen-tovmasyan']);
  });

  it('"Afterwards, Russia, Turkey and Iran said": the list of states after the adverb', () => {
    const text = 'The talks ended in Baku. Afterwards, Russia, Turkey and Iran said the talks had gone well.';
    expect(speakersShown(text)).toEqual(['gov-russia', 'gov-turkey', 'text:iran']);
  });
});

describe('two names sharing one plural head are two groups', () => {
  it('"The Hayastan and Pativ Unem factions said": each faction', () => {
    const text =
      'Deputies came to the border. The Hayastan and Pativ Unem factions said in a joint statement that the government had failed.';
    expect(speakersShown(text)).toEqual(['text:hayastan-faction', 'text:pativ-unem-faction']);
  });

  it("an adjective pair before a plural body stays each country's body", () => {
    const text =
      'Talks were held in Almaty. The Armenian and Azerbaijani foreign ministries said in a joint statement that the talks would continue.';
    expect(speakersShown(text)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });
});

describe('a plural description in apposition to two names is those two', () => {
  it('"The two co-presidents of the council, A and B, said": A and B', () => {
    const text =
      'Hundreds rallied in Lyon. The two co-presidents of the CCAF, Anna Melikian and Paul Sarkis, said the world was watching.';
    expect(speakersShown(text)).toEqual(['text:anna-melikian', 'text:paul-sarkis']);
  });

  it('after a quote: "“…,” the two co-presidents of the council, A and B, declared"', () => {
    const text =
      'Hundreds rallied in Lyon. "The region is emptying, and the world is watching," the two co-presidents of the CCAF, Anna Melikian and Paul Sarkis, declared from the stage.';
    expect(speakersShown(text)).toEqual(['text:anna-melikian', 'text:paul-sarkis']);
  });

  it('"The parents of one soldier, Karine and Levon Abrahamyan, told": two people sharing a surname', () => {
    const text =
      'The parents of one soldier, Karine and Levon Abrahamyan, told us that they had heard the news.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual([
      'text:karine-abrahamyan',
      'text:levon-abrahamyan',
    ]);
  });

  it('a single name after a singular description is still that one person', () => {
    const text =
      'Hundreds rallied in Lyon. "The region is emptying," the president of the CCAF, Anna Melikian, declared from the stage.';
    expect(speakersShown(text)).toEqual(['text:anna-melikian']);
  });
});

describe('a plural role "of" two states, counted back, is each state\'s', () => {
  it('"The foreign ministers of A and B met … Both ministries said": each foreign ministry', () => {
    const text =
      'The foreign ministers of Armenia and Azerbaijan met in Almaty on May 10. Both ministries said progress had been made.';
    expect(speakersShown(text)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });

  it('a paragraph later, the lead set in capitals, after a quote: "“…,” the two ministries said"', () => {
    const text = [
      'THE FOREIGN MINISTERS of Armenia and Azerbaijan ended two days of talks in Berlin on Wednesday.',
      '"Progress was made," the two ministries said in a short joint statement.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['mfa-armenia', 'mfa-azerbaijan']);
  });

  it('a role with no kind of ministry names no one', () => {
    const text =
      'The ministers of Armenia and Azerbaijan met in Almaty. Both ministries said progress had been made.';
    expect(statementsOf(text)).toEqual([]);
  });
});
