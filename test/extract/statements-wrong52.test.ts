import { describe, expect, it } from 'vitest';
import { saidInPiece as said, statementsOf } from './statements.helpers.ts';

describe('an outlet named in marks after "told" is where the words went, not the words', () => {
  it.each([
    [
      'Bern is ready to help if both sides want it, a foreign ministry spokesman told "Der Bund". The talks went on.',
      ['a foreign ministry spokesman: Bern is ready to help if both sides want it'],
    ],
    [
      'The border will stay open, the mayor told “La Stampa” on Monday.',
      ['the mayor: The border will stay open'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it('a quoted phrase after "told" that is no name stays the words', () => {
    expect(said('The mayor told reporters the town was "a ghost town now".')).toEqual([
      'The mayor: the town was "a ghost town now"',
    ]);
  });
});

describe('a thing named after a reacting verb is no words', () => {
  it.each([
    [
      'Georgia and Moldova announced on Thursday an exchange of detainees and a set of measures to build trust.',
    ],
    ['Moldova announced plans to reopen two crossings.'],
    ['The minister expressed hope for a quick deal.'],
    ["The council condemned Baku's decision to close the road."],
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['The minister expressed concern that the talks might fail.', ['The minister: the talks might fail']],
    [
      'The minister expressed Italy’s “full support” for the talks.',
      ['The minister: Italy’s “full support” for the talks'],
    ],
  ])('a clause or the speaker’s own quoted words stay a saying: %s', (text, want) => {
    expect(said(text)).toEqual(want);
  });
});

describe('a saying inside a "whose" clause is not the described one’s', () => {
  it.each([
    [
      'The ruling party, whose spokesman, Ara Petrosyan, said the talks had failed, called a rally for Friday.',
    ],
    ['The ruling party, whose spokesman said the talks had failed, called a rally for Friday.'],
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('a "whose" clause with a verb of its own ends before the saying', () => {
    expect(said('Anna Petrosyan, whose son was wounded, said the shelling went on all night.')).toEqual([
      'Anna Petrosyan: the shelling went on all night',
    ]);
  });
});

describe('a conjunct counted back ("and the two ministers") is its members or no one', () => {
  it('each member and the other conjunct', () => {
    const text =
      'Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov met the co-chairs in Geneva.\nThe co-chairs and the two ministers said the sides had agreed to stop shelling villages.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:co-chairs', 'mirzoyan', 'bayramov']);
  });

  it('with no members to count, no speaker named by the whole coordination', () => {
    expect(
      said('The mediator and the two ministers said the sides had agreed to stop shelling villages.'),
    ).toEqual([]);
  });
});

describe('an outlet’s correspondent reporting is the outlet’s own voice', () => {
  it.each([
    ['Our correspondent in Stepanakert reports long queues outside the bakeries. Shelves are empty.'],
    [
      "Imedi's correspondent in Yerevan, Nino Kavtaradze, reports that the situation in the capital is tense.",
    ],
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('another outlet’s correspondent who says what she saw is a witness', () => {
    expect(said('A Reuters correspondent in Goris said she saw hundreds of cars.')).toEqual([
      'A Reuters correspondent in Goris: she saw hundreds of cars',
    ]);
  });
});

describe('a toll as the object of "reported" is a figure, on any path', () => {
  it('given a relative clause, no statement', () => {
    expect(
      said(
        "Azerbaijan's Defense Ministry, which reported 50 of its own servicemen killed, gave a different version.",
      ),
    ).toEqual([]);
  });

  it('a clause reported stays a statement', () => {
    expect(said('The ministry reported that 50 servicemen were killed.')).toEqual([
      'The ministry: 50 servicemen were killed',
    ]);
  });
});
