import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a thought whose clause has a lexical verb of its own, "that" left out', () => {
  it('"believes Georgia wants to …": a name, then a verb in -s and its "to"', () => {
    const said = who(
      'Irina Kobakhidze, an analyst at a think tank in Tbilisi, believes Georgia wants to stay out of the dispute.',
    );
    expect(said).toContainEqual(['text:irina-kobakhidze', 'Georgia wants to stay ou']);
  });

  it('"believes Ankara\'s silence shows how …": a possessive name and its noun as the subject', () => {
    const said = who(
      "Lukas Vogel, a historian in Bern, believes Ankara's silence shows how much has changed.",
    );
    expect(said).toContainEqual(['text:lukas-vogel', "Ankara's silence shows h"]);
  });

  it('"believes the corridor changes the …": a definite noun phrase, then its verb', () => {
    const said = who('The economist Sofia Marin believes the corridor changes the balance in the region.');
    expect(said).toContainEqual(['text:sofia-marin', 'the corridor changes the']);
  });

  it('"believes the reports", "believes Armenian claims that …": a thing believed is no clause', () => {
    expect(who('Sofia Marin believes the reports.')).toEqual([]);
    expect(who('Sofia Marin believes Armenian claims that the pass was shelled.')).toEqual([]);
  });
});

describe('a second verb joined by ", then"', () => {
  it('"He gave them a day, then announced that …": the first clause\'s subject announced', () => {
    const said = who(
      '"We will not go home," the priest Vardan Melikyan told the square. ' +
        'He gave the cabinet a day to answer, then announced that the strike would start on Monday.',
    );
    expect(said).toContainEqual(['text:vardan-melikyan', 'the strike would start o']);
  });
});

describe('a trailing "according to" after a semicolon', () => {
  it("vouches for the clause after the semicolon, not the writer's clause before it", () => {
    const said = who(
      'In May 2021, troops crossed the border near Sotk; at least 12 soldiers were wounded, according to Yerevan.',
    );
    expect(said).toContainEqual(['gov-armenia', 'at least 12 soldiers wer']);
    expect(said.some(([, quote]) => quote.startsWith('In May 2021'))).toBe(false);
  });
});

describe('an indirect question after a verb of saying', () => {
  it('"explains what is at stake", "has told how …": what the words are about, no words', () => {
    expect(who('A historian in Zurich explains what is at stake.')).toEqual([]);
    expect(who('A Glasgow nurse has told how she spent three days waiting for news of her brother.')).toEqual(
      [],
    );
  });

  it('"said what was happening was …": a subject of its own verb, and its clause was said', () => {
    expect(
      who('The deputy Anahit Sargsyan said what was happening on the border was a provocation.'),
    ).toContainEqual(['text:anahit-sargsyan', 'what was happening on th']);
  });
});

describe('"they" after a sentence that opens on a plural agent noun', () => {
  it('"Rescuers were searching … They said": the rescuers, not a body that spoke before', () => {
    const said = who(
      'The Interior Ministry of Georgia said that six people were hurt. ' +
        'Firefighters were still clearing the site on Monday. They said two people had been pulled out alive.',
    );
    expect(said).toContainEqual(['text:firefighters', 'two people had been pull']);
  });
});
