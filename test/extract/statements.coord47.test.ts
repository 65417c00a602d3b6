import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a participle of saying after a quote whose closing mark holds the comma', () => {
  it('"X hailed A as “B,” telling reporters that C" is X saying C', () => {
    expect(
      speakersAndQuotes(
        'Mira Dalton hailed the vote as "a new start," telling reporters in Riga on Friday that the result would hold.',
      ),
    ).toEqual([['text:mira-dalton', 'the result would hold']]);
  });

  it('"X blamed A on “B,” claiming C" is X saying C', () => {
    expect(
      speakersAndQuotes(
        'Mira Dalton later blamed the delay on "a faulty relay," claiming she had fixed the fault in May.',
      ),
    ).toEqual([['text:mira-dalton', 'she had fixed the fault in May']]);
  });

  it('a quote with no comma inside its closing mark opens no participle clause', () => {
    expect(speakersAndQuotes('Mira Dalton read out "the list" saying nothing more.')).toEqual([]);
  });
});

describe('a predicate set off after a relative clause has the subject before the relative', () => {
  it('"X, who …, also decried A, noting B": an adverb before the verb leaves it the predicate', () => {
    expect(
      speakersAndQuotes(
        'Oskar Brandt, who is a farmer, also decried the plan to close the mill, noting the town had no other employer.',
      ),
    ).toEqual([['text:oskar-brandt', 'the town had no other employer']]);
  });

  it('"X, who …, did not name A, but told B that C" is X saying C', () => {
    expect(
      speakersAndQuotes(
        'Oskar Brandt, who was addressing the guild, did not name his rival, but told the members that the mill would reopen.',
      ),
    ).toEqual([['text:oskar-brandt', 'the mill would reopen']]);
  });

  it('a second verb after the relative clause itself stays unattributed', () => {
    expect(
      speakersAndQuotes('They toured the valley, which is farmed by settlers, and said the soil was poor.'),
    ).toEqual([]);
  });
});

describe('a word in -ed with an object after it opens a predicate', () => {
  it('"X, the owner, referenced A, recalling that B" is X saying B', () => {
    expect(
      speakersAndQuotes(
        'Oskar Brandt, the owner of the mill, referenced his years on the council, recalling that the town once had three mills.',
      ),
    ).toEqual([['text:oskar-brandt', 'the town once had three mills']]);
  });
});
